import ArgumentParser
import CallAuditHistory
import CallAuditModel
import CallAuditReporting

/// `callaudit forget --config audit.yml --customer ID`: erase one customer from the history.
struct ForgetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forget",
    abstract: "Erase every stored contact of one customer from the audit history.",
    discussion: """
      The history holds customers only as keyed hashes (docs/privacy.md); give the \
      identifier as the exports spell it, and the same key finds its rows. After a \
      key rotation, name the old keys in privacy.previous_customer_key_files.

      Exit status: 0 contacts deleted; 1 nothing to delete (no stored contact of \
      the customer, or a provider the history does not hold); 65 the history is \
      damaged; 73 it cannot be opened or written; 75 an audit is running; 78 the \
      configuration is wrong, or its keys cannot find every stored customer.

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
    let outcome = try CustomerEraser(configuration: configuration).forget(customer: customer, provider: provider)
    switch outcome {
    case .deleted(let count) where count > 0:
      try StandardOutput.write("deleted \(count) contact(s) of the customer from \(configuration.database)\n")
    case .deleted:
      let place = provider.map { " at '\($0)'" } ?? ""
      throw CommandFailure(
        .nothingDone,
        Diagnostic(
          .warning, file: configuration.database,
          sentence: "no stored contact of the customer was found\(place); nothing was deleted"))
    case .unknownProvider(let suggestion):
      let advice = suggestion.map { "; did you mean '\($0)'? Nothing was deleted" } ?? "; nothing was deleted"
      throw CommandFailure(
        .nothingDone,
        Diagnostic(.warning, file: configuration.database, sentence: "the history holds no provider '\(provider ?? "")'\(advice)"))
    }
  }
}
