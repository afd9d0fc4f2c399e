import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("JSON records: parsing and refusing")
struct JSONRecordParserTests {
  private func parse(_ text: String, line: Int = 1) throws(JSONRecordParser.Failure) -> JSONNode {
    try JSONRecordParser.parse(Array(text.utf8), firstLine: line)
  }

  private func failure(_ bytes: [UInt8], line: Int = 1) -> JSONRecordParser.Failure? {
    do {
      _ = try JSONRecordParser.parse(bytes, firstLine: line)
      return nil
    } catch {
      return error
    }
  }

  @Test("Values, escapes, surrogate pairs and key order come through as written")
  func values() throws {
    let node = try parse(#"{"a": [1, -2.5e3, true, false, null], "b": "tab\there \u00e9 \ud83d\ude00 \"q\" \/", "c": {}}"#)
    #expect(node.keys == ["a", "b", "c"])
    #expect(node["a"]?.elements == [.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null])
    #expect(node["b"]?.string == "tab\there é 😀 \"q\" /")
    #expect(node["c"] == .object(JSONObject()))
    #expect(node["a"]?.elements.first?.double == 1)
  }

  @Test(
    "Malformed records are refused with the line and the reason",
    arguments: [
      ("{\"a\": 1,\n\"b\": [1, 2", 2, "ends inside an array"),
      ("{\"a\": \"x\\qy\"}", 1, "a bad escape \\q"),
      ("{\"a\": 1,\n\n\"a\": 2}", 3, "the key \"a\" appears twice"),
      ("{\"a\": \"one\ntwo\"}", 1, "a line break inside a string"),
      ("{\"a\": 01}", 1, "leading zero"),
      ("{\"a\": 1} x", 1, "more after the end of the record"),
      ("{\"a\" 1}", 1, "no ':' after the key"),
      ("{\"a\": \"\\ud800x\"}", 1, "a lone surrogate"),
      ("{\"a\": tru}", 1, "expected true"),
      ("{\"a\": \"never closed", 1, "ends inside a string"),
    ])
  func malformed(text: String, line: Int, reason: String) {
    let error = failure(Array(text.utf8))
    #expect(error?.line == line)
    #expect(error?.reason.contains(reason) == true, "\(String(describing: error))")
  }

  @Test("Invalid UTF-8 inside a string is refused, not repaired")
  func invalidUTF8() {
    let bytes = Array("{\"a\": \"ok ".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
    #expect(failure(bytes)?.reason == "invalid UTF-8 inside a string")
  }

  @Test("10,000-deep nesting is refused at the depth limit, without exhausting the stack")
  func deepNesting() {
    let deep = Array(repeating: UInt8(ascii: "["), count: 10_000) + Array(repeating: UInt8(ascii: "]"), count: 10_000)
    #expect(failure(deep)?.reason == "nested more than \(JSONRecordParser.maximumDepth) levels deep")
    let objects = Array(String(repeating: "{\"a\":", count: 10_000).utf8)
    #expect(failure(objects)?.reason == "nested more than \(JSONRecordParser.maximumDepth) levels deep")
    let allowed = String(repeating: "[", count: JSONRecordParser.maximumDepth) + String(repeating: "]", count: JSONRecordParser.maximumDepth)
    #expect(failure(Array(allowed.utf8)) == nil)
  }

  @Test("Lines are counted from the record's first line")
  func lines() {
    #expect(failure(Array("{\n\"a\":\n}".utf8), line: 40)?.line == 42)
  }

  @Test("An object of many keys is parsed in linear time, and a late duplicate still found")
  func manyKeys() {
    var text = "{"
    for n in 0..<50_000 { text += "\"k\(n)\": \(n)," }
    text += "\"k7\": 0}"
    #expect(failure(Array(text.utf8))?.reason == "the key \"k7\" appears twice in one object")
  }
}

@Suite("JSON inputs: a 100 MB string")
struct JSONHugeStringTests {
  @Test("A record holding a 100 MB string is rejected at the record-size limit with its line; the next is read")
  func hundredMegabyteString() throws {
    // An Intercom conversation whose body is 100 MB: past the default 64 MiB limit.
    let good = #"{"type": "conversation", "id": 1, "source": {"body": "hello", "author": {"type": "user", "id": "u1"}}, "conversation_parts": {"conversation_parts": []}}"#
    var bytes = Data((good + "\n" + #"{"type": "conversation", "id": 2, "conversation_parts": {"conversation_parts": []}, "source": {"author": {"type": "user", "id": "u2"}, "body": ""#).utf8)
    bytes.append(Data(repeating: UInt8(ascii: "x"), count: 100_000_000))
    bytes.append(Data(("\"}}\n" + good.replacingOccurrences(of: #""id": 1"#, with: #""id": 3"#) + "\n").utf8))
    let path = try TestSupport.temporaryFile(bytes, name: "conversations.ndjson")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (contacts, summary) = ingestAll(path)
    #expect(summary.format == .intercomConversations)
    #expect(contacts.map(\.id) == ["1", "3"])
    #expect(summary.records == 3 && summary.accepted == 2 && summary.rejected == 1)
    #expect(summary.problems.first?.line == 2)
    #expect(summary.problems.first?.message.contains("larger than 64 MiB") == true)
  }
}
