#!/usr/bin/env bash
# Times `callaudit analyze` on seeded generated exports of growing size, next to
# `wc -l` and `xmllint --stream` on the same files, and prints one table row per
# run: wall seconds, peak resident memory, throughput, ratio to the peer.
#
# Usage: bench/scaling.sh [CONTACTS ...]        (default: 20000 200000)
# Data goes to bench/data/ (ignored by git); the seed is fixed, so every rerun
# measures the same bytes. Machines here are shared and noisy: compare ratios
# within one run, not absolute seconds across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(20000 200000)

swift build -c release >/dev/null
bin=.build/release/callaudit
mkdir -p bench/data

measure() {  # prints "seconds peak_kb" for the command
  local report
  report=$(mktemp)
  /usr/bin/time -o "$report" -f '%e %M' "$@" >/dev/null 2>/dev/null || true
  tail -1 "$report"
  rm -f "$report"
}

printf '%-8s %-6s %9s %10s %8s %10s %8s  %s\n' contacts format MB seconds peak_MB MB_per_s vs_peer peer
for n in "${sizes[@]}"; do
  for format in csv xml; do
    file="bench/data/contacts-$n.$format"
    [ -f "$file" ] || "$bin" generate --seed 1 --contacts "$n" --format "$format" --output "$file"
    mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1e6 }')
    if [ "$format" = csv ]; then peer=(wc -l "$file"); name="wc -l"; else
      if command -v xmllint >/dev/null; then peer=(xmllint --stream --noout "$file"); name="xmllint --stream"; else
        peer=(wc -l "$file"); name="wc -l"; fi
    fi
    read -r ours ours_kb < <(measure "$bin" analyze "$file" --format json --output /dev/null --quiet)
    read -r theirs _ < <(measure "${peer[@]}")
    ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }')
    rate=$(awk -v m="$mb" -v s="$ours" 'BEGIN { if (s > 0) printf "%.1f", m / s; else print "n/a" }')
    printf '%-8s %-6s %9s %10s %8s %10s %8s  %s (%ss)\n' "$n" "$format" "$mb" "$ours" \
      "$(awk -v k="$ours_kb" 'BEGIN { printf "%.0f", k / 1024 }')" "$rate" "$ratio" "$name" "$theirs"
  done
done
