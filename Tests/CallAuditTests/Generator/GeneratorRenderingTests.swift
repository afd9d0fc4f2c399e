import CallAuditIngestion
import ContactGenerator
import Testing

@Suite("Generator rendering")
struct GeneratorRenderingTests {
  private let sample = Array(GeneratorSamples.standard.prefix(3000))

  /// Records in CSV text: line breaks outside quoted fields.
  private func csvRecordCount(_ text: String) -> Int {
    var inQuotes = false, records = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
      if byte == 10, !inQuotes { records += 1 }
    }
    return records
  }

  @Test("canonical CSV: the writer's header and one record per contact")
  func canonicalCSV() {
    let writer = CanonicalWriter(format: .csv)
    let text = writer.header + sample.map { writer.render($0.contact) }.joined() + writer.footer
    #expect(text.hasPrefix("contact_id,provider,site,sourcing,channel,customer_id,agent_id,category,"))
    #expect(text.hasPrefix(writer.header))
    #expect(csvRecordCount(text) == sample.count + 1)
    #expect(text.contains("\"\""))  // a quote inside a quoted field
  }

  @Test("canonical XML: the writer's header and footer and one element per contact")
  func canonicalXML() {
    let writer = CanonicalWriter(format: .xml)
    let text = writer.header + sample.map { writer.render($0.contact) }.joined() + writer.footer
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<contacts>\n"))
    #expect(text.hasSuffix("</contacts>\n"))
    #expect(text.ranges(of: "<contact ").count == sample.count)
  }

  @Test("labels CSV: header, one line per contact, flags as true/false")
  func labelsCSV() {
    let writer = LabelsCSVWriter()
    #expect(writer.header == "contact_id,provider,sourcing,category,scripted,unresolved,churn_risk,flagged,lost\n")
    let rows = sample.map(writer.render)
    #expect(rows.allSatisfy { $0.hasSuffix("\n") && $0.filter { $0 == "\n" }.count == 1 })
    let first = sample[0]
    let expected = [
      first.contact.id, first.contact.provider, first.contact.sourcing.rawValue, first.contact.category ?? "",
      "\(first.truth.scripted)", "\(first.truth.unresolved)", "\(first.truth.churnRisk)",
      "\(first.truth.flagged)", "\(first.truth.lost)",
    ].joined(separator: ",") + "\n"
    #expect(rows[0] == expected)
  }

  @Test("labels CSV quotes awkward provider names")
  func labelsQuoting() throws {
    let provider = ProviderSpec(
      name: "Acme, \"Fast\" Net", scenario: .neutral,
      sites: [SiteSpec("Home", .inHouse), SiteSpec("Away", .outsourced)])
    let generator = try SampleGenerator(configuration: GeneratorConfiguration(contacts: 1, providers: [provider]))
    let labeled = try #require(generator.first { _ in true })
    #expect(LabelsCSVWriter().render(labeled).contains(",\"Acme, \"\"Fast\"\" Net\","))
  }

  @Test("invalid configurations are refused", arguments: [
    GeneratorConfiguration(contacts: -1),
    GeneratorConfiguration(providers: []),
    GeneratorConfiguration(spanDays: 0),
    GeneratorConfiguration(providers: [ProviderSpec(name: "X", scenario: .hurting, sites: [SiteSpec("A", .inHouse)])]),
    GeneratorConfiguration(providers: [ProviderSpec(name: "X", scenario: .neutral, sites: [SiteSpec("B", .outsourced)])]),
    GeneratorConfiguration(providers: [ProviderSpec(name: "X", scenario: .noOutsourcing, share: 0, sites: [SiteSpec("A", .inHouse)])]),
    GeneratorConfiguration(channelMix: ChannelMix(call: 0, chat: 0, email: 0)),
  ])
  func invalidConfigurations(configuration: GeneratorConfiguration) {
    #expect(throws: GeneratorConfigurationError.self) { try SampleGenerator(configuration: configuration) }
  }
}
