#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer, then under ThreadSanitizer,
# each in its own build folder (.build-asan, .build-tsan; not committed).
#
#   Tests/Sanitizers/run.sh            # both
#   Tests/Sanitizers/run.sh thread     # one of: address, thread
#
# A full build per sanitizer takes several minutes; this is not part of .ci/run.
# Exit status 1 when a run fails. Each run's log goes to .build-<name>/sanitizer.log.
set -uo pipefail
cd "$(dirname "$0")/../.."
here=$PWD/Tests/Sanitizers
sanitizers=("$@")
[ "${#sanitizers[@]}" -gt 0 ] || sanitizers=(address thread)
failed=0
for sanitizer in "${sanitizers[@]}"; do
  case $sanitizer in address) dir=.build-asan ;; thread) dir=.build-tsan ;; *) echo "unknown sanitizer $sanitizer" >&2; exit 64 ;; esac
  mkdir -p "$dir"
  log="$dir/sanitizer.log"
  # The child processes the end-to-end tests start (callaudit itself) inherit
  # these options, so a finding there fails its test too. CALLAUDIT_ALLOCATOR=system
  # builds without jemalloc (Package.swift; docs/performance.md, "The allocator"): its
  # C++ operator new and the sanitizer's free would meet in one process. The allocator
  # test is skipped there.
  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0" \
    TSAN_OPTIONS="halt_on_error=0 second_deadlock_stack=1" SWIFT_BACKTRACE=enable=no \
    CALLAUDIT_ALLOCATOR=system swift test --sanitize="$sanitizer" --scratch-path "$dir" >"$log" 2>&1
  status=$?
  tests=$(grep -oE 'Test run with [0-9]+ tests' "$log" | tail -1)
  findings=$(grep -cE '^(==[0-9]+==)?ERROR: (AddressSanitizer|LeakSanitizer)|WARNING: ThreadSanitizer' "$log")
  echo "$sanitizer: exit $status, ${tests:-no test summary}, $findings sanitizer report(s); log: $log"
  [ "$status" -eq 0 ] && [ "$findings" -eq 0 ] || failed=1
done
exit $failed
