import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

/// The encoding fixtures are described in fixtures/encoding/README.md; no real
/// sample under ../shared/realdata is in Windows-1252 or holds invalid UTF-8.
@Suite("Text encodings")
struct TextEncodingTests {
  @Test("Windows-1252 CSV is detected, transcoded and noted")
  func windows1252CSV() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("encoding/windows-1252.csv"))
    #expect(summary.stoppedBy == nil)
    #expect(summary.format == .canonicalCSV)
    #expect(summary.accepted == 2 && summary.rejected == 0)
    #expect(summary.notes == ["read as Windows-1252 (the content is not UTF-8)"])
    let first = try #require(contacts.first)
    #expect(first.provider == "Café Télécom")
    #expect(first.site == "Montréal")
    #expect(first.turns.map(\.text) == [
      "Ma facture indique 30 € de trop – c’est une erreur.",
      "Je comprends… Veuillez redémarrer votre « box ».",
    ])
    #expect(contacts[1].turns.first?.text == "Still no signal — I’ve tried everything™.")
  }

  @Test("Windows-1252 XML without a declaration is transcoded before libxml2 sees it")
  func windows1252XML() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("encoding/windows-1252.xml"))
    #expect(summary.stoppedBy == nil)
    #expect(summary.format == .canonicalXML)
    #expect(summary.notes.contains("read as Windows-1252 (the content is not UTF-8)"))
    let contact = try #require(contacts.first)
    #expect(contact.provider == "Café Télécom")
    #expect(contact.turns.map(\.text) == ["Ma facture indique 30 € de trop.", "Je comprends… c’est noté."])
  }

  @Test("XML declaring its own encoding is left to libxml2")
  func declaredEncoding() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("encoding/latin1-declared.xml"))
    #expect(summary.stoppedBy == nil)
    #expect(summary.notes == ["read as ISO-8859-1, as the XML declaration says"])
    #expect(contacts.first?.site == "Montréal")
    #expect(contacts.first?.turns.last?.text == "Je comprends... c'est noté.")
  }

  @Test("Bytes that are not UTF-8 are replaced and reported with the first line, never fatal")
  func invalidUTF8CSV() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("encoding/invalid-utf8.csv"))
    #expect(summary.stoppedBy == nil)
    #expect(summary.accepted == 4 && summary.rejected == 0)
    #expect(summary.notes == ["4 byte sequences that are not UTF-8 were replaced by U+FFFD (the first on line 3)"])
    #expect(contacts.map(\.provider) == ["Café Net", "Caf\u{FFFD} Net", "Café Net", "Caf\u{FFFD} Net"])
    #expect(contacts[3].turns.first?.text == "ok \u{FFFD} then \u{FFFD}")
    #expect(contacts[2].turns.first?.text == "ça marche “enfin”")
  }

  @Test("A byte that is not UTF-8 in XML no longer stops the file")
  func invalidUTF8XML() throws {
    let (contacts, summary) = ingestAll(TestSupport.fixture("encoding/invalid-utf8.xml"))
    #expect(summary.stoppedBy == nil)
    #expect(summary.accepted == 1)
    #expect(summary.notes == ["1 byte sequence that is not UTF-8 was replaced by U+FFFD (the first on line 5)"])
    #expect(contacts.first?.turns.first?.text == "Ma fact\u{FFFD}ure indique 30 € de trop.")
  }

  @Test("UTF-16 is refused with one sentence")
  func utf16() throws {
    let path = TestSupport.fixture("encoding/utf16le.csv")
    let (contacts, summary) = ingestAll(path)
    #expect(contacts.isEmpty)
    #expect(summary.stoppedBy == .unsupportedEncoding(path: path, encoding: "UTF-16LE"))
    #expect(summary.stoppedBy?.description
      == "\(path): the input is UTF-16LE, which callaudit does not read; save it as UTF-8 and try again")
  }

  @Test("Detection: UTF-8 unless ill-formed sequences outnumber well-formed ones")
  func detection() throws {
    func detect(_ bytes: [UInt8]) throws -> TextEncoding { try TextEncoding.detect(prefix: bytes, path: "x") }
    #expect(try detect(Array("plain ASCII,1\n".utf8)) == .utf8)
    #expect(try detect([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8)) == .utf8)
    #expect(try detect(Array("caf".utf8) + [0xE9] + Array(",1\n".utf8)) == .windows1252)
    #expect(try detect(Array("café déjà ".utf8) + [0xFF]) == .utf8)
    // A sample cut inside a sequence is not evidence of anything.
    #expect(try detect(Array("ab".utf8) + [0xE2, 0x82]) == .utf8)
    #expect(try detect(Array("<?xml version='1.0' encoding='windows-1252'?><a/>".utf8)) == .declaredInXML("windows-1252"))
    #expect(try detect(Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><a/>".utf8)) == .utf8)
    #expect(throws: InputError.unsupportedEncoding(path: "x", encoding: "UTF-16BE")) {
      try detect([0x00, 0x61, 0x00, 0x2C, 0x00, 0x62])
    }
    #expect(throws: InputError.unsupportedEncoding(path: "x", encoding: "UTF-32LE")) {
      try detect([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00])
    }
  }

  @Test("Repair is the same whatever the read sizes, as String(decoding:) would do it")
  func chunkBoundaries() throws {
    var generator = SplitMix(seed: 7)
    var bytes: [UInt8] = []
    let pieces: [[UInt8]] = [
      Array("abc\n".utf8), Array("é".utf8), Array("€".utf8), Array("𝄞".utf8), [0xFF], [0xC3], [0xE2, 0x82],
      [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0x80], Array("plain text that runs on, ".utf8),
    ]
    for _ in 0..<4000 { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
    let expected = Array(String(decoding: bytes, as: UTF8.self).utf8)
    let path = try TestSupport.temporaryFile(Data(bytes), name: "mixed.txt")
    var counts: Set<Int> = []
    for size in [1, 2, 3, 5, 8, 9, 13, 64, 4096, 1 << 20] {
      let stream = try ByteStream(path: path)
      stream.decodeText(as: .utf8)
      #expect(try Self.readAll(stream, chunk: size) == expected, "read size \(size)")
      counts.insert(stream.replacedSequences)
      #expect(stream.firstReplacementLine != nil)
    }
    #expect(counts.count == 1)
    let replacements = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count
    #expect(counts.first == replacements)
  }

  @Test("Windows-1252 transcoding is the same whatever the read sizes")
  func windows1252Chunks() throws {
    var bytes: [UInt8] = []
    for round in 0..<300 { bytes += Array("row \(round): ".utf8) + Array(0x80...0xFF) + [0x0A] }
    var expected = ""
    for byte in bytes {
      switch byte {
      case 0x81, 0x8D, 0x8F, 0x90, 0x9D: expected.unicodeScalars.append(Unicode.Scalar(byte))
      default: expected += String(data: Data([byte]), encoding: .windowsCP1252)!
      }
    }
    let path = try TestSupport.temporaryFile(Data(bytes), name: "cp1252.txt")
    for size in [1, 2, 3, 4, 7, 8, 100, 1 << 16] {
      let stream = try ByteStream(path: path)
      stream.decodeText(as: .windows1252)
      #expect(try Self.readAll(stream, chunk: size) == Array(expected.utf8), "read size \(size)")
      #expect(stream.replacedSequences == 0)
    }
  }

  @Test("The first replacement's line is counted across many chunks, with any line lengths")
  func lineOfFirstReplacement() throws {
    var text = ""
    for line in 1..<70_000 { text += String(repeating: "x", count: line % 23) + "é\n" }
    var bytes = Array(text.utf8)
    bytes += Array("bad ".utf8) + [0xFF] + Array(" here\nlater ".utf8) + [0xFE] + [0x0A]
    let path = try TestSupport.temporaryFile(Data(bytes), name: "long.txt")
    let stream = try ByteStream(path: path)
    stream.decodeText(as: .utf8)
    _ = try Self.readAll(stream, chunk: 1 << 16)
    #expect(stream.firstReplacementLine == 70_000)
    #expect(stream.replacedSequences == 2)
  }

  private static func readAll(_ stream: ByteStream, chunk: Int) throws -> [UInt8] {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
    defer { buffer.deallocate() }
    var out: [UInt8] = []
    while true {
      let count = try stream.read(into: buffer)
      if count == 0 { return out }
      out += buffer[0..<count]
    }
  }
}

/// A tiny seeded generator, so the mixed input is the same on every run.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
