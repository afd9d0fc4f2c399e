import ArgumentParser
import CallAudit

/// `callaudit analyze FILE…`: one report over all inputs.
struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Analyse support exports and report per provider and sourcing group.",
    discussion: """
      Reads canonical CSV or XML exports (see `callaudit formats`), plain or gzip, \
      or standard input for `-`. The format is detected from the content.

      Examples:
        callaudit analyze samples/contacts.csv
        callaudit analyze samples/*.xml --format json --output report.json
        zcat export.csv.gz | callaudit analyze - --input-format csv
      """
  )

  @Argument(help: "Export files to read; `-` reads standard input.")
  var inputs: [String]

  @OptionGroup var report: ReportOptions
  @OptionGroup var reading: ReadingOptions

  func validate() throws {
    guard !inputs.isEmpty else { throw ValidationError("Name at least one input file, or - for standard input.") }
    if inputs.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("Standard input (-) can be read only once.")
    }
  }

  func run() throws {
    var configuration = try reading.analysisConfiguration()
    configuration.keepContactMeasures = report.contactsOut != nil
    let analysis = try reading.analyse(inputs, configuration: configuration, quiet: report.quiet)
    try report.emit(analysis)
    throw InputOutcome(report: analysis, strict: reading.strict).exitCode
  }
}
