import ArgumentParser
import CallAuditMetrics
import CallAuditModel
import CallAuditReporting
import CallAuditSystem

/// The formats a command can write its report in.
protocol OutputFormat: ExpressibleByArgument, CaseIterable, RawRepresentable, Sendable where RawValue == String {
  /// The default, for a terminal.
  static var text: Self { get }
  /// The same format among every report format.
  var report: ReportFormat { get }
}

/// The report formats of `analyze` (and `shard merge`).
enum ReportFormat: String, OutputFormat {
  case text, json, markdown, html, csv

  var report: ReportFormat { self }
}

/// The formats of `compare`'s ranking: no CSV, as it lists no flagged contacts.
enum RankingFormat: String, OutputFormat {
  case text, json, markdown, html

  var report: ReportFormat {
    switch self {
    case .text: .text
    case .json: .json
    case .markdown: .markdown
    case .html: .html
    }
  }
}

/// Where and how the report is written, in one of `Format`'s formats.
struct ReportOptions<Format: OutputFormat>: ParsableArguments {
  @Option(help: "Report format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: Format = .text

  @Option(name: [.short, .long], help: "Write the report to this file instead of standard output (a file is replaced whole; a device or pipe is written into).")
  var output: String?

  @Flag(help: "Print nothing but errors on standard error.")
  var quiet = false

  @Flag(
    name: .customLong("no-redact"),
    help: "Show quoted text as exported; by default e-mail addresses, phone, card and account numbers, IP and street addresses are replaced by [email], [phone], … (docs/privacy.md).")
  var noRedact = false


  /// The most flagged contacts the chosen format quotes; JSON and CSV list them all.
  /// Measuring keeps no more than this, so a run that flags millions of contacts
  /// holds a handful of them (the total is still counted).
  var flaggedShown: Int? {
    switch format.report {
    case .text: TextReportRenderer.flaggedShown
    case .markdown: MarkdownReportRenderer.flaggedShown
    case .html: HTMLReportRenderer.flaggedShown
    case .json, .csv: nil
    }
  }

  /// The report as shown: redacted unless `--no-redact`, its flagged contacts on up to
  /// `jobs` threads.
  func shown(_ report: AnalysisReport, jobs: Int) -> AnalysisReport {
    noRedact ? report : report.redacted(jobs: jobs)
  }

  /// Renders the report in the chosen format.
  func rendered(_ report: AnalysisReport) -> String {
    switch format.report {
    case .text:
      let toTerminal = output == nil
      return TextReportRenderer(
        colour: toTerminal && Terminal.colourOnStandardOutput, width: toTerminal ? Terminal.width : nil
      ).render(report)
    case .json: return JSONReportRenderer().render(report)
    case .markdown: return MarkdownReportRenderer().render(report)
    case .html: return HTMLReportRenderer().render(report)
    case .csv: return FlaggedCSVRenderer().render(report)
    }
  }

  /// Renders and writes the report (JSON's flagged contacts on up to `jobs` threads), then
  /// warns about inputs with problems.
  func emit(_ report: AnalysisReport, jobs: Int) throws {
    // JSON and CSV are streamed: they list every flagged contact, which a large run
    // holds in its temporary file, not in memory.
    switch format.report {
    case .json:
      try stream { writer throws(OutputError) in
        try JSONReportRenderer(jobs: jobs).render(report, bytes: { bytes throws(OutputError) in try writer.write(bytes) })
      }
    case .csv:
      try stream { writer throws(OutputError) in
        try FlaggedCSVRenderer().render(report, to: { text throws(OutputError) in try writer.write(text) })
      }
    default:
      try write(rendered(report))
    }
    warn(report)
  }

  /// Writes finished report text to `--output` or standard output.
  func write(_ text: String) throws {
    if let output {
      try OutputFile.write(text, to: output)
    } else {
      try StandardOutput.write(text)
    }
  }

  /// Writes a report produced piece by piece to `--output` or standard output.
  private func stream(_ produce: (OutputWriter) throws(OutputError) -> Void) throws {
    let writer = try OutputWriter(path: output ?? "-")
    try produce(writer)
    try writer.commit()
  }

  /// One line per input that stopped (always), or that was skipped or rejected
  /// records (unless quiet); and one when no input held anything to read.
  func warn(_ report: AnalysisReport) {
    for input in report.inputs {
      if let stop = input.stoppedBy { StandardError.say(stop.diagnostic) }
      if !quiet, let reason = input.skipped { StandardError.say(Diagnostic(.note, file: input.path, sentence: "skipped: \(reason)")) }
      if !quiet, input.rejected > 0, let first = input.problems.first {
        StandardError.say(
          Diagnostic(
            .warning, file: input.path,
            sentence: "\(input.rejected) of \(input.records) records rejected; first at line \(first.line): \(first.message)"))
      }
    }
    if InputOutcome.everyInputSkipped(report) {
      StandardError.say(
        Diagnostic(sentence: "nothing was read: every input was skipped as no export (the report's inputs say why)"))
    }
  }
}

/// `--contacts-out FILE`: every contact's measures, for the commands whose
/// analysis can keep them (not `shard merge`: its shards keep none).
struct ContactsOutOption: ParsableArguments {
  @Option(name: .customLong("contacts-out"), help: "Also write every contact's measures to this CSV file.")
  var contactsOut: String?


  /// Writes the measures `report` kept (it keeps them when the configuration
  /// asked, see ``AnalysisConfiguration/keepContactMeasures``).
  func write(_ report: AnalysisReport) throws {
    guard let contactsOut else { return }
    // A configuration that asked for measures always gets them; none is a bug upstream.
    let measures = report.contactMeasures ?? []
    let writer = try OutputWriter(path: contactsOut)
    let renderer = ContactsCSVRenderer(pivotColumns: !report.configuration.breakdown.isEmpty)
    try writer.write(renderer.header)
    for measure in measures { try writer.write(renderer.render(measure)) }
    try writer.commit()
  }
}

/// `--flagged-limit N`, for the commands that list flagged contacts (and every
/// shard stage, so one option list serves a distributed run).
struct FlaggedLimitOption: ParsableArguments {
  @Option(name: .customLong("flagged-limit"), help: "List at most this many flagged contacts (JSON and CSV list all by default; text, Markdown and HTML quote at most 5, 10 and 50, and keep no more).")
  var flaggedLimit: Int?


  func validate() throws {
    if let flaggedLimit, flaggedLimit < 0 { throw ValidationError("--flagged-limit must be 0 or more.") }
  }
}

/// Turns what happened to the inputs into the exit status.
struct InputOutcome {
  var report: AnalysisReport
  var strict: Bool

  var status: ExitStatus {
    let stops = report.inputs.compactMap(\.stoppedBy)
    if stops.contains(where: \.isUnreadable) { return .noInput }
    if !stops.isEmpty || Self.everyInputSkipped(report) { return .dataError }
    if strict, report.rejectedRecords > 0 { return .dataError }
    return .success
  }

  /// Whether inputs were named but every one was skipped as no export.
  static func everyInputSkipped(_ report: AnalysisReport) -> Bool {
    !report.inputs.isEmpty && report.inputs.allSatisfy { $0.skipped != nil }
  }
}
