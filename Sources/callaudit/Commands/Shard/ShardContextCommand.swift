import ArgumentParser
import CallAudit
import CallAuditReporting
import Foundation

/// `callaudit shard context STATE… --output FILE`: the second stage.
struct ShardContextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "context",
    abstract: "Merge the inputs' states, in input order, into the context every shard is measured against."
  )

  @Argument(help: "The inputs' state files (from `shard normalize --state`), in input order.")
  var states: [String]

  @Option(name: [.short, .long], help: ArgumentHelp("Write the context to this file.", valueName: "file"))
  var output: String

  func run() throws {
    var builder = ShardStages.ContextBuilder()
    for path in states { try builder.add(state: try ShardOutput.read(path)) }
    try ShardOutput.write(builder.context(), to: output)
  }
}
