#!/usr/bin/env bash
# Times `callaudit analyze` on seeded generated canonical CSV and XML beside
# peers that read the same files in the same run, and checks the targets of the
# one-pass issue (issue 21):
#   CSV: analyze --jobs $JOBS takes at most 3.0x the DuckDB peer's wall time,
#        and at most 21 µs of CPU (user + system) per contact;
#   XML: analyze --jobs $JOBS takes at most 2.5x the libxml2 SAX2 floor's;
#   --jobs $JOBS is at least 1.85x faster than --jobs 1;
#   peak memory of every analyze run: at most 150 MB up to 200,000 contacts,
#        at most twice that (300 MB) up to 2,000,000.
# xmllint --stream is timed beside them, with no target.
# Peers (bench/peers/, each file says why it is a fair one): DuckDB and pandas
# GROUP BY provider, sourcing over the CSV; `wc -l` as the raw read of the CSV;
# a libxml2 push parser with empty SAX2 callbacks; `xmllint --stream --noout`.
# Every program runs under /usr/bin/time -v; the table gives wall seconds,
# throughput, peak resident memory and callaudit's wall time over each peer's.
# The JSON reports of --jobs 1 and --jobs $JOBS must be byte-identical.
#
# Usage: bench/performance.sh [CONTACTS]        (default: 200000)
# Environment:
#   CALLAUDIT=PATH  prebuilt callaudit to measure (default: build it with
#                   `swift build -c release --product callaudit`)
#   REPEAT=N        runs per program, taken in rounds (default 1); the best
#                   wall time is kept, with that run's peak memory. The
#                   speed-up of --jobs N is judged by the median of each
#                   round's own --jobs 1 ÷ --jobs N, not by the ratio of two
#                   bests taken from different rounds
#   SKIP_XML=1      measure the CSV only
#   JOBS=N          the --jobs run beside --jobs 1 (default 2)
#
# Data, the compiled floor and the reports go to bench/data/ (ignored by git).
# The generator is seeded, so bench/data/perf-CONTACTS.{csv,xml} are reused when
# present; delete them after changing the generator. MB are 10^6 bytes. Exits
# non-zero if a program fails or the two reports differ; a missed target is
# reported, not an error. Machines here are shared and noisy: quote the ratios
# of one run, not absolute seconds across runs.
set -euo pipefail

contacts=${1:-200000}
repeat=${REPEAT:-1}
jobs=${JOBS:-2}
skip_xml=${SKIP_XML:-0}
if ! [[ $contacts =~ ^[1-9][0-9]*$ && $repeat =~ ^[1-9][0-9]*$ && $jobs =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: [CALLAUDIT=PATH] [REPEAT=N] [SKIP_XML=1] [JOBS=N] $0 [CONTACTS]" >&2
  exit 2
fi
# A relative CALLAUDIT means the caller's directory, not the repository root.
callaudit=${CALLAUDIT:+$(realpath "$CALLAUDIT")}
cd "$(dirname "$0")/.."
data=bench/data
mkdir -p "$data"

if [ -z "$callaudit" ]; then
  swift build -c release --product callaudit >/dev/null
  callaudit=.build/release/callaudit
fi
[ -x "$callaudit" ] || { echo "$0: no callaudit binary at $callaudit" >&2; exit 1; }

# The Python peers need duckdb and pandas; a fresh machine gets them in a venv.
python=python3
if ! python3 -c 'import duckdb, pandas' 2>/dev/null; then
  python=$data/venv/bin/python
  if ! "$python" -c 'import duckdb, pandas' 2>/dev/null; then
    echo "duckdb or pandas is missing: installing both with pip into $data/venv" >&2
    python3 -m venv "$data/venv"
    "$data/venv/bin/pip" install --quiet duckdb pandas
  fi
fi
# Time the interpreter itself, not a wrapper such as a pyenv shim.
python=$("$python" -c 'import sys; print(sys.executable)')

if [ "$skip_xml" != 1 ] && ! command -v xmllint >/dev/null; then
  echo "$0: xmllint is missing (Debian: apt-get install libxml2-utils), or set SKIP_XML=1" >&2
  exit 1
fi

sax2_floor=$data/sax2_floor
cc -O2 -o "$sax2_floor" bench/peers/sax2_floor.c $(pkg-config --cflags --libs libxml-2.0)

# Prints the path of the seeded export in format $1, generating it if missing.
# callaudit writes it atomically, so an interrupted run leaves no partial file.
export_file() {
  local file=$data/perf-$contacts.$1
  if [ ! -s "$file" ]; then
    echo "generating $file" >&2
    "$callaudit" generate --seed 1 --contacts "$contacts" --format "$1" --output "$file"
  fi
  echo "$file"
}
csv=$(export_file csv)
xml=
[ "$skip_xml" = 1 ] || xml=$(export_file xml)
# Every program then reads from the page cache; none pays for the disk.
cat "$csv" ${xml:+"$xml"} >/dev/null

declare -A wall peak_kb cpu failed round_wall round_speedups
failures=0
last_seconds=
# measure NAME COMMAND...: runs COMMAND once under /usr/bin/time -v and keeps,
# across calls, the best wall seconds in wall[NAME] and that run's peak
# resident kB in peak_kb[NAME] and CPU seconds (user + system) in cpu[NAME].
# A failure is kept in failed[NAME] and counted.
measure() {
  local name=$1 report=$data/time.txt log=$data/stderr.txt status=0 seconds kb cpu_seconds
  shift
  last_seconds=
  /usr/bin/time -v -o "$report" "$@" >/dev/null 2>"$log" || status=$?
  if [ "$status" -ne 0 ]; then
    failed[$name]="exit $status"
    failures=$((failures + 1))
    echo "!!! $name failed (exit $status): $*" >&2
    tail -n 5 "$log" >&2
    return
  fi
  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34"
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, part, ":"); s = 0
      for (i = 1; i <= n; i++) s = s * 60 + part[i]
      print s }' "$report")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$report")
  cpu_seconds=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$report")
  if [ -z "${wall[$name]:-}" ] || awk -v a="$seconds" -v b="${wall[$name]}" 'BEGIN { exit !(a < b) }'; then
    wall[$name]=$seconds
    peak_kb[$name]=$kb
    cpu[$name]=$cpu_seconds
  fi
  last_seconds=$seconds
  echo "  $name: $seconds s, $cpu_seconds s CPU, $kb kB" >&2
}

# The --jobs values to run: 1, and $jobs unless that is 1 too.
job_counts=(1)
[ "$jobs" = 1 ] || job_counts+=("$jobs")
report() { echo "$data/out-$contacts-$1-jobs$2.json"; }
# callaudit FORMAT FILE: this round's callaudit runs on FILE, one per --jobs value,
# and the round's own speed-up, --jobs 1 ÷ --jobs $jobs, kept in round_speedups[FORMAT].
callaudit_round() {
  local format=$1 file=$2 j
  for j in "${job_counts[@]}"; do
    measure "$format-callaudit-$j" "$callaudit" analyze "$file" --format json -o "$(report "$format" "$j")" --jobs "$j" --quiet
    round_wall[$j]=$last_seconds
  done
  if [ "$jobs" != 1 ] && [ -n "${round_wall[1]}" ] && [ -n "${round_wall[$jobs]}" ]; then
    round_speedups[$format]+="${round_speedups[$format]:+ }$(awk -v a="${round_wall[1]}" -v b="${round_wall[$jobs]}" 'BEGIN { printf "%.2f", a / b }')"
  fi
}

# Rounds rather than one program's runs back to back, so a busy spell on the
# machine falls on every program alike.
for ((round = 1; round <= repeat; round++)); do
  echo "round $round of $repeat:" >&2
  callaudit_round csv "$csv"
  measure csv-duckdb "$python" bench/peers/duckdb_groupby.py "$csv"
  measure csv-pandas "$python" bench/peers/pandas_groupby.py "$csv"
  measure csv-wc wc -l "$csv"
  [ -n "$xml" ] || continue
  callaudit_round xml "$xml"
  measure xml-sax2 "$sax2_floor" "$xml"
  measure xml-xmllint xmllint --stream --noout "$xml"
done

# The reports of --jobs 1 and --jobs $jobs must not differ by a byte.
reports_differ=0
if [ "$jobs" != 1 ]; then
  for format in csv ${xml:+xml}; do
    one=$(report "$format" 1)
    many=$(report "$format" "$jobs")
    if [ -n "${failed[$format-callaudit-1]:-}${failed[$format-callaudit-$jobs]:-}" ]; then
      echo "$format: --jobs 1 vs --jobs $jobs: not compared, a run failed"
    elif cmp "$one" "$many"; then
      echo "$format: --jobs 1 and --jobs $jobs reports are identical"
    else
      reports_differ=1
      echo "!!! $format: --jobs 1 and --jobs $jobs REPORTS DIFFER"
      diff -u "$one" "$many" | head -n 20 || true
    fi
  done
else
  echo "JOBS=1: one --jobs run, no reports to compare"
fi
echo

# Number formatting; each prints n/a when an operand is missing.
divide() {  # divide A B FORMAT
  awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { if (a != "" && b > 0) printf f, a / b; else printf "n/a" }'
}
megabytes() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
peak_mb() { [ -z "${peak_kb[$1]:-}" ] || awk -v k="${peak_kb[$1]}" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }'; }
verdict() {  # verdict VALUE LIMIT: met when VALUE <= LIMIT
  awk -v v="$1" -v l="$2" 'BEGIN { if (v == "n/a" || v == "") print "n/a"; else if (v + 0 <= l + 0) print "met"; else print "**not met**" }'
}

declare -A label=(
  [callaudit]="callaudit analyze"
  [duckdb]="DuckDB GROUP BY"
  [pandas]="pandas groupby"
  [wc]="wc -l"
  [sax2]="libxml2 SAX2 floor"
  [xmllint]="xmllint --stream --noout"
)
memory_limit_mb=
if ((contacts <= 200000)); then memory_limit_mb=150; elif ((contacts <= 2000000)); then memory_limit_mb=300; fi

# The median of the numbers in $1 (blank-separated), or n/a.
median() {
  echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 }
    END { if (NR == 0) print "n/a"; else if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# CPU µs per contact of run NAME, or n/a.
cpu_per_contact() { divide "$(awk -v c="${cpu[$1]:-}" 'BEGIN { if (c != "") print c * 1e6 }')" "$contacts" '%.1f'; }

# row FORMAT PROGRAM [JOBS]: one table row; a peer's row carries callaudit's
# wall time over its own, and the issue's target for that ratio if it sets one.
row() {
  local format=$1 program=$2 j=${3:-} name file bytes seconds program_label ratio= target= status=
  name=$format-$program${j:+-$j}
  file=$csv
  [ "$format" = csv ] || file=$xml
  bytes=$(stat -c %s "$file")
  program_label=${label[$program]}${j:+ --jobs $j}
  if [ -n "${failed[$name]:-}" ]; then
    echo "| $program_label | ${format^^} | failed (${failed[$name]}) | | | | | | | |"
    return
  fi
  seconds=${wall[$name]}
  if [ "$program" = callaudit ]; then
    ratio="—"
    if [ -n "$memory_limit_mb" ]; then
      target="peak ≤ $memory_limit_mb MB"
      status=$(verdict "$(peak_mb "$name")" "$memory_limit_mb")
    fi
    if [ "$format" = csv ] && [ "$j" = "$jobs" ]; then
      target+="; CPU ≤ 21 µs/contact"
      status+="; $(verdict "$(cpu_per_contact "$name")" 21)"
    fi
    if [ "$j" = "$jobs" ] && [ "$jobs" != 1 ]; then
      local best rounds=${round_speedups[$format]:-} speedup
      best=$(divide "${wall[$format-callaudit-1]:-}" "$seconds" '%.2f')
      speedup=$(median "$rounds")
      ratio="jobs 1 ÷ jobs $jobs: ${speedup}×, median of rounds (${rounds// /, }; bests ${best}×)"
      target+="; ≥ 1.85× jobs 1"
      status+="; $(awk -v v="$speedup" 'BEGIN { if (v == "n/a") print "n/a"; else if (v + 0 >= 1.85) print "met"; else print "**not met**" }')"
    fi
  else
    local count at_jobs
    for count in "${job_counts[@]}"; do
      ratio+="${ratio:+, }$(divide "${wall[$format-callaudit-$count]:-}" "$seconds" '%.2f×') (jobs $count)"
    done
    at_jobs=$(divide "${wall[$format-callaudit-$jobs]:-}" "$seconds" '%.2f')
    case $program in
      duckdb) target="≤ 3.0× (jobs $jobs)"; status=$(verdict "$at_jobs" 3.0) ;;
      sax2) target="≤ 2.5× (jobs $jobs)"; status=$(verdict "$at_jobs" 2.5) ;;
    esac
  fi
  printf '| %s | %s | %.2f | %s | %s | %s | %s | %s | %s | %s |\n' "$program_label" "${format^^}" "$seconds" \
    "$(divide "$(megabytes "$bytes")" "$seconds" '%.1f')" "$(divide "$contacts" "$seconds" '%.0f')" \
    "$(cpu_per_contact "$name")" "$(peak_mb "$name")" "$ratio" "$target" "$status"
}

echo "$contacts contacts: $(basename "$csv") $(megabytes "$(stat -c %s "$csv")") MB${xml:+, $(basename "$xml") $(megabytes "$(stat -c %s "$xml")") MB};" \
  "best of $repeat; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $callaudit"
echo
echo "| program | input | wall s | MB/s | contacts/s | CPU µs/contact | peak MB | callaudit ÷ this | target | met |"
echo "|---|---|---:|---:|---:|---:|---:|---|---|---|"
for j in "${job_counts[@]}"; do row csv callaudit "$j"; done
for program in duckdb pandas wc; do row csv "$program"; done
if [ -n "$xml" ]; then
  for j in "${job_counts[@]}"; do row xml callaudit "$j"; done
  for program in sax2 xmllint; do row xml "$program"; done
fi

if [ "$failures" -gt 0 ] || [ "$reports_differ" = 1 ]; then
  echo
  echo "!!! FAILED: $failures run(s) failed; --jobs reports differ: $([ "$reports_differ" = 1 ] && echo yes || echo no)"
  exit 1
fi
