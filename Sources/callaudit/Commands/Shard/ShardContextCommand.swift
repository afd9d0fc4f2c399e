import ArgumentParser
import CallAudit
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
    let bytes = try states.map(ShardOutput.read)
    do {
      try ShardOutput.write(try ShardStages.context(states: bytes), to: output)
    } catch let failure as ShardStages.Failure {
      StandardError.line("error: \(failure)")
      throw ExitStatus.dataError
    }
  }
}
