import ArgumentParser
import CallAudit
import CallAuditHistory

/// `callaudit forget --config audit.yml --customer ID`: erase one customer from the history.
struct ForgetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forget",
    abstract: "Erase every stored contact of one customer from the audit history.",
    discussion: """
      The history holds customers only as keyed hashes (docs/privacy.md); give the \
      identifier as the exports spell it, and the same key finds its rows.

      Example:
        callaudit forget --config audit.yml --customer CUST-000123 --provider "Northwind Broadband"
      """
  )

  @OptionGroup var configurationFile: AuditConfigurationOption

  @Option(help: "The customer's identifier as the exports write it.")
  var customer: String

  @Option(help: "Only at this provider (default: every provider in the history).")
  var provider: String?

  func run() throws {
    let configuration = try configurationFile.load()
    let deleted: Int
    do {
      deleted = try CustomerEraser(configuration: configuration).forget(customer: customer, provider: provider)
    } catch {
      StandardError.line(error.description)
      switch error {
      case .locked: throw ExitStatus.temporaryFailure
      case .history: throw ExitStatus.cannotCreate
      }
    }
    try StandardOutput.write("deleted \(deleted) contact(s) of the customer from \(configuration.database)\n")
  }
}
