import Foundation
import Testing
@testable import CallAuditIngestion

/// What reading JSON records costs, and how callaudit's parser compares with
/// Foundation's `JSONSerialization` on the same records: the file split into
/// records only, then each record parsed by each, best of three.
/// Off by default; run in a release build on a big NDJSON file, e.g. the Intercom
/// conversations `bench/json.sh` writes:
/// `CALLAUDIT_BENCH=1 CALLAUDIT_BENCH_JSON=bench/data/perf-intercom-400000.ndjson swift test -c release -Xswiftc -enable-testing --filter JSONParsingBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CALLAUDIT_BENCH"] != nil))
struct JSONParsingBenchmark {
  @Test func parsersOnABigNDJSONFile() throws {
    let path = ProcessInfo.processInfo.environment["CALLAUDIT_BENCH_JSON"] ?? "bench/data/perf-intercom-400000.ndjson"
    let size = Double(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0) / 1_000_000
    let split = try Self.best { try Self.records(path) { _ in 1 } }
    let ours = try Self.best {
      try Self.records(path) { bytes in
        (try? JSONRecordParser.parse(bytes)) == nil ? 0 : 1
      }
    }
    let foundation = try Self.best {
      try Self.records(path) { bytes in
        (try? JSONSerialization.jsonObject(with: Data(bytes))) == nil ? 0 : 1
      }
    }
    #expect(ours.result == split.result && foundation.result == split.result, "every record parses")
    print(
      """
      JSON parsing benchmark on \(path) (\(Int(size)) MB, \(split.result) records):
        split into records          \(Self.ms(split.seconds)) ms  (\(Int(size / split.seconds)) MB/s)
        + JSONRecordParser          \(Self.ms(ours.seconds)) ms  (\(Int(size / ours.seconds)) MB/s)
        + Foundation JSONSerialization \(Self.ms(foundation.seconds)) ms  (\(Int(size / foundation.seconds)) MB/s)
        parse time, Foundation ÷ ours: \
      \(String(format: "%.2f", (foundation.seconds - split.seconds) / (ours.seconds - split.seconds)))×
      """)
  }

  /// Splits the file and hands each record to `parse`; returns the sum of its results.
  private static func records(_ path: String, _ parse: ([UInt8]) -> Int) throws -> Int {
    var parsed = 0
    try JSONRecordSplitter.forEachPiece(in: try ByteStream(path: path), maximumRecordBytes: 64 << 20) { piece in
      if case .record(let bytes, _) = piece { parsed += parse(bytes) }
    }
    return parsed
  }

  private static func best(runs: Int = 3, _ body: () throws -> Int) throws -> (seconds: Double, result: Int) {
    var fastest = Double.infinity
    var result = 0
    for _ in 0..<runs {
      let start = ContinuousClock.now
      result = try body()
      let elapsed = ContinuousClock.now - start
      fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return (fastest, result)
  }

  private static func ms(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
}
