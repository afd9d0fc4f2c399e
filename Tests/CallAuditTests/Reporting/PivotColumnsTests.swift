import CallAuditModel
import ContactGenerator
import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

/// The CSV outputs' pivot columns — site, team, agent, week — with `--by` (issue 23 item 6).
@Suite("CSV pivot columns")
struct PivotColumnsTests {
  private static func report(by: [BreakdownDimension], jobs: Int = 1) throws -> (AnalysisReport, [LabeledContact]) {
    var configuration = AnalysisConfiguration(keepContactMeasures: true)
    configuration.breakdown = by
    var analyzer = ContactAnalyzer(configuration: configuration)
    let generator = try SampleGenerator(
      configuration: GeneratorConfiguration(seed: 11, contacts: 1_500, providers: [ProviderSpec.splitSites]))
    let labeled = Array(generator)
    for contact in labeled { analyzer.add(contact.contact) }
    return (analyzer.finish(inputs: [], jobs: jobs), labeled)
  }

  /// The four pivot cells `contact` should carry, from the generated export.
  private static func expected(_ contact: Contact) -> String {
    let week = (contact.openedAt ?? contact.closedAt).map {
      BreakdownDimension.periodLabel(BreakdownDimension.week.period($0.secondsSinceEpoch), week: true)
    }
    let agent = contact.agentID.map { BreakdownReport.pseudonym(agent: StableHash.of($0)) }
    return [contact.site ?? "", contact.team ?? "", agent ?? "", week ?? ""].map(CSVField.quoted).joined(separator: ",")
  }

  @Test("With --by, every contacts-CSV and flagged-CSV row ends with the contact's site, team, agent and week")
  func columns() throws {
    let (report, labeled) = try Self.report(by: [.site], jobs: 2)
    let byID = Dictionary(uniqueKeysWithValues: labeled.map { ($0.contact.id, $0.contact) })
    let contacts = ContactsCSVRenderer(pivotColumns: true)
    #expect(contacts.header.hasSuffix(",outcome,site,team,agent,week\n"))
    let measures = try #require(report.contactMeasures)
    #expect(measures.count == labeled.count)
    for measure in measures {
      let contact = try #require(byID[measure.contactID])
      #expect(contacts.render(measure).hasSuffix("," + Self.expected(contact) + "\n"))
    }
    let flagged = FlaggedCSVRenderer().render(report)
    let lines = flagged.split(separator: "\n", omittingEmptySubsequences: true)
    let header = "contact_id,provider,sourcing,category,reasons,script_score,lost,repeat_contact_id,"
      + "script_lines,customer_words,churn_words,site,team,agent,week"
    #expect(lines.first.map(String.init) == header)
    #expect(!report.flagged.isEmpty)
    for contact in report.flagged {
      let generated = try #require(byID[contact.measure.contactID])
      #expect(flagged.contains("," + Self.expected(generated) + "\n"))
    }
  }

  @Test("Without --by, the CSV outputs have no pivot columns and the measures carry none")
  func unasked() throws {
    let (report, _) = try Self.report(by: [])
    #expect(report.contactMeasures?.allSatisfy { $0.pivot == nil } == true)
    #expect(ContactsCSVRenderer().header.hasSuffix(",outcome\n"))
    #expect(FlaggedCSVRenderer().render(report).hasPrefix(
      "contact_id,provider,sourcing,category,reasons,script_score,lost,repeat_contact_id,script_lines,customer_words,churn_words\n"))
  }
}
