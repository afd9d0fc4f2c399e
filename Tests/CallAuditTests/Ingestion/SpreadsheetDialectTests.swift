import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

/// CSV as spreadsheets save it: the delimiter read off the header line, dates
/// in the day/month order the values show (or `--date-order`), Excel's
/// date-time spellings and serial numbers (fixtures/dialects/README.md).
@Suite("Spreadsheet dialects")
struct SpreadsheetDialectTests {
  private static func time(_ iso: String) -> Timestamp { Timestamp(iso8601: iso)! }

  /// The canonical fixture's contacts, the reference every dialect must give.
  private static let reference = ingestAll(TestSupport.fixture("canonical/small.csv")).contacts

  @Test("The delimiter is the one the header line shows", arguments: [
    ("contact_id,provider,site\n", ","),
    ("contact_id;provider;site\nN-1;Northwind, Inc.;Leeds\n", ";"),
    ("contact_id\tprovider\tsite\n", "\t"),
    ("contact_id|provider|site\n", "|"),
    ("\u{FEFF}\"contact;id\",provider\n", ","),  // a delimiter inside quotes does not count
    ("contact_id\n", ","),  // one column: the comma, which changes nothing
    ("a,b;c;d\n1,2;3;4\n", ";"),
  ])
  func delimiter(header: String, expected: String) {
    #expect(CSVDialect.delimiter(in: Array(header.utf8)) == Array(expected.utf8)[0])
  }

  @Test("Equal counts are settled by the rows that follow")
  func tie() {
    // One of each in the header; only ';' splits the rows into two fields.
    #expect(CSVDialect.delimiter(in: Array("a,b;c\nx;y\nz;w\n".utf8)) == UInt8(ascii: ";"))
    #expect(CSVDialect.delimiter(in: Array("a;b,c\nx,y\nz,w\n".utf8)) == UInt8(ascii: ","))
  }

  @Test("Tab- and pipe-separated canonical files read like the comma one", arguments: ["tab.tsv", "pipe.csv"])
  func otherDelimiters(name: String) {
    let (contacts, summary) = ingestAll(TestSupport.fixture("dialects/\(name)"))
    #expect(summary.format == .canonicalCSV)
    #expect(summary.accepted == 5 && summary.rejected == 0 && summary.stoppedBy == nil)
    #expect(contacts == Self.reference)
  }

  @Test("A European Excel file — semicolons, day-first dates, TRUE/FALSE — reads in full")
  func europeanExcel() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("dialects/excel-semicolon.csv"))
    #expect(summary.format == .canonicalCSV)
    #expect(summary.accepted == 5 && summary.rejected == 0, "\(summary.problems)")
    let byID = Dictionary(uniqueKeysWithValues: contacts.map { ($0.id, $0) })
    #expect(byID["N-1"]?.openedAt == Self.time("2025-03-01T09:00:00Z"))
    #expect(byID["N-3"]?.openedAt == Self.time("2025-03-02T11:00:00Z"))  // 2 March, not 3 February
    #expect(byID["C-2"]?.closedAt == Self.time("2025-03-13T12:05:00Z"))
    #expect(byID["N-3"]?.escalated == true && byID["N-1"]?.escalated == false)
    // Everything but the dates is as in the comma file.
    let reference = try #require(Self.reference.first { $0.id == "N-1" })
    #expect(byID["N-1"]?.turns == reference.turns && byID["N-1"]?.site == reference.site)
    #expect(summary.notes.contains { $0.contains("numeric dates read day first") && $0.contains("13/03/2025") })
  }

  @Test("US Excel dates with AM/PM read month first, as the values show")
  func usExcel() {
    let (contacts, summary) = ingestAll(TestSupport.fixture("dialects/excel-us.csv"))
    #expect(summary.accepted == 5 && summary.rejected == 0, "\(summary.problems)")
    let byID = Dictionary(uniqueKeysWithValues: contacts.map { ($0.id, $0) })
    #expect(byID["N-3"]?.openedAt == Self.time("2025-03-02T11:00:00Z"))
    #expect(byID["C-2"]?.openedAt == Self.time("2025-03-13T12:00:00Z"))
    #expect(summary.notes.contains { $0.contains("month first") })
  }

  @Test("Excel serial numbers are dates")
  func serials() {
    let (contacts, summary) = ingestAll(TestSupport.fixture("dialects/excel-serial.csv"))
    #expect(summary.accepted == 5 && summary.rejected == 0, "\(summary.problems)")
    let byID = Dictionary(uniqueKeysWithValues: contacts.map { ($0.id, $0) })
    #expect(byID["N-1"]?.openedAt == Self.time("2025-03-01T09:00:00Z"))
    #expect(byID["C-2"]?.closedAt == Self.time("2025-03-13T12:05:00Z"))
  }

  @Test("Serial numbers: days since 1899-12-30, the fraction the time of day", arguments: [
    ("45717.25933", "2025-03-01T06:13:26Z"), ("45717,5", "2025-03-01T12:00:00Z"), ("45717", "2025-03-01T00:00:00Z"),
    ("25569", "1970-01-01T00:00:00Z"),
  ])
  func serial(text: String, iso: String) {
    #expect(Timestamp(spreadsheetText: text) == Self.time(iso))
  }

  @Test("Numbers that are not serials of dates from 1970 on are not dates", arguments: [
    "2025", "12345", "45717.", "4571.7", "45717.2.1", "145717", "-45717", "45717 ",
  ])
  func notSerial(text: String) {
    // A trailing blank is trimmed and reads; the others never do.
    #expect((Timestamp(spreadsheetText: text) != nil) == (text == "45717 "))
  }

  @Test("Excel's date-time spellings", arguments: [
    ("01/03/2025 06:13", Timestamp.DateOrder.dayFirst, "2025-03-01T06:13:00Z"),
    ("1/3/2025 6:13:00 AM", .monthFirst, "2025-01-03T06:13:00Z"),
    ("2025-01-03 06:13", .dayFirst, "2025-01-03T06:13:00Z"),
    ("25/03/01 10:00", .yearFirst, "2025-03-01T10:00:00Z"),
  ])
  func spellings(text: String, order: Timestamp.DateOrder, iso: String) {
    #expect(Timestamp(spreadsheetText: text, order: order) == Self.time(iso))
  }

  @Test("Year first does not read a date whose year comes last")
  func yearFirstRefusesYearLast() {
    #expect(Timestamp(exportText: "01/03/2025", order: .yearFirst) == nil)
    #expect(Timestamp(exportText: "2025/03/01", order: .yearFirst) == Self.time("2025-03-01T00:00:00Z"))
  }

  @Test("Dates that all read either way keep the usual order, day first, and say so")
  func ambiguous() {
    let (contacts, summary) = ingestAll(TestSupport.fixture("dialects/ambiguous-dates.csv"))
    #expect(summary.accepted == 5 && summary.rejected == 0)
    #expect(contacts.first { $0.id == "N-3" }?.openedAt == Self.time("2025-03-02T11:00:00Z"))
    #expect(summary.notes.contains { $0.contains("reads either way") && $0.contains("read day first") && $0.contains("--date-order mdy") })
  }

  @Test("Contacts held until a date decides the order come out in file order")
  func heldInOrder() {
    let (contacts, _) = ingestAll(TestSupport.fixture("dialects/excel-semicolon.csv"))
    #expect(contacts.map(\.id) == Self.reference.map(\.id))
  }

  @Test("--date-order overrides the values: a date the order cannot read is rejected with a hint")
  func overridden() throws {
    let options = IngestionOptions(dateOrder: .monthFirst)
    let (contacts, summary) = ingestAll(TestSupport.fixture("dialects/excel-semicolon.csv"), options: options)
    #expect(summary.accepted == 4 && summary.rejected == 1)
    let problem = try #require(summary.problems.first)
    #expect(problem.message.contains("reads only day first, but --date-order mdy says dates are month first"))
    // Read as told: 02/03/2025 is 3 February.
    #expect(contacts.first { $0.id == "N-3" }?.openedAt == Self.time("2025-02-03T11:00:00Z"))
    #expect(summary.rejections.commonest?.hint == "--date-order dmy")
  }

  @Test("When every record is rejected, the input stops with the commonest reason and what to try")
  func everyRecordRejected() throws {
    let (contacts, summary) = ingestAll(
      TestSupport.fixture("dialects/excel-semicolon.csv"), options: IngestionOptions(dateOrder: .yearFirst))
    #expect(contacts.isEmpty && summary.rejected == 5)
    guard case .everyRecordRejected(_, let records, let count, let line, _, let hint) = try #require(summary.stoppedBy) else {
      Issue.record("not stopped for its rejections: \(String(describing: summary.stoppedBy))")
      return
    }
    // 01/03/2025 reads day first and month first: the advice is to let the values say.
    #expect(records == 5 && count == 5 && line == 2 && hint == "leaving --date-order out, so that the dates show their order")
    let sentence = try #require(summary.stoppedBy?.description)
    #expect(sentence.contains("all 5 records were rejected"))
    #expect(sentence.hasSuffix("try leaving --date-order out, so that the dates show their order"))
    // Dates that read one way only name the order.
    let text = "contact_id,opened_at\nA,13/03/2025 09:00\nB,14/03/2025 10:00\n"
    let told = ContactIngestor(options: IngestionOptions(dateOrder: .monthFirst))
      .ingest(ByteStream(bytes: Array(text.utf8), name: "day-first.csv")) { _ in }
    #expect(told.stoppedBy?.description.hasSuffix("try --date-order dmy") == true, "\(String(describing: told.stoppedBy))")
  }

  @Test("Rows split at another delimiter than the header's suggest it")
  func delimiterHint() throws {
    let text = "contact_id,provider,site\nN-1;Northwind;Leeds\nN-2;Northwind;Manila\n"
    let summary = ContactIngestor().ingest(ByteStream(bytes: Array(text.utf8), name: "mixed.csv")) { _ in }
    let hint = try #require(summary.rejections.commonest?.hint)
    #expect(hint == "--delimiter ';'")
    #expect(summary.stoppedBy?.description.contains("expected 3 fields as in the header, found 1") == true)
    #expect(summary.stoppedBy?.description.hasSuffix("try --delimiter ';'") == true)
  }

  @Test("A wrong --delimiter that leaves the header one column says which one fits")
  func wrongDelimiter() throws {
    let (_, summary) = ingestAll(
      TestSupport.fixture("dialects/excel-semicolon.csv"), options: IngestionOptions(delimiter: UInt8(ascii: "|")))
    let stop = try #require(summary.stoppedBy?.description)
    #expect(stop.contains("try --delimiter ';'"), "\(stop)")
  }

  @Test("A vendor CSV saved with semicolons is detected and read like the comma one")
  func freshdeskSemicolons() {
    let (contacts, summary) = ingestAll(TestSupport.fixture("dialects/freshdesk-semicolon.csv"))
    let (reference, _) = ingestAll(TestSupport.fixture("vendors/freshdesk-csv/tickets.csv"))
    #expect(summary.format == .freshdeskCSV)
    #expect(contacts == reference && !contacts.isEmpty)
  }

  @Test("A vendor CSV's day/month order comes from its values, not the vendor's habit")
  func zendeskDayFirst() {
    let (contacts, summary) = ingestAll(TestSupport.fixture("dialects/zendesk-day-first.csv"))
    #expect(summary.format == .zendeskCSV)
    #expect(summary.accepted == 2)
    // 04/03/2025 is 4 March here: 25/03/2025 shows the file is day first.
    #expect(contacts.first { $0.id == "201" }?.openedAt == Self.time("2025-03-04T08:58:00Z"))
    #expect(contacts.first { $0.id == "202" }?.openedAt == Self.time("2025-03-25T14:02:00Z"))
    // Told month first, the date that only reads day first is rejected with the hint.
    let (_, told) = ingestAll(
      TestSupport.fixture("dialects/zendesk-day-first.csv"), options: IngestionOptions(dateOrder: .monthFirst))
    #expect(told.accepted == 1 && told.rejected == 1)
    #expect(told.rejections.commonest?.hint == "--date-order dmy")
  }

  @Test("A vendor CSV whose numeric dates read either way notes the order assumed")
  func vendorAmbiguous() throws {
    let text = "Ticket ID,Subject,Status,Created time,Agent interactions\n1,Down,Open,05/03/2025 09:15,1\n"
    let path = try TestSupport.temporaryFile(text, name: "tickets.csv")
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .freshdeskCSV)
    #expect(contacts.first?.openedAt == Self.time("2025-03-05T09:15:00Z"))
    #expect(summary.notes.contains { $0.contains("read day first, as Freshdesk usually writes them") })
  }

  @Test("Rejection reasons are counted by kind, values and numbers left out", arguments: [
    ("opened_at '3/1/2025 6:13' is not a date", "opened_at '…' is not a date"),
    ("expected 17 fields as in the header, found 5", "expected # fields as in the header, found #"),
    ("the customer's line 'x' is 12 long", "the customer's line '…' is # long"),
  ])
  func kinds(reason: String, kind: String) {
    #expect(RejectionTally.kind(of: reason) == kind)
  }
}
