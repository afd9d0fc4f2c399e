import ArgumentParser
import CallAuditHistory
import CallAuditModel
import CallAuditReporting

/// `callaudit audit --config audit.yml`: the nightly run for cron.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Ingest new exports into the history, report on the window, and check the thresholds.",
    discussion: """
      Made for cron (see docs/cron.md): silent when every threshold is met, one line \
      per breach otherwise (a broken threshold, an input pattern that matches no file, \
      an export that did not arrive within 'expect'). Files already in the history \
      (same content) are skipped, so running again is safe.

      Exit status: 0 all thresholds met; 1 a breach; 64 bad arguments; \
      65 input problems beyond the configured tolerance, or a damaged history; \
      73 the history or a report could not be created or written; 74 a report could \
      not be written to its end; 75 another audit holds the database; 78 the \
      configuration is wrong.

      Example:
        callaudit audit --config /etc/callaudit/audit.yml
      """
  )

  @OptionGroup var configurationFile: AuditConfigurationOption

  @Flag(help: "Print the run summary and trend even when all is well.")
  var verbose = false

  func run() throws {
    let configuration = try configurationFile.load()
    let outcome = try AuditRunner(configuration: configuration).run()
    for remark in outcome.remarks { StandardError.say(Diagnostic(.note, sentence: remark)) }
    try AuditReports.write(outcome, to: configuration.reports)
    if verbose {
      try StandardOutput.write(AuditDigestRenderer().text(outcome.digest))
      for note in outcome.notes { try StandardOutput.write("  \(UntrustedText.forTerminal(note))\n") }
    } else {
      // Cron mails whatever is printed: breaches only.
      for breach in outcome.digest.breaches { try StandardOutput.write(UntrustedText.forTerminal(breach.message) + "\n") }
    }
    for refused in outcome.refused { StandardError.say(Diagnostic(.warning, sentence: refused.description)) }
    for input in outcome.report.inputs {
      if let stopped = input.stoppedBy { StandardError.say(Diagnostic(sentence: AuditAdvice.sentence(stopped))) }
      for problem in input.problems {
        StandardError.say(Diagnostic(.warning, file: input.path, line: problem.line, sentence: problem.message))
      }
    }
    if let trouble = outcome.inputTrouble {
      throw CommandFailure(.dataError, Diagnostic(sentence: "input problems beyond tolerance: \(trouble)"))
    }
    if !outcome.digest.breaches.isEmpty { throw ExitStatus.thresholdBreached }
  }
}
