import Foundation
import Testing
@testable import CallAuditIngestion

@Suite("Mapping files")
struct MappingFileTests {
  @Test("The XML fixture's mapping reads as written")
  func acmeDesk() throws {
    let mapping = try ContactMapping(contentsOfFile: TestSupport.fixture("mapping/acme-desk.yaml"))
    #expect(mapping.layout == .xml(recordPath: ["export", "tickets", "ticket"]))
    #expect(mapping.provider == "Acme Broadband")
    #expect(mapping.dateOrder == .monthFirst)
    #expect(!mapping.rowIDs)
    #expect(mapping.fields.map(\.field.columnName) == [
      "contact_id", "channel", "opened_at", "closed_at", "status", "site", "customer_id", "agent_id",
      "category", "handle_seconds",
    ])
    #expect(mapping.fields[0].source.references == ["@number"])
    #expect(mapping.turns.map(\.speaker) == [.agent, .customer])
    #expect(mapping.mappedValue(" done ", for: .status) == "resolved")
    #expect(mapping.mappedValue("WEB", for: .channel) == "chat")
    #expect(mapping.sites["manila team"] == .outsourced)
    #expect(mapping.suppliesText && mapping.suppliesSourcing)
  }

  @Test("The JSON fixture's mapping reads as written")
  func zammadTickets() throws {
    let mapping = try ContactMapping(contentsOfFile: TestSupport.fixture("mapping/zammad-tickets.yaml"))
    #expect(mapping.layout == .json(recordsPath: ["tickets"]))
    #expect(mapping.provider == "Northwind Fibre")
    #expect(mapping.dateOrder == .dayFirst)
    #expect(mapping.fields.map(\.field.columnName) == [
      "contact_id", "channel", "opened_at", "closed_at", "updated_at", "status", "site", "customer_id", "agent_id",
      "category",
    ])
    #expect(mapping.turns.map(\.speaker) == [.customer, .agent, .system])
    #expect(mapping.turns[1].source.references == ["articles[sender=Agent][internal=false].body"])
    #expect(mapping.mappedValue("Pending Reminder", for: .status) == "pending")
    #expect(mapping.sites["manila partner desk"] == .outsourced)
    #expect(mapping.suppliesText && mapping.suppliesSourcing)
    let unwrapped = try ContactMapping(yaml: "format: json\nfields: {contact_id: id}\n", file: "m.yaml")
    #expect(unwrapped.layout == .json(recordsPath: []))
    let nested = try ContactMapping(yaml: "format: json\nrecord: data.tickets\nfields: {contact_id: id}\n", file: "m.yaml")
    #expect(nested.layout == .json(recordsPath: ["data", "tickets"]))
  }

  @Test("CSV defaults: comma, a header row, day-first dates")
  func csvDefaults() throws {
    let mapping = try ContactMapping(yaml: "format: csv\nfields:\n  contact_id: Id\n  opened_at: [Date, Time]\n", file: "m.yaml")
    #expect(mapping.layout == .csv(delimiter: UInt8(ascii: ","), header: true))
    #expect(mapping.dateOrder == .dayFirst)
    #expect(mapping.provider == nil)
    #expect(mapping.fields[1].source.references == ["Date", "Time"])
    #expect(!mapping.suppliesText && !mapping.suppliesSourcing)
    let tabs = try ContactMapping(yaml: "format: csv\ndelimiter: tab\nheader: false\nfields: {contact_id: 2}\n", file: "m.yaml")
    #expect(tabs.layout == .csv(delimiter: 9, header: false))
  }

  @Test("Every mistake is one sentence naming the file and line", arguments: [
    ("format: csv\nprovder: X\nfields:\n  contact_id: Id\n", 2,
     "unknown key 'provder' in the mapping file; expected format, delimiter, header, record, provider, date_order, row_ids, fields, turns, values or sites"),
    ("format: csv\nfields:\n  contact_id: Id\n  opend_at: Date\n", 4,
     "unknown key 'opend_at' in fields; expected a canonical field: contact_id, provider, site, sourcing, channel, customer_id, agent_id, category, opened_at, closed_at, updated_at, status, resolution, transfers, escalated, csat, handle_seconds, transcript or team"),
    ("fields:\n  contact_id: Id\n", 1, "the mapping file has no 'format' key (csv, xml or json)"),
    ("format: yaml\nfields:\n  contact_id: Id\n", 1, "format 'yaml' is not csv, xml or json"),
    ("format: xml\nfields:\n  contact_id: '@id'\n", 1,
     "an XML mapping needs 'record', the path of each record element from the root (e.g. tickets/ticket)"),
    ("format: csv\nrecord: a/b\nfields:\n  contact_id: Id\n", 2, "'record' applies to XML and JSON only; this mapping is for CSV"),
    ("format: xml\nrecord: a/b\ndelimiter: ';'\nfields:\n  contact_id: '@id'\n", 3, "'delimiter' applies to CSV only; this mapping is for XML"),
    ("format: csv\ndelimiter: ';;'\nfields:\n  contact_id: Id\n", 2,
     "delimiter must be one ASCII character other than a quote or line break, or 'tab'"),
    ("format: csv\nheader: false\nfields:\n  contact_id: Id\n", 4,
     "'Id' is not a column number; with header: false, columns are numbered from 1"),
    ("format: xml\nrecord: a/b\nfields:\n  contact_id: a//b\n", 4,
     "'a//b' is not a path such as status, customer/name, @id or caller/@number"),
    ("format: json\nheader: false\nfields:\n  contact_id: id\n", 2, "'header' applies to CSV only; this mapping is for JSON"),
    ("format: json\nrecords: tickets\nfields:\n  contact_id: id\n", 2,
     "unknown key 'records' in the mapping file; expected format, delimiter, header, record, provider, date_order, row_ids, fields, turns, values or sites"),
    ("format: json\nrecord: data..tickets\nfields:\n  contact_id: id\n", 2,
     "record 'data..tickets' is not a path of member names such as tickets or data.tickets"),
    ("format: json\nfields:\n  contact_id: id\n  customer_id: requester..id\n", 4,
     "'requester..id' is not a path such as status, requester.email or articles[sender=Customer].body"),
    ("format: json\nfields:\n  contact_id: id\nturns:\n  - agent: articles[sender].body\n", 5,
     "'articles[sender].body' is not a path such as status, requester.email or articles[sender=Customer].body"),
    ("format: csv\nfields:\n  category: Topic\n", 3,
     "no field is mapped to contact_id; map one, or set row_ids: true to number records by line"),
    ("format: csv\nrow_ids: yes\nfields:\n  contact_id: Id\n", 2, "row_ids: true cannot be used with a contact_id field"),
    ("format: csv\nfields:\n  contact_id: Id\n  transcript: Log\nturns:\n  - agent: Reply\n", 6,
     "turns cannot be used with a transcript field; use one or the other"),
    ("format: csv\nfields:\n  contact_id: Id\nvalues:\n  status:\n    Done: resolved\n", 5,
     "values are given for 'status', but no column is mapped to status under fields"),
    ("format: csv\nfields:\n  contact_id: Id\n  status: State\nvalues:\n  status:\n    Done: finished\n", 7,
     "'finished' is not a status; write open, pending, resolved, closed or unknown"),
    ("format: csv\nfields:\n  contact_id: Id\n  sourcing: Who\nvalues:\n  sourcing:\n    Partner: partner\n", 7,
     "sourcing 'partner' is not in-house, outsourced or unknown"),
    ("format: csv\nfields:\n  contact_id: Id\n  csat: Score\nvalues:\n  csat:\n    Great: five\n", 7,
     "csat 'five' is not a number"),
    ("format: csv\nfields:\n  contact_id: Id\nvalues:\n  mood:\n    Happy: 1\n", 5,
     "unknown key 'mood' in values; expected a mapped field such as status or sourcing"),
    ("format: csv\nfields:\n  contact_id: Id\nturns: Reply\n", 4,
     "turns must be a list of '- customer: COLUMN' or '- agent: COLUMN' items"),
    ("format: csv\nfields:\n  contact_id: Id\nturns:\n  - caller: Question\n", 5,
     "unknown key 'caller' in turns; expected agent, customer or system"),
    ("format: csv\nfields:\n  contact_id: Id\nturns:\n  - agent: A\n    customer: B\n", 5,
     "each turn names one speaker and its source, e.g. '- customer: Complaint'"),
    ("format: csv\ndate_order: week-first\nfields:\n  contact_id: Id\n", 2,
     "date_order 'week-first' is not day-first, month-first or year-first"),
    ("format: csv\nsites:\n  Manila: offshore\nfields:\n  contact_id: Id\n", 3,
     "'offshore' is not a sourcing; write in-house or outsourced"),
    ("format: csv\nfields:\n  contact_id: Id\n  contact_id: Key\n", 3, "the key 'contact_id' appears more than once in one mapping"),
    ("format: csv\nfields:\n  contact_id: [Id\n", 4,
     "the YAML is not well-formed: did not find expected ',' or ']' (while parsing a flow sequence)"),
    ("format: csv\nfields:\n  contact_id: {a: b}\n", 3, "field contact_id must be a value or a list of values, not a mapping"),
    ("format: csv\nfields: Id\n", 2, "fields must be a mapping of `key: value` lines"),
    ("format: csv\nprovider: ''\nfields:\n  contact_id: Id\n", 2, "provider is empty"),
  ])
  func mistakes(yaml: String, line: Int, message: String) throws {
    let error = try #require(throws: ConfigurationError.self) { try ContactMapping(yaml: yaml, file: "m.yaml") }
    #expect(error == ConfigurationError(file: "m.yaml", line: line, message: message))
    #expect(error.description == "m.yaml:\(line): \(message)")
  }

  @Test("A file that is empty or missing says so without a line")
  func emptyOrMissing() throws {
    #expect(throws: ConfigurationError(file: "m.yaml", line: nil, message: "the file is empty")) {
      try ContactMapping(yaml: "# only a comment\n", file: "m.yaml")
    }
    #expect(throws: ConfigurationError(file: "/nonexistent/m.yaml", line: nil, message: "cannot open: no such file or directory")) {
      try ContactMapping(contentsOfFile: "/nonexistent/m.yaml")
    }
  }

  @Test("XML value paths: children, attributes, filters, the record's own text")
  func xmlPaths() throws {
    #expect(XMLValuePath("a/b/@c") == XMLValuePath("a/b/@x:c"))
    #expect(XMLValuePath(".")?.steps.isEmpty == true)
    #expect(XMLValuePath("messages/message[@from='staff']")?.steps.last?.filter?.value == "staff")
    for bad in ["", "a//b", "@a/b", "a/./b", "a[from=x]", "a[@=x]", "/a"] {
      #expect(XMLValuePath(bad) == nil, "\(bad)")
    }
  }

  @Test("JSON value paths: members, filters (several, quoted, with dots), bad paths")
  func jsonPaths() throws {
    let path = try #require(JSONValuePath("articles[sender=Agent][internal = false].body"))
    #expect(path.steps.map(\.name) == ["articles", "body"])
    #expect(path.steps[0].filters == [
      JSONValuePath.Filter(member: "sender", value: "Agent"), JSONValuePath.Filter(member: "internal", value: "false"),
    ])
    #expect(JSONValuePath("via.source.from.address")?.steps.count == 4)
    #expect(JSONValuePath("items[kind='a.b'].text")?.steps.first?.filters.first?.value == "a.b")
    #expect(JSONValuePath("parts[content_type=text/plain].body")?.steps.first?.filters.first?.value == "text/plain")
    for bad in ["", ".", "a..b", ".a", "a.", "a[b]", "a[=x]", "a[b=x", "a]b", "[b=x]", "a[b=x]c", "customer/name"] {
      #expect(JSONValuePath(bad) == nil, "\(bad)")
    }
  }

  @Test("JSON values: through arrays, in document order; numbers and booleans as written; an object is no value")
  func jsonValues() throws {
    let record = try JSONRecordParser.parse(Array(#"""
      {"id": 12, "ok": true, "none": null, "blank": " ", "requester": {"id": "C-1"},
       "messages": [{"from": "agent", "text": " A "}, {"from": "customer", "text": "B"}, {"from": "agent", "text": "C"}]}
      """#.utf8), firstLine: 1)
    func texts(_ path: String) throws -> [String] { try #require(JSONValuePath(path)).values(in: record).map(\.text) }
    #expect(try texts("id") == ["12"])
    #expect(try texts("ok") == ["true"])
    #expect(try texts("none").isEmpty && texts("blank").isEmpty && texts("missing.deeper").isEmpty)
    #expect(try texts("requester.id") == ["C-1"])
    #expect(try texts("messages.text") == ["A", "B", "C"])
    #expect(try texts("messages[from=agent].text") == ["A", "C"])
    let agent = try #require(JSONValuePath("messages[from=agent].text")).values(in: record).map(\.position)
    let customer = try #require(JSONValuePath("messages[from=customer].text")).values(in: record).map(\.position)
    #expect(JSONValuePath.precedes(agent[0], customer[0]) && JSONValuePath.precedes(customer[0], agent[1]))
    #expect(throws: FieldError.self) { try texts("requester") }
  }
}
