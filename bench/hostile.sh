#!/usr/bin/env bash
# Runs `callaudit analyze` over each hostile export (`callaudit generate --hostile`,
# docs/security.md) alone and over the whole folder, and prints per run: exit
# status, wall seconds and peak resident memory (`/usr/bin/time`), beside the
# same measures for the good generated export alone (the peer, same run).
#
# Usage: bench/hostile.sh [GOOD_CONTACTS]        (default: 2000)
# Data goes to bench/data/hostile/ (ignored by git); the generator is seeded.
set -euo pipefail
cd "$(dirname "$0")/.."
contacts=${1:-2000}

swift build -c release >/dev/null
bin=.build/release/callaudit
dir=bench/data/hostile
rm -rf "$dir" && mkdir -p "$dir"
"$bin" generate --seed 1 --contacts "$contacts" --output "$dir/good.csv" --hostile "$dir"

measure() {  # prints "status seconds peak_kb" for the command
  local report status
  report=$(mktemp)
  status=0
  /usr/bin/time -o "$report" -f '%e %M' "$@" >/dev/null 2>/dev/null || status=$?
  echo "$status $(tail -1 "$report")"
  rm -f "$report"
}

read -r _ good_s good_kb < <(measure "$bin" analyze "$dir/good.csv" --format json --output /dev/null --quiet)
printf '%-26s %9s %6s %8s %8s %12s\n' input MB exit seconds peak_MB peak_vs_good
for file in "$dir"/* "$dir"; do
  mb=$(du -sb "$file" | awk '{ printf "%.2f", $1 / 1e6 }')
  read -r status seconds kb < <(measure "$bin" analyze "$file" --format json --output /dev/null --quiet)
  name=$([ "$file" = "$dir" ] && echo "(whole folder)" || basename "$file")
  awk -v n="$name" -v mb="$mb" -v st="$status" -v s="$seconds" -v kb="$kb" -v g="$good_kb" \
    'BEGIN { printf "%-26s %9s %6s %8s %8.0f %11.1fx\n", n, mb, st, s, kb / 1024, kb / g }'
done
echo "peer: good.csv alone ($contacts contacts): ${good_s} s, $((good_kb / 1024)) MB"

# The large cases of issue 19 (memory bounded by design, docs/performance.md "Memory
# budget"), generated here, never committed: a few GB of disk, about 10 minutes.
# SKIP_LARGE=1 leaves them out.
[ "${SKIP_LARGE:-0}" = 1 ] && exit 0
large=bench/data/hostile-large
rm -rf "$large" && mkdir -p "$large/many-files"
python3 - "$large" <<'PY'
import datetime, gzip, os, sys
out = sys.argv[1]
header = "contact_id,provider,customer_id,agent_id,opened_at,status,transcript\n"
turn = '"Agent: Please restart the router.\nCustomer: It works now, thanks."'
# 5,000 files of 4 contacts: one file per call, as speech analytics writes them.
for f in range(5000):
    with open(f"{out}/many-files/call-{f:05}.csv", "w") as fh:
        fh.write(header)
        for c in range(4):
            fh.write(f"F-{f}-{c},P,C-{f % 997},A-{c},2025-03-{1 + c:02}T09:00:00Z,resolved,{turn}\n")
# 2,000,000 contacts of one customer, a minute apart.
start = datetime.datetime(2025, 1, 1)
with open(f"{out}/one-customer.csv", "w") as fh:
    fh.write(header)
    for i in range(2_000_000):
        at = (start + datetime.timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        fh.write(f"O-{i},P,C-1,A-{i % 50},{at},resolved,{turn}\n")
# 20 records, each a 30 MB customer turn.
sentence = "My internet keeps dropping every evening and the router lights go orange. "
with open(f"{out}/big-records.csv", "w") as fh:
    fh.write("contact_id,provider,customer_id,opened_at,transcript\n")
    for i in range(20):
        fh.write(f'B-{i},P,C-{i},2025-03-01T09:00:00Z,"Agent: Hello, how can I help?\nCustomer: ' + sentence * 400_000 + '"\n')
# 4,000,000 identical rows, gzip.
with gzip.open(f"{out}/repeated.csv.gz", "wt") as fh:
    fh.write(header)
    row = f"R-1,P,C-1,A-1,2025-03-01T09:00:00Z,resolved,{turn}\n"
    for _ in range(4_000_000):
        fh.write(row)
# 600 records of internal entities, each expanding to 58 MB (never expanded: docs/security.md).
words = "word " * 1000
with open(f"{out}/entities.xml", "w") as fh:
    fh.write('<?xml version="1.0"?>\n<!DOCTYPE contacts [<!ENTITY e0 "' + words + '"><!ENTITY e1 "' + "&e0;" * 500 + '">]>\n')
    fh.write('<contacts provider="P">\n')
    for i in range(600):
        fh.write(f'<contact id="E-{i}"><transcript><turn speaker="customer">' + "&e1;" * 23 + "</turn></transcript></contact>\n")
    fh.write("</contacts>\n")
PY
# A 500 MB support-threads file: 520 copies of the shared real sample, ids shifted.
threads=../shared/realdata/twcs-divya-gh/twcs_small.csv
if [ -f "$threads" ]; then
  python3 - "$threads" "$large/threads-500mb.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
header, body = rows[0], rows[1:]
with open(sys.argv[2], "w", newline="", encoding="utf-8") as fh:
    out = csv.writer(fh)
    out.writerow(header)
    for copy in range(520):
        shift = copy * 10_000_000
        def moved(value):  # ids, sometimes written as floats ("192625.0"), or lists of them
            return ",".join(str(int(float(v)) + shift) for v in value.split(",")) if value else value
        for r in body:
            r = list(r)
            r[0] = moved(r[0])
            r[5], r[6] = moved(r[5]), moved(r[6])
            if r[1].isdigit(): r[1] = moved(r[1])  # customers' ids; companies keep their names
            out.writerow(r)
PY
fi
echo
printf '%-30s %9s %6s %8s %8s %12s\n' "large case" MB exit seconds peak_MB peak_vs_good
for file in "$large"/many-files "$large"/big-records.csv "$large"/one-customer.csv "$large"/repeated.csv.gz \
  "$large"/entities.xml "$large"/threads-500mb.csv; do
  [ -e "$file" ] || continue
  mb=$(du -sb "$file" | awk '{ printf "%.2f", $1 / 1e6 }')
  read -r status seconds kb < <(measure "$bin" analyze "$file" --output /dev/null --quiet)
  awk -v n="$(basename "$file")" -v mb="$mb" -v st="$status" -v s="$seconds" -v kb="$kb" -v g="$good_kb" \
    'BEGIN { printf "%-30s %9s %6s %8s %8.0f %11.1fx\n", n, mb, st, s, kb / 1024, kb / g }'
done
echo "text reports (the terminal's format); targets: many-files <= 150 MB, big-records <= 400 MB,"
echo "one-customer <= 200 MB, threads-500mb <= 400 MB, entities <= 100 MB (issue 19)"
