import CallAuditMetrics
import CallAuditReporting
import CallAuditText

/// A compact binary encoding of a ``TranscriptDigest`` for the `contact.digest`
/// column, with each agent sentence stored once in `agent_sentence` and named
/// here by its id: script lines recur across thousands of contacts, so a
/// contact costs a few bytes per sentence instead of a fingerprint and a text.
///
/// Layout: a flags byte (has text, responsiveness known, responsive, extended), the agent
/// word count, the two evidence excerpts, then the sentence ids. Counts, lengths
/// and ids are LEB128 varints; an absent excerpt is length 0, a present one length + 1.
///
/// An extended digest (flag 8, written since the conversation reading of issue 18) goes on
/// with, per sentence, its traits byte (0xFF for a sentence settled as a move or ritual)
/// and its value hash (8 bytes little-endian), then the reading: ritual, move and loose
/// word counts, a flags byte (loose engaged 1, problem raised 2, another language 4), the
/// outcome (0 none, else its position + 1) and the library move ids, each with the position
/// + 1 of the sentence that first made it shifted 16 bits above (0: none, as in digests
/// written before it was kept). A digest written before the extension carries none of this
/// and reads as an empty reading, every sentence the agent's own.
enum DigestCoding {
  /// The flag of an extended digest.
  private static let extended: UInt8 = 8
  static func encode(
    _ digest: TranscriptDigest, sentenceID: (TranscriptDigest.AgentSentence) throws -> Int64
  ) rethrows -> [UInt8] {
    var out: [UInt8] = []
    var flags: UInt8 = (digest.hasText ? 1 : 0) | extended
    if let responsive = digest.responsive { flags |= 2 | (responsive ? 4 : 0) }
    out.append(flags)
    appendVarint(UInt64(digest.agentWords), to: &out)
    appendOptional(digest.persistence, to: &out)
    appendOptional(digest.churnIntent, to: &out)
    appendVarint(UInt64(digest.agentSentences.count), to: &out)
    for sentence in digest.agentSentences {
      appendVarint(UInt64(try sentenceID(sentence)), to: &out)
    }
    for sentence in digest.agentSentences {
      out.append(sentence.ownTraits ?? 0xFF)
      withUnsafeBytes(of: sentence.valueHash.littleEndian) { out.append(contentsOf: $0) }
    }
    let reading = digest.reading
    appendVarint(UInt64(reading.ritualWords), to: &out)
    appendVarint(UInt64(reading.moveWords), to: &out)
    appendVarint(UInt64(reading.looseWords), to: &out)
    out.append((reading.looseEngaged ? 1 : 0) | (reading.problemRaised ? 2 : 0) | (reading.otherLanguage ? 4 : 0))
    let outcome = reading.outcome.flatMap { ConversationOutcome.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
    appendVarint(UInt64(outcome), to: &out)
    appendVarint(UInt64(reading.moves.count), to: &out)
    let positions = reading.moveSentences.count == reading.moves.count ? reading.moveSentences : []
    for (index, move) in reading.moves.enumerated() {
      // The sentence that made the move rides above the id: (position + 1) << 16, 0 for none.
      let position = index < positions.count && positions[index] != UInt16.max ? UInt64(positions[index]) + 1 : 0
      appendVarint(position << 16 | UInt64(move), to: &out)
    }
    return out
  }

  /// The digest, or `nil` if the bytes are not an encoding this type wrote or
  /// name a sentence `sentence` does not know.
  static func decode(
    _ bytes: [UInt8], sentence: (Int64) -> TranscriptDigest.AgentSentence?
  ) -> TranscriptDigest? {
    var reader = ByteReader(bytes: bytes)
    guard let flags = reader.byte(), let agentWords = reader.varint(),
      let persistence = reader.optionalString(), let churnIntent = reader.optionalString(),
      let ids = reader.ids(toEnd: flags & extended == 0)
    else { return nil }
    var sentences: [TranscriptDigest.AgentSentence] = []
    for id in ids {
      guard let found = sentence(id) else { return nil }
      sentences.append(found)
    }
    var reading = TranscriptDigest.Reading()
    if flags & extended != 0 {
      for index in sentences.indices {
        guard let traits = reader.byte(), let value = reader.uint64() else { return nil }
        sentences[index].ownTraits = traits == 0xFF ? nil : traits
        sentences[index].valueHash = value
      }
      guard let ritual = reader.varint(), let moves = reader.varint(), let loose = reader.varint(),
        let readingFlags = reader.byte(), let outcome = reader.varint(), let count = reader.varint(),
        count <= UInt64(ids.count + 64)
      else { return nil }
      reading.ritualWords = Int(ritual)
      reading.moveWords = Int(moves)
      reading.looseWords = Int(loose)
      reading.looseEngaged = readingFlags & 1 != 0
      reading.problemRaised = readingFlags & 2 != 0
      reading.otherLanguage = readingFlags & 4 != 0
      if outcome > 0 {
        guard outcome <= UInt64(ConversationOutcome.allCases.count) else { return nil }
        reading.outcome = ConversationOutcome.allCases[Int(outcome) - 1]
      }
      for _ in 0..<count {
        guard let packed = reader.varint(), packed >> 16 <= UInt64(UInt16.max) else { return nil }
        reading.moves.append(UInt16(truncatingIfNeeded: packed))
        let position = packed >> 16
        reading.moveSentences.append(position == 0 ? UInt16.max : UInt16(position - 1))
      }
      guard reader.atEnd else { return nil }
    }
    return TranscriptDigest(
      agentSentences: sentences, agentWords: Int(agentWords),
      responsive: flags & 2 != 0 ? flags & 4 != 0 : nil,
      persistence: persistence, churnIntent: churnIntent, hasText: flags & 1 != 0, reading: reading)
  }

  /// The sentence ids a digest names, or `nil` for damaged bytes.
  static func sentenceIDs(_ bytes: [UInt8]) -> [Int64]? {
    var reader = ByteReader(bytes: bytes)
    guard let flags = reader.byte(), reader.varint() != nil, reader.optionalString() != nil,
      reader.optionalString() != nil
    else { return nil }
    return reader.ids(toEnd: flags & extended == 0)
  }

  /// A fingerprint as stored in `agent_sentence.fingerprint`: its word count, then
  /// the 32 MinHash values little-endian.
  static func encode(_ fingerprint: SentenceFingerprint) -> [UInt8] {
    var out: [UInt8] = []
    appendVarint(UInt64(fingerprint.wordCount), to: &out)
    for value in fingerprint.hashValues {
      withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
    return out
  }

  /// A stored fingerprint, or `nil` for damaged bytes.
  static func fingerprint(_ bytes: [UInt8]) -> SentenceFingerprint? {
    var reader = ByteReader(bytes: bytes)
    guard let words = reader.varint() else { return nil }
    var values: [UInt32] = []
    for _ in 0..<SentenceFingerprint.hashCount {
      guard let value = reader.uint32() else { return nil }
      values.append(value)
    }
    guard reader.atEnd else { return nil }
    return SentenceFingerprint(hashValues: values, wordCount: Int(words))
  }

  private static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      out.append(UInt8(value & 0x7F) | 0x80)
      value >>= 7
    }
    out.append(UInt8(value))
  }

  private static func appendOptional(_ text: String?, to out: inout [UInt8]) {
    guard let text else { return out.append(0) }
    appendVarint(UInt64(text.utf8.count) + 1, to: &out)
    out.append(contentsOf: text.utf8)
  }
}

/// A cursor over encoded bytes that fails softly on truncation.
private struct ByteReader {
  let bytes: [UInt8]
  var offset = 0

  var atEnd: Bool { offset == bytes.count }

  mutating func byte() -> UInt8? {
    guard offset < bytes.count else { return nil }
    defer { offset += 1 }
    return bytes[offset]
  }

  mutating func varint() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while let byte = byte() {
      guard shift < 64 else { return nil }
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }

  mutating func uint32() -> UInt32? {
    guard offset + 4 <= bytes.count else { return nil }
    defer { offset += 4 }
    return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }

  /// A count, then that many ids, ending the bytes when `toEnd`; `nil` otherwise.
  mutating func ids(toEnd: Bool) -> [Int64]? {
    guard let count = varint(), count <= UInt64(bytes.count) else { return nil }
    var ids: [Int64] = []
    for _ in 0..<count {
      guard let id = varint(), id <= UInt64(Int64.max) else { return nil }
      ids.append(Int64(id))
    }
    return !toEnd || atEnd ? ids : nil
  }

  mutating func uint64() -> UInt64? {
    guard offset + 8 <= bytes.count else { return nil }
    defer { offset += 8 }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
    return value
  }

  /// `.some(nil)` for an absent string, `nil` when the bytes run out.
  mutating func optionalString() -> String?? {
    guard let length = varint() else { return nil }
    if length == 0 { return .some(nil) }
    let count = Int(length - 1)
    guard count <= bytes.count - offset else { return nil }
    defer { offset += count }
    return .some(String(decoding: bytes[offset..<(offset + count)], as: UTF8.self))
  }
}
