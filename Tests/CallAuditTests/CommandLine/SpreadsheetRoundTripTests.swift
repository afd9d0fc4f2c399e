import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

/// samples/contacts.csv after a trip through Excel — opened, saved as CSV —
/// reads as the original does: same contacts, same report.
@Suite("Excel round trips of the samples")
struct SpreadsheetRoundTripTests {
  /// How Excel saves the file on one locale.
  struct Locale: Sendable, CustomStringConvertible {
    var name: String
    var delimiter: String
    /// Excel's display of a date-time, from its parts.
    var date: @Sendable (_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> String
    var description: String { name }
  }

  static let locales: [Locale] = [
    // en-US "CSV UTF-8": m/d/yyyy h:mm, seconds dropped.
    Locale(name: "US", delimiter: ",") { y, m, d, h, mi, _ in "\(m)/\(d)/\(y) \(h):\(String(format: "%02d", mi))" },
    // de-DE or fr-FR: semicolons, dd/mm/yyyy hh:mm (the separator as the locale writes it, here '/').
    Locale(name: "European", delimiter: ";") { y, m, d, h, mi, _ in
      String(format: "%02d/%02d/%04d %02d:%02d", d, m, y, h, mi)
    },
    // A column formatted as a number: the serial, as Excel stores it.
    Locale(name: "serial", delimiter: ",") { y, m, d, h, mi, s in
      let days = CivilCalendar.daysSinceEpoch(year: Int64(y), month: Int64(m), day: Int64(d)) + 25569
      return String(format: "%.5f", Double(days) + Double(h * 3600 + mi * 60 + s) / 86_400)
    },
  ]

  /// The sample as Excel writes it back: dates in the locale's display,
  /// `TRUE`/`FALSE`, CRLF, a byte order mark, fields quoted only when they must be.
  static func roundTrip(_ locale: Locale) throws -> String {
    let samples = TestSupport.repositoryRoot.appendingPathComponent("samples/contacts.csv").path
    var scanner = CSVRecordScanner(stream: try ByteStream(path: samples))
    var out = "\u{FEFF}"
    var header: [String] = []
    while let record = try scanner.nextRecord() {
      var fields = (0..<record.count).map { record.string($0) }
      if header.isEmpty {
        header = fields
      } else {
        for column in ["opened_at", "closed_at"] {
          let index = header.firstIndex(of: column)!
          guard let time = Timestamp(iso8601: fields[index]) else { continue }
          let (y, m, d) = time.calendarDate
          let second = Int(time.secondsSinceEpoch % 60)
          fields[index] = locale.date(Int(y), m, d, time.hour, Int(time.secondsSinceEpoch / 60 % 60), second)
        }
        let escalated = header.firstIndex(of: "escalated")!
        fields[escalated] = fields[escalated].uppercased()
      }
      out += fields.map { field in
        field.contains(locale.delimiter) || field.contains("\"") || field.contains("\n")
          ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
      }.joined(separator: locale.delimiter) + "\r\n"
    }
    return out
  }

  @Test("The round trip reads in full and gives the original's report", arguments: locales)
  func roundTrip(locale: Locale) throws {
    let path = try TestSupport.temporaryFile(try Self.roundTrip(locale), name: "contacts.csv")
    let run = try TestSupport.runCallaudit(["analyze", path, "--format", "json"])
    #expect(run.status == 0, "\(run.standardError)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let input = try #require((document["inputs"] as? [[String: Any]])?.first)
    #expect(input["accepted"] as? Int == 800 && input["rejected"] as? Int == 0, "\(input["problems"] ?? "")")
    let original = try TestSupport.runCallaudit(["analyze", "samples/contacts.csv", "--format", "json"])
    let reference = try #require(try JSONSerialization.jsonObject(with: Data(original.standardOutput.utf8)) as? [String: Any])
    let providers = try JSONSerialization.data(withJSONObject: document["providers"] as Any, options: [.sortedKeys])
    let expected = try JSONSerialization.data(withJSONObject: reference["providers"] as Any, options: [.sortedKeys])
    #expect(providers == expected)
  }

  @Test("Told the wrong order, every record is rejected: exit 65 with the reason and what to try")
  func wrongOrder() throws {
    let path = try TestSupport.temporaryFile(try Self.roundTrip(Self.locales[1]), name: "contacts.csv")
    let run = try TestSupport.runCallaudit(["analyze", path, "--date-order", "ymd"])
    #expect(run.status == 65)
    #expect(run.standardError.contains("all 800 records were rejected; the reason, for every one, first on line 2: opened_at"), "\(run.standardError)")
    #expect(run.standardError.contains("try leaving --date-order out"), "\(run.standardError)")
  }
}
