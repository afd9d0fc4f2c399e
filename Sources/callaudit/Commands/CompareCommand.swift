import ArgumentParser
import CallAuditMetrics
import CallAuditReporting

/// `callaudit compare FILE…`: rank providers by customer harm, for someone choosing one.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Rank the providers in the inputs by how often customers end scripted and unresolved.",
    discussion: """
      Providers are ranked by the scripted-and-unresolved rate, then repeat contacts \
      and churn risk. Providers the data cannot tell apart (the 95% interval of their \
      difference includes 0) share a rank rather than being ordered by noise; a \
      provider with fewer than 30 contacts with agent text is listed, not ranked.

      Name the provider of an export that names none with --provider NAME=PATH, \
      one input (or folder) each, so two exports of one helpdesk compare as two \
      providers. The --only-… options, --since and --until choose which contacts \
      are measured (docs/metrics.md, "Filters").

      Examples:
        callaudit compare samples/contacts.csv
        callaudit compare isp-a.xml isp-b.csv --format json
        callaudit compare --provider Northwind=nw.json --provider Contoso=contoso/ nw.json contoso/
        callaudit compare isp-a.xml isp-b.csv --only-channel call --since 2025-03-01
      """
  )

  @Argument(help: "Export files or directories (every file under them) to read; `-` reads standard input.")
  var inputs: [String]

  @OptionGroup var report: ReportOptions<RankingFormat>
  @OptionGroup var contacts: ContactsOutOption
  @OptionGroup var reading: ReadingOptions
  @OptionGroup var selection: InputSelection
  @OptionGroup var filters: FilterOptions
  @OptionGroup var breakdown: BreakdownOptions

  func validate() throws {
    guard !inputs.isEmpty else { throw ValidationError("Name at least one input file, or - for standard input.") }
    try reading.checkInputProviders(against: inputs)
  }

  /// The settings of this run: no flagged contact is kept, as the ranking lists none.
  func configuration() throws -> AnalysisConfiguration {
    var configuration = try reading.analysisConfiguration(flaggedLimit: 0)
    configuration.keepContactMeasures = contacts.contactsOut != nil
    configuration.filter = try filters.filter()
    return breakdown.applied(to: configuration)
  }

  func run() throws {
    let analysis = report.shown(
      try reading.analyse(inputs, excluding: selection.exclude, configuration: try configuration(), quiet: report.quiet),
      jobs: reading.jobs)
    let ranking = ProviderRanking(analysis)
    let renderer = RankingRenderer()
    switch report.format {
    case .text: try report.write(renderer.text(ranking, report: analysis))
    case .json: try report.write(renderer.json(ranking, report: analysis))
    case .markdown: try report.write(renderer.markdown(ranking, report: analysis))
    case .html: try report.write(HTMLReportRenderer().render(ranking: ranking, report: analysis))
    }
    try contacts.write(analysis)
    report.warn(analysis)
    throw InputOutcome(report: analysis, strict: reading.strict).status
  }
}
