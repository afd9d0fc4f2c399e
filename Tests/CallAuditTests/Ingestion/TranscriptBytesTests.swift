import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

/// The canonical CSV reader splits a transcript into turns straight from the read buffer
/// when the field needs no unescaping. That must give exactly the turns (and the errors)
/// the transcript's `String` gives, invalid UTF-8 included: the string repairs it once,
/// the bytes turn by turn.
@Suite("Transcripts read in place")
struct TranscriptBytesTests {
  /// Pieces a transcript is made of: labels, stamps, breaks, blanks, text, and bytes that
  /// are not UTF-8 (a truncated sequence, a stray continuation byte, an invalid lead).
  private static let pieces: [[UInt8]] = [
    Array("Agent: ".utf8), Array("Customer: ".utf8), Array("system:".utf8), Array("AGENT:".utf8),
    Array("[2025-03-01T09:30:00Z] ".utf8), Array("[2025-03-01 09:30] ".utf8), Array("[".utf8), Array("]".utf8),
    [10], [13, 10], [13], [32], [9], Array("  ".utf8),
    Array("my internet is down".utf8), Array("é".utf8), Array("ok".utf8), Array(":".utf8),
    [0xE2, 0x82], [0x80], [0xFF], [0xC3], [0xF0, 0x9F, 0x98],
  ]

  /// What parsing gave: each turn as speaker, time and text bytes, or the error's words.
  private enum Outcome: Equatable {
    case turns([[UInt8]])
    case failure(String)
  }

  private func outcome(_ parse: () throws(FieldError) -> [Turn]) -> Outcome {
    do throws(FieldError) {
      // Compared as bytes: `String` equality would let different bytes compare equal.
      return .turns(try parse().map(Self.bytes))
    } catch {
      return .failure(error.description)
    }
  }

  private static func bytes(_ turn: Turn) -> [UInt8] {
    let time = turn.at.map { "\($0.secondsSinceEpoch)" } ?? "-"
    return Array("\(turn.speaker.rawValue)|\(time)|".utf8) + Array(turn.text.utf8)
  }

  @Test("Random transcripts give the same turns or the same error from bytes as from their string", arguments: 1...8)
  func sameAsString(seed: UInt64) {
    var random = ScriptCorpusRandom(seed: seed)
    var parsed = 0, failed = 0, repaired = 0
    for _ in 0..<600 {
      var bytes: [UInt8] = Array("Agent: ".utf8)
      for _ in 0..<Int.random(in: 1...24, using: &random) {
        bytes += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
      }
      let text = String(decoding: bytes, as: UTF8.self)
      if Array(text.utf8) != bytes { repaired += 1 }
      let fromBytes = bytes.withUnsafeBufferPointer { buffer in
        outcome { () throws(FieldError) in try TranscriptText.parse(utf8: buffer) }
      }
      let fromString = outcome { () throws(FieldError) in try TranscriptText.parse(text) }
      #expect(fromBytes == fromString, "\(bytes)")
      if case .turns = fromString { parsed += 1 } else { failed += 1 }
    }
    // Both outcomes and repaired input were put to the test.
    #expect(parsed > 50 && failed > 50 && repaired > 50, "\(parsed) parsed, \(failed) failed, \(repaired) repaired")
  }

  @Test("A CSV transcript with and without doubled quotes reads the same turns")
  func escapedAndInPlace() throws {
    let plain = "Customer: it is \u{00E9}down\nAgent: Please restart it.\n  still down"
    let header = "contact_id,transcript\n"
    let inPlace = header + "1,\"\(plain)\"\n"
    // A doubled quote sends the field through the unescaping path.
    let escaped = header + "1,\"\(plain)\"\"\"\n"
    var contacts: [Contact] = []
    for csv in [inPlace, escaped] {
      _ = ContactIngestor().ingest(ByteStream(bytes: Array(csv.utf8), name: "t.csv"), format: .canonicalCSV) { contacts.append($0) }
    }
    try #require(contacts.count == 2)
    #expect(contacts[0].turns.count == 2)
    #expect(contacts[0].turns.dropLast() == contacts[1].turns.dropLast())
    #expect(contacts[1].turns.last?.text == (contacts[0].turns.last?.text ?? "") + "\"")
  }

  /// A line ends at a LF or a CR alike; a transcript without a CR is cut at each LF by
  /// `memchr`, one with a CR byte by byte. Both must give the same turns and errors.
  @Test("CR and LF end a transcript line alike", arguments: 1...4)
  func carriageReturnsAndFeeds(seed: UInt64) {
    var random = ScriptCorpusRandom(seed: seed)
    var withCR = 0
    for _ in 0..<400 {
      var bytes: [UInt8] = Array("Agent: ".utf8)
      for _ in 0..<Int.random(in: 1...24, using: &random) {
        bytes += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
      }
      let feedsOnly = bytes.map { $0 == 13 ? 10 : $0 }
      if feedsOnly != bytes { withCR += 1 }
      let parsed = [bytes, feedsOnly].map { input in
        input.withUnsafeBufferPointer { buffer in
          outcome { () throws(FieldError) in try TranscriptText.parse(utf8: buffer) }
        }
      }
      #expect(parsed[0] == parsed[1], "\(bytes)")
    }
    #expect(withCR > 100, "\(withCR) transcripts held a CR")
  }
}
