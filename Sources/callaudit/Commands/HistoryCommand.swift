import ArgumentParser
import CallAudit
import CallAuditHistory

/// `callaudit history --config audit.yml`: past audit runs and their headline figures.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List past audit runs and their headline figures.",
    discussion: """
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
    let listing: HistoryListing
    do {
      listing = try HistoryListing(database: configuration.database, last: last)
    } catch {
      StandardError.line(error.description)
      throw ExitStatus.noInput
    }
    try StandardOutput.write(listing.text)
  }
}
