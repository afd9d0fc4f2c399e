import ContactGenerator
import Foundation
import Testing
@testable import CallAudit
@testable import CallAuditIngestion
@testable import CallAuditMetrics
@testable import CallAuditReporting

/// The distributed stages (normalize, context, measure, merge) must give the
/// report `analyze` gives, byte for byte, however the contacts are sharded.
@Suite("Shard stages")
struct ShardStagesTests {
  private func export(seed: UInt64, count: Int, in folder: URL) throws -> String {
    let writer = CanonicalWriter(format: .csv)
    var text = writer.header
    for labeled in try SampleGenerator(configuration: GeneratorConfiguration(seed: seed, contacts: count)) {
      text += writer.render(labeled.contact)
    }
    let path = folder.appendingPathComponent("export-\(seed).csv").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Runs the four stages in this process, `shards` shards cut by key.
  private func distributed(
    _ paths: [String], shards: Int, configuration: AnalysisConfiguration = AnalysisConfiguration(),
    inTree: Bool = false
  ) throws -> AnalysisReport {
    var lines: [String] = []
    let states = paths.enumerated().map { index, path in
      ShardStages.normalize(
        path: path, index: index, ingestion: IngestionOptions(), configuration: configuration
      ) { lines.append($0) }
    }
    let context = try ShardStages.context(states: states)
    var byShard = [[Substring]](repeating: [], count: shards)
    for line in lines {
      let key = UInt64(line.prefix { $0 != "\t" })!
      byShard[Int(key % UInt64(shards))].append(Substring(line))
    }
    var partials = try byShard.map { shard throws(ShardStages.Failure) in
      try ShardStages.measure(lines: shard, context: context, configuration: configuration)
    }
    // In a tree: pairs combined, then pairs of those, until one is left.
    while inTree, partials.count > 1 {
      partials = try stride(from: 0, to: partials.count, by: 2).map { start throws(ShardStages.Failure) in
        try ShardStages.combine(
          partials: Array(partials[start..<min(start + 2, partials.count)]), context: context,
          configuration: configuration)
      }
    }
    return try ShardStages.merge(partials: partials, context: context, configuration: configuration)
  }

  @Test("Every non-resolving code counts when stages compare settings, however long the list")
  func longCodeListsCompareWhole() {
    let shared = (1...9).map { "code \($0)" }
    var first = AnalysisConfiguration(), second = AnalysisConfiguration()
    first.resolutionPolicy = ResolutionPolicy(nonResolvingCodes: Set(shared + ["zz abandoned"]))
    second.resolutionPolicy = ResolutionPolicy(nonResolvingCodes: Set(shared + ["zz withdrawn"]))
    // Before: only the first eight codes (in order) and the count were compared, so these two,
    // which differ in their tenth, agreed.
    #expect(first.stageSettings["--non-resolving-codes"] != second.stageSettings["--non-resolving-codes"])
    #expect(first.stageSettings == first.stageSettings)
  }

  @Test("Three inputs (customers shared between them) give analyze's report in 1, 3 and 8 shards")
  func sameAsAnalyze() throws {
    let folder = try TestSupport.temporaryDirectory()
    // Seeds 31 and 32 draw the same customer ids, so repeats cross inputs.
    let paths = [
      try export(seed: 31, count: 500, in: folder), try export(seed: 32, count: 300, in: folder),
      try export(seed: 33, count: 40, in: folder),
    ]
    let expected = JSONReportRenderer().render(AnalysisRunner(jobs: 2).run(paths: paths))
    #expect(expected.contains("\"flagged\": [\n"))
    for shards in [1, 3, 8] {
      #expect(JSONReportRenderer().render(try distributed(paths, shards: shards)) == expected, "\(shards) shards")
    }
  }

  @Test("With a flagged-contact limit, each shard keeps only its worst; the report's list and total still match analyze")
  func flaggedLimit() throws {
    let folder = try TestSupport.temporaryDirectory()
    let paths = [try export(seed: 34, count: 600, in: folder), try export(seed: 35, count: 200, in: folder)]
    let configuration = try AnalysisConfiguration(flaggedLimit: 7)
    let expected = AnalysisRunner(configuration: configuration, jobs: 2).run(paths: paths)
    #expect(expected.flagged.count == 7 && expected.flaggedTotal > 20)
    let report = try distributed(paths, shards: 5, configuration: configuration)
    #expect(report.flaggedTotal == expected.flaggedTotal)
    #expect(JSONReportRenderer().render(report) == JSONReportRenderer().render(expected))
  }

  @Test("Partial reports combined in a tree give the same report, with and without a flagged-contact limit")
  func tree() throws {
    let folder = try TestSupport.temporaryDirectory()
    let paths = [try export(seed: 36, count: 500, in: folder), try export(seed: 37, count: 250, in: folder)]
    for limit in [nil, 4] {
      let configuration = try AnalysisConfiguration(flaggedLimit: limit)
      let expected = JSONReportRenderer().render(AnalysisRunner(configuration: configuration, jobs: 1).run(paths: paths))
      let report = try distributed(paths, shards: 7, configuration: configuration, inTree: true)
      #expect(JSONReportRenderer().render(report) == expected, "limit \(limit.map(String.init) ?? "none")")
    }
  }

  @Test("Duplicated inputs and duplicated rows are measured once, in any number of shards, as analyze does")
  func duplicates() throws {
    let folder = try TestSupport.temporaryDirectory()
    let original = try export(seed: 41, count: 200, in: folder)
    let text = try String(contentsOfFile: original, encoding: .utf8)
    // Every row twice in one file, and the whole file again under another name.
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let header = lines.removeFirst()
    let rows = lines.filter { !$0.isEmpty }
    let doubled = folder.appendingPathComponent("doubled.csv").path
    try ([header] + rows + rows).joined(separator: "\n").appending("\n").write(toFile: doubled, atomically: true, encoding: .utf8)
    let copy = folder.appendingPathComponent("copy.csv").path
    try text.write(toFile: copy, atomically: true, encoding: .utf8)
    let paths = [original, doubled, copy]
    let report = AnalysisRunner(jobs: 2).run(paths: paths)
    let alone = AnalysisRunner(jobs: 1).run(paths: [original])
    #expect(report.providers.map(\.contacts) == alone.providers.map(\.contacts))
    #expect(report.inputs[2].identicalTo == 0)
    #expect(report.inputCoverage.map(\.duplicates) == [0, 400, 200])
    let expected = JSONReportRenderer().render(report)
    for shards in [1, 5] {
      #expect(JSONReportRenderer().render(try distributed(paths, shards: shards)) == expected, "\(shards) shards")
    }
  }

  @Test("A damaged contact line or context is refused with what was wrong")
  func damaged() throws {
    let configuration = AnalysisConfiguration()
    let context = try ShardStages.context(states: [])
    #expect(throws: ShardStages.Failure.self) {
      try ShardStages.measure(lines: ["12\t0\tnot base64!"], context: context, configuration: configuration)
    }
    #expect(throws: ShardStages.Failure.self) {
      try ShardStages.measure(lines: [], context: [1, 2, 3], configuration: configuration)
    }
  }
}
