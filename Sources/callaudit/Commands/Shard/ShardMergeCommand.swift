import ArgumentParser
import CallAudit

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

  @OptionGroup var report: ReportOptions
  @OptionGroup var reading: ReadingOptions

  func run() throws {
    let context = try ShardOutput.read(context)
    let partialLines = try partials.flatMap { path in
      String(decoding: try ShardOutput.read(path), as: UTF8.self).split(separator: "\n").map(String.init)
    }
    let merged: AnalysisReport
    do {
      merged = try ShardStages.merge(
        partials: partialLines, context: context, configuration: try reading.analysisConfiguration())
    } catch let failure as ShardStages.Failure {
      StandardError.line("error: \(failure)")
      throw ExitStatus.dataError
    }
    let shown = report.shown(merged)
    try report.emit(shown)
    throw InputOutcome(report: shown, strict: reading.strict).exitCode
  }
}
