import ArgumentParser
import CallAudit
import CallAuditMetrics
import CallAuditReporting

/// `callaudit shard merge --context FILE PARTIAL…`: the last stage.
struct ShardMergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge the shards' partial reports into the report.",
    discussion: "The exit status is analyze's for the same inputs (see `callaudit --help`)."
  )

  @Option(help: ArgumentHelp("The context from `shard context`.", valueName: "file"))
  var context: String

  @Argument(help: "Files of partial reports (from `shard measure`), one or more per file, one per line.")
  var partials: [String]

  @Flag(help: "Write the merged partial report (one line of JSON) instead of the report, to merge in a tree.")
  var partial = false

  @OptionGroup var report: ReportOptions<ReportFormat>
  @OptionGroup var listing: FlaggedLimitOption
  @OptionGroup var reading: ReadingOptions

  func run() throws {
    let context = try ShardOutput.read(context)
    let partialLines = try partials.flatMap { path in
      String(decoding: try ShardOutput.read(path), as: UTF8.self).split(separator: "\n").map(String.init)
    }
    let configuration = try reading.analysisConfiguration(
      recorded: try ShardStages.recordedConfiguration(context: context), flaggedLimit: listing.flaggedLimit,
      stage: partial ? "merge --partial" : "merge")
    if partial {
      let output = try ShardOutput(path: report.output ?? "-")
      try output.line(try ShardStages.combine(partials: partialLines, context: context, configuration: configuration))
      try output.commit()
      return
    }
    let merged = try ShardStages.merge(partials: partialLines, context: context, configuration: configuration)
    let shown = report.shown(merged, jobs: reading.jobs)
    try report.emit(shown, jobs: reading.jobs)
    throw InputOutcome(report: shown, strict: reading.strict).status
  }
}
