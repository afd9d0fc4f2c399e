import Foundation
import Testing
@testable import CallAuditIngestion

/// What validating UTF-8 as it is read costs: the same file read through a
/// ``ByteStream`` in the CSV scanner's 1 MiB chunks, raw and through the
/// decoding stage, best of five, then the whole canonical CSV ingestion.
/// Off by default; run in a release build on a big generated export:
/// `callaudit generate --seed 1 --contacts 100000 -o /tmp/g100k.csv`, then
/// `CALLAUDIT_BENCH=1 CALLAUDIT_BENCH_FILE=/tmp/g100k.csv swift test -c release -Xswiftc -enable-testing --filter TextDecodingBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CALLAUDIT_BENCH"] != nil))
struct TextDecodingBenchmark {
  @Test func validationCostOnABigCanonicalCSV() throws {
    let path = ProcessInfo.processInfo.environment["CALLAUDIT_BENCH_FILE"] ?? "/tmp/g100k.csv"
    let raw = try Self.best { try Self.readAll(path, decode: false) }
    let decoded = try Self.best { try Self.readAll(path, decode: true) }
    let ingestion = try Self.best(runs: 3) {
      var count = 0
      let summary = ContactIngestor().ingest(path: path) { _ in count += 1 }
      #expect(summary.stoppedBy == nil)
      return UInt64(count)
    }
    let size = Double(decoded.result) / 1_000_000
    print(
      """
      text decoding benchmark on \(path) (\(Int(size)) MB):
        raw read        \(Self.ms(raw.seconds)) ms  (\(Int(size / raw.seconds)) MB/s)
        UTF-8 checked   \(Self.ms(decoded.seconds)) ms  (\(Int(size / decoded.seconds)) MB/s)
        validation cost \(Self.ms(decoded.seconds - raw.seconds)) ms
        CSV ingestion   \(Self.ms(ingestion.seconds)) ms  (\(ingestion.result) contacts); validation is \
      \(Int(((decoded.seconds - raw.seconds) / ingestion.seconds * 1000).rounded()) / 10)% of it
      """)
  }

  /// Reads the whole file; returns the bytes delivered.
  private static func readAll(_ path: String, decode: Bool) throws -> UInt64 {
    let stream = try ByteStream(path: path)
    if decode { stream.decodeText(as: .utf8) }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
    defer { buffer.deallocate() }
    var total: UInt64 = 0
    while true {
      let count = try stream.read(into: buffer)
      if count == 0 { break }
      total += UInt64(count)
    }
    #expect(stream.replacedSequences == 0)
    return total
  }

  private static func best(runs: Int = 5, _ body: () throws -> UInt64) throws -> (seconds: Double, result: UInt64) {
    var fastest = Double.infinity
    var result: UInt64 = 0
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
