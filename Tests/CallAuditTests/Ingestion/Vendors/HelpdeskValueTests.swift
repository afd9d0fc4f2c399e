import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Helpdesk values")
struct HelpdeskValueTests {
  @Test(
    "Channel names fold onto the canonical channels",
    arguments: [
      ("Mail", "email"), ("Outbound Email", "email"), ("Phone call (incoming)", "call"), ("Voicemail", "call"),
      ("Phone", "call"), ("Chat", "chat"), ("WhatsApp", "chat"), ("Web form", "web"), ("Feedback Widget", "web"),
      ("Portal", "web"), ("Web service", "api"), ("Twitter", "social"), ("Facebook Post", "social"),
      ("SMS", "sms"), ("MobiHelp", "mobihelp"),
    ])
  func channels(label: String, channel: String) {
    #expect(HelpdeskChannel.canonical(label) == channel)
  }

  @Test("Ratings read onto the 1–5 scale; offers are no rating")
  func satisfaction() {
    #expect(HelpdeskSatisfaction.read("Good") == .score(5))
    #expect(HelpdeskSatisfaction.read("bad with comment") == .score(1))
    #expect(HelpdeskSatisfaction.read("Just Okay") == .score(3))
    #expect(HelpdeskSatisfaction.read("4") == .score(4))
    #expect(HelpdeskSatisfaction.read("Offered") == HelpdeskSatisfaction.Reading.none)
    #expect(HelpdeskSatisfaction.read(nil) == HelpdeskSatisfaction.Reading.none)
    #expect(HelpdeskSatisfaction.read("Meh") == .unrecognized)
  }

  @Test("Clock durations read as seconds")
  func durations() throws {
    #expect(try HelpdeskDuration.seconds("0:00:00", column: "t") == 0)
    #expect(try HelpdeskDuration.seconds("1:30", column: "t") == 5400)
    #expect(try HelpdeskDuration.seconds("26:10:05", column: "t") == 94_205)
    #expect(throws: FieldError.self) { try HelpdeskDuration.seconds("1:60:00", column: "t") }
    #expect(throws: FieldError.self) { try HelpdeskDuration.seconds("90", column: "t") }
  }

  @Test("Counts accept spreadsheet whole numbers")
  func counts() throws {
    #expect(try HelpdeskValue.count("3", column: "c") == 3)
    #expect(try HelpdeskValue.count("3.0", column: "c") == 3)
    #expect(throws: FieldError.self) { try HelpdeskValue.count("3.5", column: "c") }
    #expect(throws: FieldError.self) { try HelpdeskValue.count("-1", column: "c") }
  }

  @Test("Generic ticket types are not categories; a category column is found by name")
  func categories() {
    #expect(HelpdeskCategory.fromType("Question") == nil)
    #expect(HelpdeskCategory.fromType("Feature Request") == nil)
    #expect(HelpdeskCategory.fromType("No Internet") == "no internet")
    let header = CSVHeader(names: ["Id", "Status [list]", "Ticket Category [list]"])
    #expect(HelpdeskCategory.column(in: header) == 2)
  }

  @Test("Zendesk statuses: closed is solved, a merged ticket a duplicate")
  func zendeskStatuses() {
    #expect(
      (0...6).map { ZendeskStatus.status(id: $0) } == [.open, .open, .pending, .resolved, .resolved, nil, .pending])
    #expect(ZendeskStatus.status(label: "On-hold") == .pending)
    #expect(ZendeskStatus.status(label: "Closed") == .resolved)
    var contact = Contact(id: "1", status: .resolved)
    ZendeskStatus.applyMerge(tags: ZendeskStatus.tags("billing closed_by_merge"), to: &contact)
    #expect(contact.status == .closed && contact.resolution == "duplicate")
  }

  @Test("Freshdesk statuses: built-in ones placed, unknown custom ones left out")
  func freshdeskStatuses() {
    #expect(FreshdeskStatus.status(label: "Closed") == .resolved)
    #expect(FreshdeskStatus.status(label: "Waiting on Third Party") == .pending)
    #expect(FreshdeskStatus.status(label: "In Progress") == .open)
    #expect(FreshdeskStatus.status(label: "Escalated to L2") == nil)
  }
}
