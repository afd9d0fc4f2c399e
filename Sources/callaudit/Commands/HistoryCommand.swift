import ArgumentParser
import CallAuditHistory
import CallAuditModel
import CallAuditReporting

/// `callaudit history --config audit.yml`: past audit runs and their headline figures.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List past audit runs and their headline figures.",
    discussion: """
      The history is checked as the audit checks it (docs/cron.md) and read under \
      the audit lock.

      Exit status: 0 listed; 65 the history is damaged; 66 there is no history yet; \
      73 it cannot be opened; 75 an audit is running; 78 the configuration is wrong.

      Example:
        callaudit history --config audit.yml --last 10
      """
  )

  @OptionGroup var configurationFile: AuditConfigurationOption

  @Option(help: "Show only this many of the most recent runs (0 shows none).")
  var last: Int = 30

  func validate() throws {
    guard last >= 0 else { throw ValidationError("--last must be 0 or more.") }
  }

  func run() throws {
    let configuration = try configurationFile.load()
    let listing = try HistoryListing(database: configuration.database, last: last)
    for remark in listing.remarks { StandardError.say(Diagnostic(.note, sentence: remark)) }
    try StandardOutput.write(listing.text)
  }
}
