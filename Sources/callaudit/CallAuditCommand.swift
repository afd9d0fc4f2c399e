import ArgumentParser
import CallAuditModel

/// The `callaudit` command: analyse support exports for scripted, unresolved contacts.
@main
struct CallAuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "callaudit",
    abstract: "Find support contacts where the agent read a script and the problem stayed unsolved.",
    discussion: """
      Exit status: 0 success (files that are no export skipped with a note); 64 bad \
      arguments; 65 an input was malformed (an XML error, an unrecognised format, \
      every record of an input rejected, an Excel workbook or JSON, every input \
      skipped, or --strict with rejected records); 66 an input could not be \
      opened; 73 an output could not be created; 74 an output could not be \
      written to its end (a full disk, a closed pipe); 78 a configuration, \
      mapping or sites file is wrong (the message gives its file:line). `audit` adds \
      1 (a breach) and 75 (another audit is running); see `callaudit audit --help`.
      """,
    version: "0.1.0",
    subcommands: [
      AnalyzeCommand.self, CompareCommand.self, AuditCommand.self, HistoryCommand.self, ForgetCommand.self,
      FormatsCommand.self,
      GenerateCommand.self, ShardCommand.self,
    ],
    defaultSubcommand: AnalyzeCommand.self
  )

  /// Parses and runs the command; the one place an error becomes what the user reads and
  /// the status callaudit exits with (``ExitStatus/init(for:)``).
  static func main() {
    var command: any ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      exit(withError: error)
    }
    do {
      try command.run()
    } catch {
      guard let status = ExitStatus(for: error) else { exit(withError: error) }
      for diagnostic in (error as? any DiagnosticConvertible)?.diagnostics ?? [] {
        StandardError.say(diagnostic)
      }
      exit(withError: ExitCode(status.rawValue))
    }
  }
}
