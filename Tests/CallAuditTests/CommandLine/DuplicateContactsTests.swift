import Foundation
import Testing

/// Contacts read more than once, end to end (issue 17): the same export twice,
/// as CSV and XML, gzipped, every row twice — the figures are those of one copy.
@Suite("Duplicate contacts, end to end", .serialized)
struct DuplicateContactsTests {
  private let csv = "samples/contacts.csv"
  private let xml = "samples/contacts.xml"

  /// The `providers` part of a JSON report, keys sorted, without the sentences naming formats.
  private func providers(_ arguments: [String]) throws -> (json: String, report: [String: Any]) {
    let run = try TestSupport.runCallaudit(["analyze"] + arguments + ["--format", "json"])
    #expect(run.status == 0, "\(run.standardError)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let data = try JSONSerialization.data(withJSONObject: strip(try #require(object["providers"])), options: [.sortedKeys])
    return (String(decoding: data, as: UTF8.self), object)
  }

  private func strip(_ value: Any) -> Any {
    if let object = value as? [String: Any] {
      return object.filter { $0.key != "not_computed" && $0.key != "partial" }.mapValues(strip)
    }
    if let array = value as? [Any] { return array.map(strip) }
    return value
  }

  private func inputs(_ report: [String: Any]) throws -> [[String: Any]] {
    try #require(report["inputs"] as? [[String: Any]])
  }

  @Test("CSV and XML of the same contacts give the figures of one of them, and say so")
  func twoFormats() throws {
    let one = try providers([csv])
    let both = try providers([csv, xml])
    #expect(both.json == one.json)
    let read = try inputs(both.report)
    #expect(read.map { $0["duplicates"] as? Int } == [0, 800])
    #expect(read.map { $0["accepted"] as? Int } == [800, 800])
  }

  @Test("The same file twice, or gzipped, is one input reported as identical")
  func identicalInputs() throws {
    let folder = try TestSupport.temporaryDirectory()
    let gzipped = folder.appendingPathComponent("contacts.csv.gz").path
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
    gzip.arguments = ["-c", "gzip -c \(csv) > '\(gzipped)'"]
    gzip.currentDirectoryURL = TestSupport.repositoryRoot
    try gzip.run()
    gzip.waitUntilExit()
    let one = try providers([csv])
    let three = try providers([csv, csv, gzipped])
    #expect(three.json == one.json)
    let read = try inputs(three.report)
    #expect(read.map { $0["identical_to"] as? String } == [nil, csv, csv])
    #expect(read.map { $0["duplicates"] as? Int } == [0, 800, 800])
    // An identical input carries what its original carries, though nothing of it is measured again.
    #expect(read[1]["metrics"] as? NSDictionary == read[0]["metrics"] as? NSDictionary)
    #expect(read.map { $0["contacts"] as? Int } == [800, 0, 0])
    let text = try TestSupport.runCallaudit(["analyze", csv, gzipped])
    #expect(text.standardOutput.contains("identical to \(csv): its 800 records are duplicates, not measured again"))
    #expect(text.standardOutput.contains("800 distinct contacts: 800 duplicates were counted once."))
  }

  @Test("A file with every row twice counts 1,600 accepted, 800 duplicates, and one copy's figures")
  func rowsTwice() throws {
    let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent(csv), encoding: .utf8)
    var rows = Self.records(text)
    let header = rows.removeFirst()
    try #require(rows.count == 800)
    let doubled = try TestSupport.temporaryFile(([header] + rows + rows).joined(separator: "\n") + "\n", name: "doubled.csv")
    let twice = try providers([doubled])
    #expect(twice.json == (try providers([csv])).json)
    let read = try inputs(twice.report)
    #expect(read.first?["accepted"] as? Int == 1600)
    #expect(read.first?["duplicates"] as? Int == 800)
  }

  /// The CSV records of `text`: lines, except that a quoted field may hold line breaks.
  private static func records(_ text: String) -> [Substring] {
    var records: [Substring] = []
    var start = text.startIndex
    var quoted = false
    for index in text.indices {
      switch text[index] {
      case "\"": quoted.toggle()
      case "\n" where !quoted:
        records.append(text[start..<index])
        start = text.index(after: index)
      default: break
      }
    }
    if start < text.endIndex { records.append(text[start...]) }
    return records.filter { !$0.isEmpty }
  }

  @Test("Two copies of a support-threads export: no contact is a repeat of itself")
  func threadsTwice() throws {
    let source = TestSupport.fixture("vendors/support-threads-csv/threads.csv")
    let folder = try TestSupport.temporaryDirectory()
    // A copy with one more blank line at the end is not byte-identical, so every contact is a duplicate.
    let copy = folder.appendingPathComponent("threads-again.csv").path
    try (try String(contentsOfFile: source, encoding: .utf8) + "\n").write(toFile: copy, atomically: true, encoding: .utf8)
    let measures = folder.appendingPathComponent("measures.csv").path
    let run = try TestSupport.runCallaudit(["analyze", source, copy, "--contacts-out", measures, "-o", "/dev/null"])
    #expect(run.status == 0, "\(run.standardError)")
    let rows = try String(contentsOfFile: measures, encoding: .utf8).split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let header = try #require(rows.first)
    let id = try #require(header.firstIndex(of: "contact_id"))
    let repeatedBy = try #require(header.firstIndex(of: "repeat_contact_id"))
    let ids = rows.dropFirst().map { $0[id] }
    #expect(!ids.isEmpty)
    #expect(Set(ids).count == ids.count, "each contact is listed once")
    for row in rows.dropFirst() { #expect(row[repeatedBy] != row[id]) }
  }

  @Test("compare ranks providers on one copy's figures when given both formats")
  func compareDuplicates() throws {
    let one = try TestSupport.runCallaudit(["compare", csv, "--format", "json"])
    let both = try TestSupport.runCallaudit(["compare", csv, xml, "--format", "json"])
    #expect(one.status == 0 && both.status == 0)
    let rank = { (text: String) throws -> String in
      let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      let data = try JSONSerialization.data(withJSONObject: self.strip(try #require(object["ranking"])), options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    }
    #expect(try rank(both.standardOutput) == rank(one.standardOutput))
  }
}
