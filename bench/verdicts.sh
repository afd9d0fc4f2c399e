#!/usr/bin/env bash
# Checks the outsourcing verdicts at sizes too large for the test suite
# (issue 17, part 5): with a margin of practical equivalence, no comparison of
# a provider whose arms behave identically is `hurting`, however many contacts,
# and the provider whose outsourcing does hurt still is.
#
#   neutral: `generate --contacts 200000 --seed 1` (the four standard providers;
#            Contoso Fiber is the neutral scenario, about 50,000 contacts) and
#            `generate --contacts 200000 --seed 1 --scenario neutral` (one
#            provider, 200,000 contacts): no verdict may be `hurting`;
#   hurting: `generate --contacts 20000 --seed 1 --scenario hurting`: Northwind
#            Broadband's scripted-and-unresolved verdict must be `hurting`.
#
# Prints every provider's three comparisons (verdict, adjusted ratio and 95%
# interval) and exits non-zero if a check fails.
#
# Usage: bench/verdicts.sh
# Environment:
#   CALLAUDIT=PATH  prebuilt callaudit (default: build it with
#                   `swift build -c release --product callaudit`)
# Data and reports go to bench/data/ (ignored by git); the generator is seeded,
# so existing files are reused.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CALLAUDIT:-}" ]; then
  swift build -c release --product callaudit >&2
  CALLAUDIT="$(swift build -c release --show-bin-path)/callaudit"
fi
mkdir -p bench/data

run() {  # name, generate arguments…
  local name=$1
  shift
  [ -f "bench/data/verdicts-$name.csv" ] || "$CALLAUDIT" generate "$@" --output "bench/data/verdicts-$name.csv"
  "$CALLAUDIT" analyze "bench/data/verdicts-$name.csv" --quiet --format json --output "bench/data/verdicts-$name.json"
}

run neutral-mix --contacts 200000 --seed 1
run neutral-one --contacts 200000 --seed 1 --scenario neutral
run hurting --contacts 20000 --seed 1 --scenario hurting

python3 - <<'PY'
import json, sys

failed = False
def report(name):
    with open(f"bench/data/verdicts-{name}.json") as file:
        document = json.load(file)
    print(f"{name}:")
    verdicts = {}
    for provider in document["providers"]:
        for comparison in [provider["outsourcing"]] + provider["also"]:
            ratio, interval = comparison["risk_ratio"], comparison["ci95"]
            figures = f"{ratio:.3f} ({interval[0]:.3f}-{interval[1]:.3f})" if ratio is not None else "-"
            print(f"  {provider['provider']:22} {comparison['metric']:20} {comparison['verdict']:16} {figures}")
            verdicts[(provider["provider"], comparison["metric"])] = comparison["verdict"]
    return verdicts

for name in ["neutral-mix", "neutral-one"]:
    verdicts = report(name)
    neutral = {key: value for key, value in verdicts.items() if key[0] == "Contoso Fiber"}
    if not neutral or "hurting" in neutral.values():
        print(f"FAIL {name}: a comparison of the neutral provider is 'hurting'")
        failed = True
hurting = report("hurting")
if hurting.get(("Northwind Broadband", "scripted_unresolved")) != "hurting":
    print("FAIL hurting: Northwind Broadband's scripted-and-unresolved verdict is not 'hurting'")
    failed = True
print("FAILED" if failed else "all checks passed")
sys.exit(1 if failed else 0)
PY
