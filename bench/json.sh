#!/usr/bin/env bash
# Reading JSON against CSV: the same contacts as canonical CSV and as Intercom
# conversations, one per line (NDJSON), analysed by callaudit, beside Python's
# json module and jq parsing the same NDJSON in the same run.
#
#   bench/json.sh [CONTACTS]            # default 400000: about 1 GB of NDJSON
#   CALLAUDIT=path/to/callaudit bench/json.sh
#
# The contacts are the first CONTACTS of `callaudit generate --seed 1 --contacts
# 2000000` (bench/data/perf-2000000.csv, made by bench/performance.sh 2000000),
# converted by bench/csv_to_intercom.py. Figures differ between the two reports
# where the JSON carries less (no provider or category in an Intercom
# conversation); what is compared is the cost of reading.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
contacts=${1:-400000}
callaudit=${CALLAUDIT:-$here/../.build/release/callaudit}
data="$here/data"
source="$data/perf-2000000.csv"
csv="$data/perf-$contacts.csv"
ndjson="$data/perf-intercom-$contacts.ndjson"
[[ -f $source ]] || "$callaudit" generate --seed 1 --contacts 2000000 --output "$source"
if [[ ! -f $csv ]]; then
  python3 - "$source" "$csv" "$contacts" <<'PY'
import csv, sys
csv.field_size_limit(1 << 30)
with open(sys.argv[1], newline="", encoding="utf-8") as src, open(sys.argv[2], "w", newline="", encoding="utf-8") as dst:
    writer = csv.writer(dst, lineterminator="\n")
    for number, row in enumerate(csv.reader(src)):
        if number > int(sys.argv[3]):
            break
        writer.writerow(row)
PY
fi
[[ -f $ndjson ]] || python3 "$here/csv_to_intercom.py" "$source" "$ndjson" "$contacts"

run() {
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o /tmp/callaudit-json-bench.time "$@" >/dev/null
  read -r wall user system kb </tmp/callaudit-json-bench.time
  printf '%s|%s|%s|%s\n' "$name" "$wall" "$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')" "$kb"
}

results=$(
  run "callaudit analyze CSV --jobs 2" "$callaudit" analyze "$csv" --jobs 2 --format json -o /dev/null --quiet
  run "callaudit analyze NDJSON --jobs 2" "$callaudit" analyze "$ndjson" --jobs 2 --format json -o /dev/null --quiet
  run "python3 json.loads per line" python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"): json.loads(line)' "$ndjson"
  if command -v jq >/dev/null; then run "jq -c . (NDJSON)" jq -c . "$ndjson"; fi
)
printf '%s contacts: %s (%s MB), %s (%s MB)\n\n' "$contacts" "$(basename "$csv")" \
  "$(awk -v b="$(stat -c %s "$csv")" 'BEGIN { printf "%.1f", b / 1e6 }')" "$(basename "$ndjson")" \
  "$(awk -v b="$(stat -c %s "$ndjson")" 'BEGIN { printf "%.1f", b / 1e6 }')"
echo "| program | wall s | CPU s | peak MB | MB/s of its input |"
echo "|---|---:|---:|---:|---:|"
while IFS='|' read -r name wall cpu kb; do
  input=$ndjson
  [[ $name == *CSV* ]] && input=$csv
  awk -v n="$name" -v w="$wall" -v c="$cpu" -v k="$kb" -v b="$(stat -c %s "$input")" \
    'BEGIN { printf "| %s | %.2f | %.2f | %.1f | %.1f |\n", n, w, c, k * 1024 / 1e6, b / 1e6 / w }'
done <<<"$results"
