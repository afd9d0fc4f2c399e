import ArgumentParser
import CallAudit
import CallAuditHistory

/// `callaudit audit --config audit.yml`: the nightly run for cron.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Ingest new exports into the history, report on the window, and check the thresholds.",
    discussion: """
      Made for cron (see docs/cron.md): silent when every threshold is met, one line \
      per broken threshold otherwise. Files already in the history (same content) are \
      skipped, so running again is safe.

      Exit status: 0 all thresholds met; 1 a threshold broken; 64 bad arguments; \
      65 input problems beyond the configured tolerance; 73 a report could not be \
      created; 74 a report could not be written to its end; 75 another audit holds the database; 78 the configuration is wrong.

      Example:
        callaudit audit --config /etc/callaudit/audit.yml
      """
  )

  @OptionGroup var configurationFile: AuditConfigurationOption

  @Flag(help: "Print the run summary and trend even when all is well.")
  var verbose = false

  func run() throws {
    let configuration = try configurationFile.load()
    let outcome: AuditOutcome
    do {
      outcome = try AuditRunner(configuration: configuration).run()
    } catch {
      StandardError.line(error.description)
      switch error {
      case .locked: throw ExitStatus.temporaryFailure
      case .history: throw ExitStatus.cannotCreate
      }
    }
    do {
      try AuditReports.write(outcome, to: configuration.reports)
    } catch {
      throw ExitStatus.outputFailed(error)
    }
    if verbose {
      try StandardOutput.write(AuditDigestRenderer().text(outcome.digest))
      for note in outcome.notes { try StandardOutput.write("  \(UntrustedText.forTerminal(note))\n") }
    } else {
      // Cron mails whatever is printed: breaches only.
      for breach in outcome.digest.breaches { try StandardOutput.write(UntrustedText.forTerminal(breach.message) + "\n") }
    }
    for input in outcome.report.inputs {
      if let stopped = input.stoppedBy { StandardError.line(stopped.description) }
      for problem in input.problems { StandardError.line("\(input.path):\(problem.line): \(problem.message)") }
    }
    if let trouble = outcome.inputTrouble {
      StandardError.line("input problems beyond tolerance: \(trouble)")
      throw ExitStatus.dataError
    }
    if !outcome.digest.breaches.isEmpty { throw ExitStatus.thresholdBreached }
  }
}
