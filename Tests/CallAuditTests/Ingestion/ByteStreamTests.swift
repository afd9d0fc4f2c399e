import Foundation
import Testing
@testable import CallAuditModel

/// gzip-compresses `path` with the system's gzip and returns the new file's path.
private func gzipped(_ path: String, extraArguments: [String] = []) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/gzip")
  process.arguments = ["-k", "-f"] + extraArguments + [path]
  try process.run()
  process.waitUntilExit()
  return path + ".gz"
}

@Suite("Byte streams and gzip")
struct ByteStreamTests {
  @Test("A gzip file reads as its content, recognised by its bytes, whatever its name")
  func gzip() throws {
    let directory = try TestSupport.temporaryDirectory()
    let plain = directory.appendingPathComponent("contacts.csv").path
    try FileManager.default.copyItem(atPath: TestSupport.fixture("canonical/small.csv"), toPath: plain)
    let compressed = try gzipped(plain)
    let renamed = directory.appendingPathComponent("export.dat").path
    try FileManager.default.copyItem(atPath: compressed, toPath: renamed)
    let (expected, _) = ingestAll(plain)
    for path in [compressed, renamed] {
      let (contacts, summary) = ingestAll(path)
      #expect(summary.compressed)
      #expect(summary.stoppedBy == nil)
      #expect(contacts == expected)
    }
  }

  @Test("Concatenated gzip members read as one stream")
  func multiMember() throws {
    let first = try TestSupport.temporaryFile("contact_id\nA\n", name: "a.csv")
    let second = try TestSupport.temporaryFile("B\nC\n", name: "b.csv")
    var joined = try Data(contentsOf: URL(fileURLWithPath: try gzipped(first)))
    joined.append(try Data(contentsOf: URL(fileURLWithPath: try gzipped(second))))
    let (contacts, summary) = ingestAll(try TestSupport.temporaryFile(joined, name: "joined.gz"))
    #expect(contacts.map(\.id) == ["A", "B", "C"])
    #expect(summary.stoppedBy == nil)
  }

  @Test("A truncated gzip file stops with a read error after what it held")
  func truncated() throws {
    var text = "contact_id,category\n"
    for index in 0..<5000 { text += "ID-\(index),category \(index % 7) with some padding text\n" }
    let compressed = try gzipped(try TestSupport.temporaryFile(text, name: "big.csv"))
    let bytes = try Data(contentsOf: URL(fileURLWithPath: compressed))
    let cut = try TestSupport.temporaryFile(bytes.prefix(bytes.count / 2), name: "cut.csv.gz")
    let (contacts, summary) = ingestAll(cut)
    guard case .stoppedAt(_, let line, let reason) = summary.stoppedBy else {
      Issue.record("expected a stop with its line, got \(String(describing: summary.stoppedBy))")
      return
    }
    #expect(reason.contains("truncated") || reason.contains("damaged"))
    // Every record before the line where reading stopped was kept, in order.
    #expect(contacts.count == line - 2)
    #expect(contacts.map(\.id) == (0..<contacts.count).map { "ID-\($0)" })
    #expect(contacts.count > 0 && contacts.count < 5000)
  }

  @Test("A missing file is reported as unopenable")
  func missing() {
    let (_, summary) = ingestAll("/nonexistent/contacts.csv")
    #expect(summary.stoppedBy?.isUnreadable == true)
    #expect(summary.stoppedBy?.description.hasPrefix("/nonexistent/contacts.csv: cannot open") == true)
  }

  @Test("Empty and unrecognised inputs are refused with a reason")
  func emptyAndUnknown() throws {
    let (_, empty) = ingestAll(try TestSupport.temporaryFile(""))
    #expect(empty.stoppedBy == .empty(path: empty.path))
    let (_, unknown) = ingestAll(try TestSupport.temporaryFile("hello,world\n1,2\n"))
    #expect(unknown.stoppedBy?.description.contains("a table (fields separated by ',') with the columns hello, world") == true)
  }
}

@Suite("Format detection")
struct FormatDetectionTests {
  @Test("Detected from content", arguments: [
    ("contact_id,provider\n", InputFormat.canonicalCSV),
    ("\u{FEFF}\"Provider\",\"Contact_ID\"\r\n", .canonicalCSV),
    ("<?xml version=\"1.0\"?>\n<!-- export -->\n<!DOCTYPE contacts [<!ENTITY x \"y\">]>\n<contacts>", .canonicalXML),
    ("<ns:contacts xmlns:ns=\"urn:x\">", .canonicalXML),
  ])
  func detected(text: String, format: InputFormat) {
    #expect(InputFormat.detect(prefix: Array(text.utf8)) == format)
  }

  @Test("Other content is not guessed", arguments: ["<tickets>", "id,name\n", "", "{\"a\":1}"])
  func notDetected(text: String) {
    #expect(InputFormat.detect(prefix: Array(text.utf8)) == nil)
  }
}
