import Foundation
import Testing
@testable import CallAuditIngestion

/// Scans `text` and returns each record's fields as strings, with line and defect.
private func scan(_ text: String, chunkBytes: Int = 1 << 16) throws -> [(line: Int, fields: [String], defect: CSVRecord.Defect?)] {
  let path = try TestSupport.temporaryFile(text)
  let stream = try ByteStream(path: path)
  var scanner = CSVRecordScanner(stream: stream, chunkBytes: chunkBytes)
  var out: [(Int, [String], CSVRecord.Defect?)] = []
  while let record = try scanner.nextRecord() {
    out.append((record.line, (0..<record.count).map(record.string), record.defect))
  }
  return out
}

@Suite("RFC 4180 record scanner")
struct CSVRecordScannerTests {
  let tricky = "a,b,c\r\n\"1,5\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nx,,\n\n\"\",last,\"ends\"\n"

  @Test("Quoted delimiters, doubled quotes and line breaks stay inside their field")
  func quoting() throws {
    let records = try scan(tricky)
    #expect(records.map(\.fields) == [
      ["a", "b", "c"], ["1,5", "say \"hi\"", "two\nlines"], ["x", "", ""], ["", "last", "ends"],
    ])
    // The blank line is skipped but still counted for line numbers.
    #expect(records.map(\.line) == [1, 2, 4, 6])
    #expect(records.allSatisfy { $0.defect == nil })
  }

  @Test("Every chunk size gives the same records", arguments: [3, 4, 5, 7, 16, 64])
  func chunkBoundaries(chunkBytes: Int) throws {
    let small = try scan(tricky, chunkBytes: chunkBytes)
    let large = try scan(tricky)
    #expect(small.map(\.fields) == large.map(\.fields))
    #expect(small.map(\.line) == large.map(\.line))
  }

  @Test("Line numbers count LF, CRLF and lone CR alike, inside quoted fields too")
  func lineNumbersAcrossBreaks() throws {
    let lines = "a,b\n1,\"two\nlines\"\n\n2,\"three\n\nlines\"\n3,x\n"
    let expected = try scan(lines).map(\.line)
    #expect(expected == [1, 2, 5, 8])
    for ending in ["\r\n", "\r"] {
      let other = try scan(lines.replacingOccurrences(of: "\n", with: ending))
      #expect(other.map(\.line) == expected, "\(ending.debugDescription)")
    }
  }

  @Test("Doubled quotes collapse wherever they stand in a field")
  func doubledQuotesAnywhere() throws {
    var random = ScriptCorpusRandom(seed: 7)
    let pieces = ["\"\"", "a", "é", ",", "\n", " ", "\"\"\"\""]
    var fields: [String] = []
    for _ in 0..<200 {
      let count = Int.random(in: 1...12, using: &random)
      fields.append((0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined())
    }
    let records = try scan(fields.map { "x,\"\($0)\"\n" }.joined())
    #expect(records.map { $0.fields[1] } == fields.map { $0.replacingOccurrences(of: "\"\"", with: "\"") })
  }

  @Test("A field cut at any length keeps a quote whose double was cut off")
  func doubledQuotesCut() throws {
    let raw = "say \"\"hi\"\" \"\"\"\" end"
    let path = try TestSupport.temporaryFile("x,\"\(raw)\"\n")
    var scanner = CSVRecordScanner(stream: try ByteStream(path: path))
    let record = try #require(try scanner.nextRecord())
    for limit in 1...raw.utf8.count {
      let cut = String(raw.prefix(limit))
      #expect(record.string(1, upTo: limit) == cut.replacingOccurrences(of: "\"\"", with: "\""), "\(limit)")
    }
  }

  @Test("A byte order mark is dropped and lone CR ends a line")
  func bomAndCR() throws {
    let records = try scan("\u{FEFF}id,name\rA,Zoë\rB,\"x\ry\"")
    #expect(records.map(\.fields) == [["id", "name"], ["A", "Zoë"], ["B", "x\ry"]])
    #expect(records.map(\.line) == [1, 2, 3])
  }

  @Test("A stray quote is a defect confined to its own line")
  func strayQuote() throws {
    let records = try scan("a,b\n1,ab\"c\n2,ok\n")
    #expect(records.count == 3)
    #expect(records[1].defect == .quoteInUnquotedField(offset: 4))
    #expect(records[2].fields == ["2", "ok"])
    #expect(records[2].line == 3)
  }

  @Test("Text after a closing quote is a defect, and scanning resumes on the next line")
  func textAfterQuote() throws {
    let records = try scan("a,b\n\"1\"x,2\n3,4\n")
    #expect(records[1].defect == .textAfterClosingQuote(offset: 3))
    #expect(records[2].fields == ["3", "4"])
  }

  @Test("A quote that never closes is reported where it opened")
  func unterminated() throws {
    let records = try scan("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n")
    #expect(records.count == 3)
    #expect(records[2].line == 3)
    guard case .unterminatedQuote = records[2].defect else {
      Issue.record("expected an unterminated quote, got \(String(describing: records[2].defect))")
      return
    }
  }

  @Test("A record larger than the limit stops reading with its line")
  func recordLimit() throws {
    let path = try TestSupport.temporaryFile("a\n\"" + String(repeating: "x", count: 5000))
    var scanner = CSVRecordScanner(stream: try ByteStream(path: path), chunkBytes: 64, maximumRecordBytes: 1024)
    _ = try scanner.nextRecord()
    #expect(throws: CSVScanError.self) { _ = try scanner.nextRecord() }
  }
}
