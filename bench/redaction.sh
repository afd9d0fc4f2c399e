#!/usr/bin/env bash
# Times PersonalDataRedactor over every turn of seeded generated contacts, next
# to a peer pass over the same strings (copying each turn's UTF-8 bytes into an
# array, the least any byte scanner does), and prints: turns, MB, seconds (best
# of five), MB/s, microseconds per turn, the ratio to the peer, and what was
# redacted per kind.
#
# Usage: bench/redaction.sh [CONTACTS]             (default: 20000)
#        bench/redaction.sh --review FILE...       (print each line of FILE the
#                                                   redactor changes, for reading)
# The harness is a throwaway package written to bench/data/redaction-bench/
# (ignored by git) that depends on this repository by path and reads the
# export with the library's own ingestion. Machines here are shared and noisy:
# compare the ratio within one run, not absolute seconds across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

mode=time
if [ "${1:-}" = "--review" ]; then mode=review; shift; fi
contacts=20000
if [ "$mode" = time ] && [ $# -gt 0 ]; then contacts=$1; fi

swift build -c release --product callaudit >/dev/null
mkdir -p bench/data/redaction-bench/Sources/redaction-bench
data="$root/bench/data/contacts-$contacts.csv"
if [ "$mode" = time ] && [ ! -f "$data" ]; then
  .build/release/callaudit generate --seed 1 --contacts "$contacts" --format csv --output "$data"
fi

# A path dependency is known by its directory's name.
identity=$(basename "$root" | tr '[:upper:]' '[:lower:]')
cat > bench/data/redaction-bench/Package.swift <<EOF
// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "redaction-bench",
  dependencies: [.package(path: "$root")],
  targets: [
    .executableTarget(
      name: "redaction-bench",
      dependencies: [.product(name: "CallAudit", package: "$identity")]
    )
  ],
  swiftLanguageModes: [.v6]
)
EOF

cat > bench/data/redaction-bench/Sources/redaction-bench/main.swift <<'EOF'
import CallAudit

#if canImport(Glibc)
  import Glibc
#endif

let redactor = PersonalDataRedactor()
let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "--review" {
  // Each line of each file is one text; print the ones that change.
  for path in arguments.dropFirst() {
    guard let file = fopen(path, "r") else { continue }
    var line: UnsafeMutablePointer<CChar>? = nil
    var capacity = 0
    var number = 0
    while getline(&line, &capacity, file) > 0 {
      number += 1
      let text = String(cString: line!).trimmingSuffixNewline()
      let redacted = redactor.redact(text)
      if redacted != text { print("\(path):\(number)\n  - \(text)\n  + \(redacted)") }
    }
    fclose(file)
  }
  exit(0)
}

var turns: [String] = []
let summary = ContactIngestor().ingest(path: arguments[0]) { contact in
  turns.append(contentsOf: contact.turns.map(\.text))
}
let bytes = turns.reduce(0) { $0 + $1.utf8.count }
let clock = ContinuousClock()

func best(_ body: () -> Int) -> (Duration, Int) {
  var fastest = Duration.seconds(1_000_000)
  var result = 0
  for _ in 0..<5 {
    let start = clock.now
    result = body()
    fastest = min(fastest, clock.now - start)
  }
  return (fastest, result)
}

let (peer, _) = best { turns.reduce(0) { $0 &+ Array($1.utf8).count } }
var counts: [PersonalDataKind: Int] = [:]
let (ours, changed) = best {
  counts = [:]
  var changed = 0
  for turn in turns {
    let result = redactor.scan(turn)
    if !result.counts.isEmpty { changed += 1 }
    for (kind, count) in result.counts { counts[kind, default: 0] += count }
  }
  return changed
}

func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
let megabytes = Double(bytes) / 1e6
print("contacts \(summary.accepted)  turns \(turns.count)  MB \(megabytes)")
print("redaction: \(seconds(ours)) s  \(megabytes / seconds(ours)) MB/s  \(seconds(ours) / Double(turns.count) * 1e6) µs/turn")
print("peer (copy UTF-8 bytes): \(seconds(peer)) s  ratio \(seconds(ours) / seconds(peer))x")
print("turns changed \(changed); " + PersonalDataKind.allCases.map { "\($0.rawValue) \(counts[$0, default: 0])" }.joined(separator: ", "))

extension String {
  func trimmingSuffixNewline() -> String {
    var text = self
    while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
    return text
  }
}
EOF

cd bench/data/redaction-bench
swift build -c release >/dev/null
if [ "$mode" = review ]; then
  files=()
  for file in "$@"; do files+=("$(cd "$root" && realpath "$file")"); done
  .build/release/redaction-bench --review "${files[@]}"
else
  .build/release/redaction-bench "$data"
fi
