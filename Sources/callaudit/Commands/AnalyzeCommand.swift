import ArgumentParser
import CallAuditMetrics
import CallAuditReporting

/// `callaudit analyze FILE…`: one report over all inputs.
struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Analyse support exports and report per provider and sourcing group.",
    discussion: """
      Reads every export format `callaudit formats` lists, plain or gzip, or \
      standard input for `-`. The format is detected from the content; any other \
      CSV, XML or JSON is read with a mapping file (--mapping). Text may be UTF-8 or \
      Windows-1252; bytes that are not valid UTF-8 are replaced and reported. CSV \
      may use , ; tab or | (the header line shows which) and dates as Excel \
      writes them, day or month first as the values show.

      In a folder, files that are no export (notes, lock files, thumbnail caches, \
      callaudit's own outputs, copies of another input), hidden names, FIFOs, \
      sockets and devices are skipped, each with one note; --exclude leaves out more.

      Examples:
        callaudit analyze samples/contacts.csv
        callaudit analyze exports/            # every file under it, each format detected
        callaudit analyze exports/ --exclude '*.bak' --exclude 'archive'
        callaudit analyze excel.csv --date-order mdy   # 03/05/2025 is 5 March
        callaudit analyze samples/*.xml --format json --output report.json
        zcat export.csv.gz | callaudit analyze - --input-format csv
        callaudit analyze complaints.csv --mapping complaints.yaml
        callaudit analyze tickets.csv --sites sites.yaml
        callaudit analyze tickets.csv --by site --by week   # a verdict per site too
        callaudit analyze exports/ --only-site Manila --since 2025-03-01 --until 2025-03-31
      """,
    aliases: ["analyse"]
  )

  @Argument(help: "Export files or directories (every file under them) to read; `-` reads standard input.")
  var inputs: [String]

  @OptionGroup var report: ReportOptions<ReportFormat>
  @OptionGroup var contacts: ContactsOutOption
  @OptionGroup var listing: FlaggedLimitOption
  @OptionGroup var reading: ReadingOptions
  @OptionGroup var selection: InputSelection
  @OptionGroup var breakdown: BreakdownOptions
  @OptionGroup var filters: FilterOptions

  func validate() throws {
    guard !inputs.isEmpty else { throw ValidationError("Name at least one input file, or - for standard input.") }
    try reading.checkInputProviders(against: inputs)
    if inputs.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("Standard input (-) can be read only once.")
    }
  }

  /// The settings of this run.
  func configuration() throws -> AnalysisConfiguration {
    let limit = [listing.flaggedLimit, report.flaggedShown].compactMap { $0 }.min()
    var configuration = try reading.analysisConfiguration(flaggedLimit: limit)
    configuration.keepContactMeasures = contacts.contactsOut != nil
    configuration.filter = try filters.filter()
    return breakdown.applied(to: configuration)
  }

  func run() throws {
    let analysis = report.shown(
      try reading.analyse(inputs, excluding: selection.exclude, configuration: try configuration(), quiet: report.quiet),
      jobs: reading.jobs)
    try report.emit(analysis, jobs: reading.jobs)
    try contacts.write(analysis)
    throw InputOutcome(report: analysis, strict: reading.strict).status
  }
}
