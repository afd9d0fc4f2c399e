import Foundation
import Testing

/// callaudit runs on jemalloc, linked into the executable alone (docs/performance.md,
/// "The allocator"): the libraries leave the choice of allocator to the program.
@Suite("The allocator")
struct AllocatorTests {
  @Test("The executable allocates through jemalloc")
  func executableRunsOnJemalloc() throws {
    // MALLOC_CONF is jemalloc's: it prints its statistics at exit. jemalloc loaded but not
    // in use (another malloc found first, as a sanitizer's) prints them too, counting only
    // its own start-up, so the test reads how many allocations it served.
    var environment = ProcessInfo.processInfo.environment
    environment["MALLOC_CONF"] = "stats_print:true"
    let report = try TestSupport.temporaryDirectory().appendingPathComponent("report.json").path
    let sample = TestSupport.repositoryRoot.appendingPathComponent("samples/contacts.csv").path
    let run = try TestSupport.runCallaudit(
      ["analyze", sample, "--format", "json", "--output", report], environment: environment)
    #expect(run.status == 0)
    let requests = try #require(Self.allocationRequests(inStatistics: run.standardError))
    // Every contact's turns are an array of their own: at least one allocation per
    // contact of the sample's 800 (the test "The samples are exactly what the seeded
    // generator writes" pins that count).
    #expect(requests >= 800, "jemalloc served \(requests) allocations")
  }

  /// The "nrequests" column of the "total:" row of jemalloc's statistics (`total:`
  /// allocated, nmalloc, per second, ndalloc, per second, nrequests, …).
  static func allocationRequests(inStatistics text: String) -> Int? {
    guard text.contains("Begin jemalloc statistics") else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("total:") {
      let columns = line.split(separator: " ")
      if columns.count > 6 { return Int(columns[6]) }
    }
    return nil
  }

  @Test("Only the executable imports the allocator")
  func onlyTheExecutableLinksIt() throws {
    let sources = TestSupport.repositoryRoot.appendingPathComponent("Sources")
    guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else {
      Issue.record("cannot list \(sources.path)")
      return
    }
    var importers: Set<String> = []
    for case let url as URL in walker where url.pathExtension == "swift" {
      let text = try String(contentsOf: url, encoding: .utf8)
      if text.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == "import CJemalloc" }) {
        importers.insert(url.deletingLastPathComponent().lastPathComponent)
      }
    }
    #expect(importers == ["callaudit"])
  }
}
