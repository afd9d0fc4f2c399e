#!/usr/bin/env bash
# Proof of identity: callaudit on Spark (local mode) gives the report that
# `callaudit analyze` gives over the same files, byte for byte.
#
#   scale/spark/test_identity.sh [CONTACTS_PER_FILE] [FILES]    (default 6250 × 8 = 50,000 contacts)
#
# Needs Java 17+ and PySpark 4 (`pip install 'pyspark>=4,<5'`); builds callaudit
# in release mode unless CALLAUDIT names a binary. Seeds 1…FILES draw the same
# customer ids, so customers' repeat contacts cross files and shards. Duplicates
# are part of the test (docs/metrics.md, "One contact is one contact"): a byte
# copy of the first file, and a file repeating every other record of the second.
set -euo pipefail
cd "$(dirname "$0")/../.."
per_file=${1:-6250}
files=${2:-8}
work=${WORK:-scale/spark/data}
if [[ -z "${CALLAUDIT:-}" ]]; then
  swift build -c release --product callaudit >&2
  CALLAUDIT=$PWD/.build/release/callaudit
fi
python3 -c 'import pyspark' 2>/dev/null || { echo "PySpark is missing: pip install 'pyspark>=4,<5'" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$work/exports"
for seed in $(seq 1 "$files"); do
  "$CALLAUDIT" generate --seed "$seed" --contacts "$per_file" --output "$work/exports/night-$(printf %02d "$seed").csv"
done
cp "$work/exports/night-01.csv" "$work/exports/night-01-again.csv"
python3 - "$work/exports/night-02.csv" "$work/exports/night-02-overlap.csv" <<'PYTHON'
import csv, sys
with open(sys.argv[1], newline='') as source:
    rows = list(csv.reader(source))
with open(sys.argv[2], 'w', newline='') as target:
    writer = csv.writer(target, lineterminator='\n')
    writer.writerow(rows[0])
    writer.writerows(rows[1::2])
PYTHON

status=0
/usr/bin/time -f %e -o "$work/analyze.seconds" \
  "$CALLAUDIT" analyze "$work/exports" --format json --output "$work/analyze.json" || status=$?
/usr/bin/time -f %e -o "$work/spark.seconds" python3 scale/spark/callaudit_spark.py --callaudit "$CALLAUDIT" \
  --master 'local[2]' --output "$work/spark.json" "$work/exports" 2>"$work/spark.log" || status=$?
if [[ $status -ne 0 ]]; then
  echo "a run failed (exit $status); see $work/spark.log" >&2
  exit 1
fi

contacts=$((per_file * files))
echo "contacts: $contacts in $files files; analyze $(cat "$work/analyze.seconds") s; Spark local[2] $(cat "$work/spark.seconds") s"
if cmp -s "$work/analyze.json" "$work/spark.json"; then
  echo "identical: the Spark report equals callaudit analyze's, byte for byte ($(wc -c <"$work/spark.json") bytes)"
else
  echo "DIFFERENT: diff $work/analyze.json $work/spark.json" >&2
  exit 1
fi
