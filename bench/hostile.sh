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
