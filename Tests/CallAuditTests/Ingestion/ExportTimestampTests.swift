import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Export timestamps")
struct ExportTimestampTests {
  @Test(
    "vendor spellings read as the same instant",
    arguments: [
      ("2024-03-05T18:39:11Z", Timestamp.DateOrder.dayFirst),
      ("2024-03-05 18:39:11", .dayFirst),
      ("Tue, 5 Mar 2024 10:39:11 -0800", .dayFirst),
      ("Tue Mar 05 18:39:11 +0000 2024", .dayFirst),
      ("05/03/2024 18:39:11", .dayFirst),
      ("03/05/2024 6:39:11 PM", .monthFirst),
      ("03-05-2024 18:39:11", .monthFirst),
      ("5.3.2024 19:39:11 +01:00", .dayFirst),
      ("1709663951", .dayFirst),
      ("1709663951000000", .dayFirst),
    ])
  func sameInstant(text: String, order: Timestamp.DateOrder) {
    #expect(Timestamp(exportText: text, order: order)?.iso8601 == "2024-03-05T18:39:11Z")
  }

  @Test(
    "a date that starts with its year is year-month-day in either order",
    arguments: [Timestamp.DateOrder.dayFirst, .monthFirst])
  func yearFirst(order: Timestamp.DateOrder) {
    #expect(Timestamp(exportText: "2024/03/05 10:39:11 -0800", order: order)?.iso8601 == "2024-03-05T18:39:11Z")
    #expect(Timestamp(exportText: "2024-03-05 19:39:11 +0100", order: order)?.iso8601 == "2024-03-05T18:39:11Z")
    #expect(Timestamp(exportText: "2020/2/10 22:41", order: order)?.iso8601 == "2020-02-10T22:41:00Z")
  }

  @Test("a date without a time is midnight UTC")
  func dateOnly() {
    #expect(Timestamp(exportText: "31/12/2023")?.iso8601 == "2023-12-31T00:00:00Z")
  }

  @Test(
    "nonsense is refused, not guessed",
    arguments: ["", "0", "yesterday", "31/02/2024", "13/13/2024 10:00", "12:00", "2024", "25:00 01/01/2024", "1/2"])
  func refused(text: String) {
    #expect(Timestamp(exportText: text) == nil)
  }

  @Test("12 AM is midnight and 12 PM is noon")
  func meridiem() {
    #expect(Timestamp(exportText: "01/02/2024 12:05 AM", order: .monthFirst)?.iso8601 == "2024-01-02T00:05:00Z")
    #expect(Timestamp(exportText: "01/02/2024 12:05 PM", order: .monthFirst)?.iso8601 == "2024-01-02T12:05:00Z")
  }
}

@Suite("CSV headers and format samples")
struct CSVHeaderTests {
  @Test("names match ignoring case, blanks, underscores and dashes")
  func folding() {
    let header = CSVHeader(names: ["Ticket ID", "Created time", "Comment", "created_at", "Comment"])
    #expect(header.index("ticket_id") == 0)
    #expect(header.index("CreatedAt", "Created time") == 3)
    #expect(header.indices("comment") == [2, 4])
    #expect(header.index("missing") == nil)
  }

  @Test("the sample splits complete leading rows, quoted fields included")
  func sampleRows() {
    let sample = FormatSample(prefix: Array("\u{FEFF}\"Id\",\"Case Number\"\r\n1,\"a,\"\"b\"\"\"\n2,cut".utf8))
    #expect(sample.csvHeader == ["id", "case number"])
    #expect(sample.csvRows == [["Id", "Case Number"], ["1", "a,\"b\""]])
    #expect(sample.headerContains("Case Number", "id"))
  }
}
