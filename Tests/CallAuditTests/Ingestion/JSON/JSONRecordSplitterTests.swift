import Testing
@testable import CallAuditIngestion

@Suite("JSON records: splitting a stream")
struct JSONRecordSplitterTests {
  private func pieces(_ text: String, limit: Int = 1 << 20, at path: [String] = []) -> [JSONRecordSplitter.Piece] {
    JSONRecordSplitter.pieces(of: Array(text.utf8), maximumRecordBytes: limit, recordsAt: path)
  }

  private func record(_ text: String, _ line: Int) -> JSONRecordSplitter.Piece {
    .record(Array(text.utf8), line: line)
  }

  @Test("A top-level array: each element is a record, with the line it starts on")
  func array() {
    #expect(
      pieces("[\n  {\"a\": \"x],\"},\n  {\"b\": [1, 2]}\n]\n")
        == [record("{\"a\": \"x],\"}", 2), record("{\"b\": [1, 2]}", 3)])
    #expect(pieces("[]") == [])
  }

  @Test("JSON Lines: each line is a record; a bad line is one record, and the next is read")
  func lines() {
    #expect(
      pieces("{\"a\": 1}\n{\"a\": oops\n\n{\"a\": 3}")
        == [record("{\"a\": 1}", 1), record("{\"a\": oops", 2), record("{\"a\": 3}", 4)])
  }

  @Test("Values over several lines, one after another, are records each")
  func values() {
    #expect(pieces("{\n \"a\": 1\n}\n{\n \"b\": 2\n}\n") == [record("{\n \"a\": 1\n}", 1), record("{\n \"b\": 2\n}", 4)])
  }

  @Test("Values back to back with no separator, as Kinesis Data Firehose writes them, are records each")
  func backToBack() {
    #expect(
      pieces("{\"a\": 1}{\"b\": [2]} {\"c\": \"}{\"}")
        == [record("{\"a\": 1}", 1), record("{\"b\": [2]}", 1), record("{\"c\": \"}{\"}", 1)])
    // Back to back on the first line does not make JSON Lines of what follows.
    #expect(pieces("{\"a\": 1}{\"b\": 2}\n{\"c\": 3}{\"d\": 4}").count == 4)
  }

  @Test("A record over the limit is skipped to its end and reported, and the next read")
  func tooLarge() {
    let big = "{\"a\": \"" + String(repeating: "x", count: 5_000) + "\"}"
    #expect(pieces("[\(big), {\"b\": 1}]", limit: 1_000) == [.tooLarge(line: 1), record("{\"b\": 1}", 1)])
    #expect(pieces("\(big)\n{\"b\": 1}\n", limit: 1_000) == [.tooLarge(line: 1), record("{\"b\": 1}", 2)])
  }

  @Test("Input cut in the middle of a record says so with the record's line")
  func cut() {
    #expect(pieces("[{\"a\": 1}, {\"b\":\n 2") == [record("{\"a\": 1}", 1), .cut(line: 1)])
    #expect(pieces("{\n\"a\": [1,") == [.cut(line: 1)])
  }

  @Test("Text around the records is reported with its line, never taken for a record")
  func stray() {
    #expect(
      pieces("[{\"a\": 1}] trailing\n")
        == [record("{\"a\": 1}", 1), .stray(line: 1, reason: "text after the array that holds the records")])
    #expect(
      pieces("{\n\"a\": 1\n}\nnot json\n{\n\"b\": 2\n}")
        == [
          record("{\n\"a\": 1\n}", 1), .stray(line: 4, reason: "text that is not a JSON object or array"),
          record("{\n\"b\": 2\n}", 5),
        ])
  }

  @Test("Records wrapped in an object at a path are its array's elements; other members are skipped")
  func wrapped() {
    let page = """
      {"type": "conversation.list", "note": "a \\"conversations\\": [1] in a string",
       "pages": {"conversations": [9]},
       "conversations": [
        {"id": "1", "parts": [{"conversations": []}]},
        {"id": "2"}
       ], "total_count": 2}
      """
    #expect(
      pieces(page, at: ["conversations"])
        == [record("{\"id\": \"1\", \"parts\": [{\"conversations\": []}]}", 4), record("{\"id\": \"2\"}", 5)])
    #expect(
      pieces(#"{"_embedded": {"conversations": [{"id": 7}]}, "page": {"size": 1}}"#, at: ["_embedded", "conversations"])
        == [record(#"{"id": 7}"#, 1)])
  }

  @Test("With a records path, single records, one per line or in a bare array, read as records too")
  func wrappedSingles() {
    #expect(pieces("{\"id\": 1}\n{\"id\": 2}\n", at: ["conversations"]) == [record("{\"id\": 1}", 1), record("{\"id\": 2}", 2)])
    #expect(pieces("[{\"id\": 1}]", at: ["conversations"]) == [record("{\"id\": 1}", 1)])
    #expect(pieces(#"{"conversations": [{"id": 1}, {"id": "#, at: ["conversations"]) == [record(#"{"id": 1}"#, 1), .cut(line: 1)])
    let big = "{\"conversations\": [{\"a\": \"" + String(repeating: "x", count: 5_000) + "\"}, {\"b\": 1}]}"
    #expect(pieces(big, limit: 1_000, at: ["conversations"]) == [.tooLarge(line: 1), record("{\"b\": 1}", 1)])
  }
}
