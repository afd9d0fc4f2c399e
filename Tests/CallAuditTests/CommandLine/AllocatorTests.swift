import Foundation
import Testing

/// callaudit runs on jemalloc, a dependency of the executable's module alone
/// (docs/performance.md, "The allocator"): the libraries leave the choice of allocator to
/// the program. The test bundle links it too, since it depends on that module.
@Suite("The allocator")
struct AllocatorTests {
  /// Whether the executable beside this bundle was built without jemalloc, with
  /// CALLAUDIT_ALLOCATOR=system (Package.swift), as `Tests/Sanitizers/run.sh` builds it: the
  /// build says so, not this process's environment, which may differ from the build's.
  static var builtWithoutJemalloc: Bool {
    #if CALLAUDIT_SYSTEM_ALLOCATOR
      return true
    #else
      return false
    #endif
  }

  @Test(
    "The executable allocates through jemalloc",
    .disabled(if: builtWithoutJemalloc, "built with CALLAUDIT_ALLOCATOR=system"))
  func executableRunsOnJemalloc() throws {
    // MALLOC_CONF is jemalloc's: it prints its statistics at exit. jemalloc loaded but not
    // in use (another malloc found first, as one preloaded with LD_PRELOAD) prints them
    // too, counting only its own start-up, so the test reads how many allocations it served.
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

  /// The "nrequests" column of the first "total:" row after "Merged arenas stats:" (or of
  /// the one arena's, when there is one) in jemalloc 5's statistics: `total:` allocated,
  /// nmalloc, per second, ndalloc, per second, nrequests, ….
  static func allocationRequests(inStatistics text: String) -> Int? {
    guard text.contains("Begin jemalloc statistics") else { return nil }
    var inArenaTotals = false
    for line in text.split(separator: "\n") {
      if line.hasPrefix("Merged arenas stats:") || line.hasPrefix("arenas[") { inArenaTotals = true }
      guard inArenaTotals, line.hasPrefix("total:") else { continue }
      let columns = line.split(separator: " ")
      return columns.count > 6 ? Int(columns[6]) : nil
    }
    return nil
  }

  @Test("Only the executable imports the allocator")
  func onlyTheExecutableImportsIt() throws {
    // Every Swift target, read as the layer test reads them (it checks that the list is whole).
    let importers = try TargetLayerTests.ownModules.filter { target in
      try !TargetLayerTests.imports(of: target, among: ["CJemalloc"]).isEmpty
    }
    #expect(importers == ["callaudit"])
  }

  /// Whether the line imports the allocator's module, read as the layer test reads imports
  /// (``TargetLayerTests/importedModule(in:)``).
  static func importsAllocator(_ line: Substring) -> Bool {
    TargetLayerTests.importedModule(in: line) == "CJemalloc"
  }

  @Test(
    "Import lines are recognised with their attributes and access levels",
    arguments: [
      ("import CJemalloc", true), ("@preconcurrency internal import CJemalloc", true),
      ("package import CJemalloc", true), ("import CJemallocExtras", false), ("// import CJemalloc", false),
      ("import CZlib", false),
    ])
  func recognisesImports(line: String, expected: Bool) {
    #expect(Self.importsAllocator(Substring(line)) == expected)
  }
}
