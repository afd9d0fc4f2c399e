import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

/// A file under ../shared/realdata (beside the repository, read at test time
/// only; see its PROVENANCE.md), or `nil` when that folder is not there.
private func realData(_ relativePath: String) -> String? {
  let path = TestSupport.repositoryRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/realdata").appendingPathComponent(relativePath).path
  return FileManager.default.fileExists(atPath: path) ? path : nil
}

private func mapped(_ mappingPath: String, _ input: String, sites: SiteDirectory = SiteDirectory())
  throws -> (contacts: [Contact], summary: InputSummary)
{
  let mapping = try ContactMapping(contentsOfFile: mappingPath)
  return ingestAll(input, options: IngestionOptions(sites: sites, mapping: mapping))
}

private func time(_ text: String) -> Timestamp? { Timestamp(iso8601: text) }

@Suite("Mapped readers")
struct MappedReaderTests {
  @Test("XML: records by path, attributes, nested values, filtered turns in document order, value maps, sites")
  func acmeDeskXML() throws {
    let (contacts, summary) = try mapped(
      TestSupport.fixture("mapping/acme-desk.yaml"), TestSupport.fixture("mapping/acme-desk.xml"))
    #expect(summary.format == .mapping)
    #expect(summary.stoppedBy == nil)
    #expect(summary.records == 5 && summary.accepted == 3 && summary.rejected == 2)
    #expect(summary.problems == [
      IngestionProblem(
        line: 33, message: "opened_at '13/02/2025 10:00' is not a date-time (ISO 8601, or numeric month-first as date_order says)"),
      IngestionProblem(line: 37, message: "the record has no contact_id"),
    ])
    #expect(summary.notes.contains { $0.hasPrefix("read with the mapping file ") && $0.hasSuffix("acme-desk.yaml") })
    #expect(summary.notes.contains(
      "status values read as unknown: 'Escalated to engineering' (map them under values: status: in the mapping file)"))

    let first = try #require(contacts.first)
    #expect(first == Contact(
      id: "AC-1001", provider: "Acme Broadband", site: "Manila Team", sourcing: .outsourced, channel: "call",
      customerID: "C-100", agentID: "B-3", category: "no internet",
      openedAt: time("2025-03-01T09:05:00Z"), closedAt: time("2025-03-01T09:20:00Z"), status: .resolved,
      handleSeconds: 330,
      turns: [
        Turn(speaker: .agent, text: "Please restart your router and wait two minutes."),
        Turn(speaker: .customer, text: "I did that already, it is still not working."),
        Turn(speaker: .agent, text: "I have reset your line from here."),
      ]))
    #expect(contacts[1].id == "AC-1002")
    #expect(contacts[1].channel == "email")
    #expect(contacts[1].status == .pending)
    #expect(contacts[1].sourcing == .inHouse)
    #expect(contacts[1].openedAt == time("2025-03-02T14:00:00Z"))
    #expect(contacts[1].turns.map(\.speaker) == [.customer, .agent])
    #expect(contacts[2].id == "AC-1005")
    #expect(contacts[2].channel == "chat")
    #expect(contacts[2].status == .unknown)
    #expect(contacts[2].sourcing == .unknown)
  }

  @Test("JSON: records in a wrapping array, nested paths, filtered turns in document order, numbers as written")
  func zammadJSON() throws {
    let (contacts, summary) = try mapped(
      TestSupport.fixture("mapping/zammad-tickets.yaml"), TestSupport.fixture("mapping/zammad-tickets.json"))
    #expect(summary.format == .mapping)
    #expect(summary.stoppedBy == nil)
    #expect(summary.records == 5 && summary.accepted == 3 && summary.rejected == 2)
    #expect(summary.problems == [
      IngestionProblem(
        line: 138, message: "opened_at 'yesterday' is not a date-time (ISO 8601, or numeric day-first as date_order says)"),
      IngestionProblem(line: 150, message: "the record has no contact_id"),
    ])
    #expect(summary.notes.contains { $0.hasPrefix("read with the mapping file ") && $0.hasSuffix("zammad-tickets.yaml") })
    #expect(summary.notes.contains(
      "status values read as unknown: 'merged' (map them under values: status: in the mapping file)"))

    let first = try #require(contacts.first)
    // The internal note (article 504) is left out; the automatic reply is a system turn.
    #expect(first == Contact(
      id: "31001", provider: "Northwind Fibre", site: "Manila Partner Desk", sourcing: .outsourced, channel: "call",
      customerID: "12", agentID: "joel.tan", category: "no internet",
      openedAt: time("2025-03-01T09:05:11Z"), closedAt: time("2025-03-01T09:31:40Z"),
      updatedAt: time("2025-03-01T09:31:40Z"), status: .closed,
      turns: [
        Turn(speaker: .customer, text: "My internet has been down since this morning, the light on the box is red."),
        Turn(speaker: .system, text: "We have received your request 31001 and will answer shortly."),
        Turn(speaker: .agent, text: "Please switch the box off, wait thirty seconds and switch it on again."),
        Turn(speaker: .agent, text: "A technician fixed the cabinet, your line should be back now."),
        Turn(speaker: .customer, text: "Yes, it works again. Thank you."),
      ]))
    #expect(contacts[1].id == "31002")
    #expect(contacts[1].channel == "email")
    #expect(contacts[1].status == .pending)
    #expect(contacts[1].sourcing == .inHouse)
    #expect(contacts[1].closedAt == nil)
    #expect(contacts[1].turns.map(\.speaker) == [.customer, .agent])
    #expect(contacts[2].id == "31005")
    #expect(contacts[2].customerID == "C-16")
    #expect(contacts[2].agentID == nil)
    #expect(contacts[2].status == .unknown)
    #expect(contacts[2].sourcing == .unknown)
    #expect(contacts[2].turns == [Turn(speaker: .customer, text: "My speed drops every evening after seven.")])

    // Detection does not stand in the way: without the mapping, the same file is refused, pointing at one.
    let unmapped = ingestAll(TestSupport.fixture("mapping/zammad-tickets.json")).summary
    #expect(unmapped.format == nil)
    #expect(unmapped.stoppedBy?.description.hasSuffix("describe its records with a mapping file (--mapping FILE, format: json; docs/formats.md)") == true)
  }

  @Test("JSON without a record path: an array, JSON Lines and values one after another read alike")
  func unwrappedJSON() throws {
    let mappingPath = try TestSupport.temporaryFile(
      "format: json\nrow_ids: true\nfields:\n  customer_id: requester.id\n  escalated: flags.escalated\n"
        + "  csat: rating\nturns:\n  - customer: messages[from_agent=false].text\n"
        + "  - agent: messages[from_agent=true].text\n", name: "chat.yaml")
    let record = #"{"requester": {"id": 7}, "flags": {"escalated": true}, "rating": 4.5, "messages": [{"from_agent": false, "text": "Hi"}, {"from_agent": true, "text": "Hello"}]}"#
    let layouts = [
      "[\n" + record + ",\n" + record + "\n]\n",
      record + "\n" + record + "\n",
      record.replacing(", ", with: ",\n") + "\n" + record + "\n",
    ]
    for (index, text) in layouts.enumerated() {
      let input = try TestSupport.temporaryFile(text, name: "chats-\(index).json")
      let (contacts, summary) = try mapped(mappingPath, input)
      #expect(summary.accepted == 2 && summary.rejected == 0, "layout \(index)")
      let first = try #require(contacts.first)
      #expect(first.customerID == "7")
      #expect(first.escalated == true)
      #expect(first.csat == 4.5)
      #expect(first.turns == [Turn(speaker: .customer, text: "Hi"), Turn(speaker: .agent, text: "Hello")])
      #expect(contacts.map(\.id) == (index == 0 ? ["line 2", "line 3"] : index == 1 ? ["line 1", "line 2"] : ["line 1", "line 8"]))
    }
  }

  @Test("JSON: a record a path cannot be read in is rejected with its line and why, and the next is read")
  func jsonRecordRejected() throws {
    let mappingPath = try TestSupport.temporaryFile(
      "format: json\nfields:\n  contact_id: id\n  customer_id: requester\n  opened_at: created\n", name: "m.yaml")
    let input = try TestSupport.temporaryFile(
      #"{"id": 1, "requester": "ana", "created": "2025-03-01T10:00:00Z"}"# + "\n"
        + #"{"id": 2, "requester": {"id": 8}}"# + "\n"
        + #"{"id": 3, "requester": "lee", "created": "31/31/2025"}"# + "\n"
        + #"{"id": 4 "requester": "kim"}"# + "\n"
        + #"{"requester": "sam"}"# + "\n"
        + #"{"id": 6, "requester": "bo"}"# + "\n",
      name: "in.jsonl")
    let (contacts, summary) = try mapped(mappingPath, input)
    #expect(summary.records == 6 && summary.accepted == 2 && summary.rejected == 4)
    #expect(contacts.map(\.id) == ["1", "6"])
    #expect(contacts.first?.openedAt == time("2025-03-01T10:00:00Z"))
    #expect(summary.problems.map(\.line) == [2, 3, 4, 5])
    #expect(summary.problems[0].message
      == "'requester' holds an object, not a value: the mapping file should name one of its members (requester.KEY)")
    #expect(summary.problems[1].message.hasPrefix("opened_at '31/31/2025' is not a date-time"))
    #expect(summary.problems[2].message.hasPrefix("not well-formed JSON: "))
    #expect(summary.problems[3].message == "the record has no contact_id")
  }

  @Test("--sites fills in what the mapping's own sites leave unknown")
  func sitesOnTopOfMapping() throws {
    let sites = try SiteDirectory(contentsOfFile: TestSupport.fixture("sites/sites.yaml"))
    let (contacts, _) = try mapped(
      TestSupport.fixture("mapping/acme-desk.yaml"), TestSupport.fixture("mapping/acme-desk.xml"), sites: sites)
    #expect(contacts.map(\.sourcing) == [.outsourced, .inHouse, .outsourced])
  }

  @Test("CSV: the shipped Bitext example, numbered by line, one request and one reply per row")
  func bitextExample() throws {
    let root = TestSupport.repositoryRoot.appendingPathComponent("samples/mapping")
    let (contacts, summary) = try mapped(
      root.appendingPathComponent("bitext.yaml").path, root.appendingPathComponent("bitext-excerpt.csv").path)
    #expect(summary.stoppedBy == nil)
    #expect(summary.accepted == 18 && summary.rejected == 0)
    #expect(contacts.first?.id == "line 2")
    #expect(contacts.last?.id == "line 19")
    #expect(Set(contacts.map(\.category)) == [
      "cancel_order", "complaint", "contact_human_agent", "payment_issue", "recover_password", "track_refund",
    ])
    let first = try #require(contacts.first)
    #expect(first.provider == "Bitext sample shop")
    #expect(first.channel == "chat")
    #expect(first.turns == [
      Turn(speaker: .customer, text: "how can I cancel purchase 113542617735902?"),
      Turn(
        speaker: .agent,
        text: "We're sorry to hear you want to cancel your order. You can do this by going to your order details "
          + "and clicking the 'Cancel Order' button. If you need assistance, please contact our support team."),
    ])
  }

  @Test("Real: the whole Bitext sample files read with nothing rejected, multi-line replies kept",
        .enabled(if: realData("bitext") != nil))
  func bitextReal() throws {
    let mapping = TestSupport.repositoryRoot.appendingPathComponent("samples/mapping/bitext.yaml").path
    let full = try mapped(mapping, try #require(realData(
      "bitext/2023-08-07_a6d32657/Bitext_Sample_Customer_Support_Training_Dataset.csv")))
    #expect(full.summary.accepted == 6480 && full.summary.rejected == 0 && full.summary.stoppedBy == nil)
    // One canned reply per intent: 27 distinct replies for 6,480 requests.
    #expect(Set(full.contacts.compactMap { $0.turns.last?.text }).count == 27)
    let truncated = try mapped(mapping, try #require(realData(
      "bitext/2023-08-18_8b6ca3d9_truncated/Bitext_Sample_Customer_Support_Training_Dataset.csv")))
    #expect(truncated.summary.accepted == 2585 && truncated.summary.rejected == 0)
    #expect(truncated.contacts.filter { $0.turns.last?.text.contains("\n") == true }.count == 1878)
  }

  @Test("Real: the FCC complaints about Comcast read with nothing rejected",
        .enabled(if: realData("comcast-fcc-complaints") != nil))
  func comcastReal() throws {
    let (contacts, summary) = try mapped(
      TestSupport.fixture("mapping/comcast-fcc.yaml"),
      try #require(realData("comcast-fcc-complaints/Comcast_telecom_complaints_data.csv")))
    #expect(summary.stoppedBy == nil)
    #expect(summary.accepted == 2224 && summary.rejected == 0)
    #expect(summary.notes.count == 1)  // only "read with the mapping file …": the BOM is UTF-8
    let first = try #require(contacts.first)
    #expect(first == Contact(
      id: "250635", provider: "Comcast", site: "Maryland", channel: "call",
      openedAt: time("2015-04-22T15:53:50Z"), status: .closed,
      turns: [Turn(speaker: .customer, text: "Comcast Cable Internet Speeds")]))
    let statuses = Dictionary(grouping: contacts, by: \.status).mapValues(\.count)
    #expect(statuses == [.resolved: 973, .closed: 734, .open: 363, .pending: 154])
    #expect(contacts.filter { $0.channel == "web" }.count == 1105)
    #expect(contacts.allSatisfy { $0.openedAt != nil })
  }

  @Test("CSV without a header: columns by number, another delimiter, ragged rows")
  func headerless() throws {
    let mappingPath = try TestSupport.temporaryFile(
      "format: csv\ndelimiter: ';'\nheader: false\ndate_order: month-first\nfields:\n  contact_id: 1\n"
        + "  opened_at: [2, 3]\n  customer_id: 4\n  handle_seconds: 5\n", name: "cdr.yaml")
    let input = try TestSupport.temporaryFile(
      "c1;03/04/2025;8:00 PM;+15550100;95\nc2;03/05/2025;9:30;+15550101\nc3;13/05/2025;9:30;+1;1\n", name: "cdr.txt")
    let (contacts, summary) = try mapped(mappingPath, input)
    #expect(summary.accepted == 2 && summary.rejected == 1)
    #expect(summary.problems.first?.line == 3)
    #expect(contacts[0].openedAt == time("2025-03-04T20:00:00Z"))
    #expect(contacts[0].handleSeconds == 95)
    #expect(contacts[1].customerID == "+15550101")
    #expect(contacts[1].handleSeconds == nil)
  }

  @Test("A column the header lacks stops the input, naming it and the mapping")
  func missingColumn() throws {
    let mappingPath = try TestSupport.temporaryFile("format: csv\nfields:\n  contact_id: Ticket\n", name: "m.yaml")
    let input = try TestSupport.temporaryFile("Id,Status\n1,Open\n", name: "in.csv")
    let (_, summary) = try mapped(mappingPath, input)
    #expect(summary.stoppedBy == .missingMappedColumn(path: input, column: "Ticket", mapping: mappingPath))
    #expect(summary.stoppedBy?.description
      == "\(input):1: the header has no 'Ticket' column, which the mapping file \(mappingPath) names")
  }

  @Test("The mapping overrides detection, and Windows-1252 inputs are decoded for it too")
  func overridesDetection() throws {
    let mappingPath = try TestSupport.temporaryFile(
      "format: csv\nprovider: Mapped\nfields:\n  contact_id: contact_id\n  site: site\n", name: "m.yaml")
    let (contacts, summary) = try mapped(mappingPath, TestSupport.fixture("encoding/windows-1252.csv"))
    #expect(summary.format == .mapping)
    #expect(summary.notes.contains("read as Windows-1252 (the content is not UTF-8)"))
    #expect(contacts.map(\.provider) == ["Mapped", "Mapped"])
    #expect(contacts.first?.site == "Montréal")
    #expect(contacts.first?.turns.isEmpty == true)
  }

  @Test("Provider: a provider column, else the mapping's constant, else --provider")
  func providerPrecedence() throws {
    let input = try TestSupport.temporaryFile("Id,Company\n1,Northwind\n2,\n", name: "in.csv")
    func providers(_ yaml: String, flag: String?) throws -> [String] {
      let mapping = try ContactMapping(yaml: yaml, file: "m.yaml")
      return ingestAll(input, options: IngestionOptions(defaultProvider: flag, mapping: mapping)).contacts.map(\.provider)
    }
    let withColumn = "format: csv\nprovider: Constant\nfields:\n  contact_id: Id\n  provider: Company\n"
    #expect(try providers(withColumn, flag: "Flag") == ["Northwind", "Constant"])
    let plain = "format: csv\nfields:\n  contact_id: Id\n"
    #expect(try providers(plain, flag: "Flag") == ["Flag", "Flag"])
    #expect(try providers(plain, flag: nil) == [Contact.unspecifiedProvider, Contact.unspecifiedProvider])
  }

  @Test("Naming the mapping format without a mapping stops the input")
  func mappingRequired() throws {
    let (_, summary) = ingestAll(TestSupport.fixture("mapping/acme-desk.xml"), format: .mapping)
    #expect(summary.stoppedBy == .mappingRequired(path: TestSupport.fixture("mapping/acme-desk.xml")))
  }

  @Test("A record path that matches nothing is noted")
  func noRecords() throws {
    let mappingPath = try TestSupport.temporaryFile(
      "format: xml\nrecord: export/ticket\nfields:\n  contact_id: '@number'\n", name: "m.yaml")
    let (_, summary) = try mapped(mappingPath, TestSupport.fixture("mapping/acme-desk.xml"))
    #expect(summary.records == 0)
    #expect(summary.notes.contains("no element matched the mapping's record path export/ticket"))
  }

  @Test("Numeric dates with a two-digit year, either order")
  func twoDigitYears() {
    #expect(Timestamp(exportText: "22-04-15 3:53:50 PM", order: .dayFirst) == time("2015-04-22T15:53:50Z"))
    #expect(Timestamp(exportText: "04/22/15", order: .monthFirst) == time("2015-04-22T00:00:00Z"))
    #expect(Timestamp(exportText: "01/02/99", order: .dayFirst) == time("1999-02-01T00:00:00Z"))
    #expect(Timestamp(exportText: "22-04-150", order: .dayFirst) == nil)
  }
}
