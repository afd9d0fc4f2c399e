import ArgumentParser
import CallAudit
import CallAuditReporting
import Foundation

/// `callaudit shard normalize FILE --index N`: the first stage.
struct ShardNormalizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "Read one input into contact lines keyed by customer, and its state.",
    discussion: """
      Writes one line per contact to standard output: a key, a tab, the input \
      index, a tab, the contact encoded in base64. Lines with equal keys must \
      reach the same shard. The input's state (its summary, names and script \
      miners) goes to --state, or, without it, to standard output as a last line \
      `state<TAB>index<TAB>base64`.
      """
  )

  @Argument(help: "The export to read.")
  var input: String

  @Option(help: "The input's position among all inputs of the run, from 0.")
  var index: Int

  @Option(help: "The name the report gives the input (by default the path read).")
  var label: String?

  @Option(
    name: .customLong("same-as"),
    help: ArgumentHelp(
      "Skip the input as a copy of this earlier input (its label), found in the same folder walk, as analyze does.",
      valueName: "label"))
  var sameAs: String?

  @Option(help: ArgumentHelp("Write the input's state to this file.", valueName: "file"))
  var state: String?

  @OptionGroup var listing: FlaggedLimitOption
  @OptionGroup var reading: ReadingOptions

  func validate() throws {
    guard (0...ShardStages.maximumInputIndex).contains(index) else {
      throw ValidationError("--index must be from 0 to \(ShardStages.maximumInputIndex), not \(index).")
    }
    try reading.checkInputProviders(against: [input])
  }

  func run() throws {
    let output = try ShardOutput(path: "-")
    var failure: (any Error)? = nil
    let stateBytes = ShardStages.normalize(
      path: input, index: index, label: label, sameAs: sameAs, format: try reading.inputFormat(),
      ingestion: try reading.ingestionOptions(), configuration: try reading.analysisConfiguration(flaggedLimit: listing.flaggedLimit),
      jobs: reading.jobs
    ) { line in
      guard failure == nil else { return }
      do { try output.line(line) } catch { failure = error }
    }
    if let failure { throw failure }
    if let state {
      try ShardOutput.write(stateBytes, to: state)
    } else {
      try output.line("state\t\(index)\t\(Data(stateBytes).base64EncodedString())")
    }
    try output.commit()
  }
}
