import Foundation
import Testing

/// callaudit runs on jemalloc, linked into the executable alone (docs/performance.md,
/// "The allocator"): the libraries leave the choice of allocator to the program.
@Suite("The allocator")
struct AllocatorTests {
  @Test("The executable allocates through jemalloc")
  func executableRunsOnJemalloc() throws {
    // MALLOC_CONF is jemalloc's; glibc ignores it, so the statistics appear only when
    // jemalloc's malloc is the one the process calls.
    var environment = ProcessInfo.processInfo.environment
    environment["MALLOC_CONF"] = "stats_print:true"
    let report = try TestSupport.temporaryDirectory().appendingPathComponent("report.json").path
    let sample = TestSupport.repositoryRoot.appendingPathComponent("samples/contacts.csv").path
    let run = try TestSupport.runCallaudit(
      ["analyze", sample, "--format", "json", "--output", report], environment: environment)
    #expect(run.status == 0)
    #expect(run.standardError.contains("Begin jemalloc statistics"))
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
