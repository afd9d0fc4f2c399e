import ArgumentParser
import CallAudit
import CallAuditReporting
import Foundation

/// `callaudit shard measure --context FILE < LINES`: the third stage.
struct ShardMeasureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "measure",
    abstract: "Measure one shard of contact lines into a partial report (one line of JSON).",
    discussion: "Reads the contact lines from the files given, or from standard input."
  )

  @Option(help: ArgumentHelp("The context from `shard context`.", valueName: "file"))
  var context: String

  @Argument(help: "Files of contact lines; standard input when none.")
  var lines: [String] = []

  @OptionGroup var listing: FlaggedLimitOption
  @OptionGroup var reading: ReadingOptions

  func run() throws {
    let context = try ShardOutput.read(context)
    let configuration = try reading.analysisConfiguration(
      recorded: try ShardStages.recordedConfiguration(context: context), flaggedLimit: listing.flaggedLimit, stage: "measure")
    let partial: String
    if lines.isEmpty {
      // Line by line: a shard's input is the largest thing a stage reads.
      partial = try ShardStages.measure(
        lines: AnySequence { AnyIterator { readLine().map { Substring($0) } } }, context: context,
        configuration: configuration)
    } else {
      let text = try lines.map { String(decoding: try ShardOutput.read($0), as: UTF8.self) }.joined(separator: "\n")
      partial = try ShardStages.measure(lines: text.split(separator: "\n"), context: context, configuration: configuration)
    }
    let output = try ShardOutput(path: "-")
    try output.line(partial)
    try output.commit()
  }
}
