#!/usr/bin/env bash
# Fuzzes callaudit's readers with libFuzzer (and AddressSanitizer), one target per reader.
#
#   Tests/Fuzz/run.sh                 # every target, 600 s each, two at a time
#   FUZZ_SECONDS=60 Tests/Fuzz/run.sh csv jira-xml
#   Tests/Fuzz/run.sh --list          # the targets
#
# Seeds are the repository's own fixtures for each format plus Tests/Fuzz/Corpus/<target>.
# Work corpora, logs and crash inputs go to Tests/Fuzz/.build/fuzz/ (not committed).
# Exit status 1 when any target found a crash, a leak, a timeout or a broken invariant.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${FUZZ_SECONDS:-600}
parallel=${FUZZ_PARALLEL:-2}
out="$here/.build/fuzz"

# target | format (CALLAUDIT_FUZZ_FORMAT) | mapping file | dictionary | seed folders
targets() {
  cat <<'TABLE'
detect|detect||csv.dict|fixtures/canonical fixtures/encoding fixtures/vendors
csv|csv||csv.dict|fixtures/canonical
xml|xml||xml.dict|fixtures/canonical
support-threads-csv|support-threads-csv||csv.dict|fixtures/vendors/support-threads-csv
asterisk-cdr-csv|asterisk-cdr-csv||csv.dict|fixtures/vendors/asterisk-cdr-csv
asterisk-cdr-custom|asterisk-cdr-custom||csv.dict|fixtures/vendors/asterisk-cdr-custom
freeswitch-cdr-csv|freeswitch-cdr-csv||csv.dict|fixtures/vendors/freeswitch-cdr-csv
freeswitch-xml-cdr|freeswitch-xml-cdr||xml.dict|fixtures/vendors/freeswitch-xml-cdr
zendesk-xml|zendesk-xml||xml.dict|fixtures/vendors/zendesk-xml
zendesk-csv|zendesk-csv||csv.dict|fixtures/vendors/zendesk-csv
freshdesk-csv|freshdesk-csv||csv.dict|fixtures/vendors/freshdesk-csv
salesforce-case-csv|salesforce-case-csv||csv.dict|fixtures/vendors/salesforce-csv
salesforce-casecomment-csv|salesforce-casecomment-csv||csv.dict|fixtures/vendors/salesforce-csv
servicenow-xml|servicenow-xml||xml.dict|fixtures/vendors/servicenow-xml
servicenow-csv|servicenow-csv||csv.dict|fixtures/vendors/servicenow-csv
servicenow-event-log|servicenow-event-log||csv.dict|fixtures/vendors/servicenow-event-log
jira-xml|jira-xml||xml.dict|fixtures/vendors/jira-xml
jira-csv|jira-csv||csv.dict|fixtures/vendors/jira-csv
transcribe-call-analytics|transcribe-call-analytics||json.dict|fixtures/vendors/transcribe-call-analytics
contact-lens|contact-lens||json.dict|fixtures/vendors/contact-lens
connect-ctr|connect-ctr||json.dict|fixtures/vendors/contact-lens/ctr
ccai-insights|ccai-insights||json.dict|fixtures/vendors/ccai-insights
genesys-cloud-transcript|genesys-cloud-transcript||json.dict|fixtures/vendors/genesys-cloud-transcript
twilio-intelligence|twilio-intelligence||json.dict|fixtures/vendors/twilio-intelligence
intercom-conversations|intercom-conversations||json.dict|fixtures/vendors/intercom-conversations
helpscout-conversations|helpscout-conversations||json.dict|fixtures/vendors/helpscout-conversations
zendesk-json|zendesk-json||json.dict|fixtures/vendors/zendesk-json
zendesk-ticket-events|zendesk-ticket-events||json.dict|fixtures/vendors/zendesk-ticket-events
freshdesk-json|freshdesk-json||json.dict|fixtures/vendors/freshdesk-json
gorgias-json|gorgias-json||json.dict|fixtures/vendors/gorgias-json
mapping-csv|mapping|samples/mapping/bitext.yaml|csv.dict|samples/mapping
mapping-xml|mapping|fixtures/mapping/acme-desk.yaml|xml.dict|fixtures/mapping
mapping-json|mapping|fixtures/mapping/zammad-tickets.yaml|json.dict|fixtures/mapping
TABLE
}

if [[ ${1:-} == --list ]]; then targets | cut -d'|' -f1; exit 0; fi
wanted=("$@")
if [[ ${#wanted[@]} -eq 0 ]]; then mapfile -t wanted < <(targets | cut -d'|' -f1); fi

echo "building the fuzz targets (release, -sanitize=fuzzer,address)…" >&2
swift build -c release --package-path "$here" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 | grep -vE 'ld.gold: warning' >&2
binary="$here/.build/release/CallAuditFuzz"
mkdir -p "$out"

fuzz_one() {
  local name=$1 line format mapping dict seeds
  line=$(targets | grep "^$name|") || { echo "unknown target '$name' (see --list)" >&2; return 2; }
  IFS='|' read -r _ format mapping dict seeds <<<"$line"
  local work="$out/corpus/$name" artifacts="$out/artifacts/$name" scratch
  mkdir -p "$work" "$artifacts"
  # A scratch directory as the working directory: readers that look beside their
  # input (Salesforce comments) must find nothing but what the fuzzer gives them.
  scratch=$(mktemp -d)
  local seed_dirs=()
  for seed in $seeds; do seed_dirs+=("$root/$seed"); done
  [[ -d "$here/Corpus/$name" ]] && seed_dirs+=("$here/Corpus/$name")
  (
    cd "$scratch"
    SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$here/lsan.supp CALLAUDIT_FUZZ_FORMAT=$format \
      CALLAUDIT_FUZZ_MAPPING=${mapping:+$root/$mapping} \
      "$binary" "$work" "${seed_dirs[@]}" -dict="$here/$dict" -max_len=16384 \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 >"$out/$name.log" 2>&1
  )
  local status=$?
  rm -rf "$scratch"
  return $status
}
export -f fuzz_one targets
export here root seconds out binary

printf '%s\n' "${wanted[@]}" | xargs -P "$parallel" -I{} bash -c 'fuzz_one {} || true'

# One line per target from libFuzzer's final statistics.
failed=0
printf '%-28s %10s %8s %7s %7s %6s  %s\n' target runs exec/s cov ft corpus result
for name in "${wanted[@]}"; do
  log="$out/$name.log"
  runs=$(grep -oP "stat::number_of_executed_units: \\K[0-9]+" "$log" | tail -1 || true)
  speed=$(grep -oP "stat::average_exec_per_sec: +\\K[0-9]+" "$log" | tail -1 || true)
  last=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 || true)
  cov=$(grep -oP 'cov: \K[0-9]+' <<<"$last" || echo -)
  ft=$(grep -oP 'ft: \K[0-9]+' <<<"$last" || echo -)
  corp=$(grep -oP 'corp: \K[0-9]+' <<<"$last" || echo -)
  found=$(find "$out/artifacts/$name" -type f 2>/dev/null | wc -l)
  result=ok
  if [[ $found -gt 0 ]] || ! grep -q 'Done [0-9]* runs' "$log"; then
    result="FOUND $found input(s), see $out/artifacts/$name and $log"
    failed=1
  fi
  printf '%-28s %10s %8s %7s %7s %6s  %s\n' "$name" "$runs" "$speed" "$cov" "$ft" "$corp" "$result"
done
exit $failed
