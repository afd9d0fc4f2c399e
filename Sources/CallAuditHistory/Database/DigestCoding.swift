import CallAudit

/// A compact binary encoding of a ``TranscriptDigest`` for the `contact.digest`
/// column, with each agent sentence stored once in `agent_sentence` and named
/// here by its id: script lines recur across thousands of contacts, so a
/// contact costs a few bytes per sentence instead of a fingerprint and a text.
///
/// Layout: a flags byte (has text, responsiveness known, responsive), the agent
/// word count, the two evidence excerpts, then the sentence ids. Counts, lengths
/// and ids are LEB128 varints; an absent excerpt is length 0, a present one length + 1.
enum DigestCoding {
  static func encode(
    _ digest: TranscriptDigest, sentenceID: (TranscriptDigest.AgentSentence) throws -> Int64
  ) rethrows -> [UInt8] {
    var out: [UInt8] = []
    var flags: UInt8 = digest.hasText ? 1 : 0
    if let responsive = digest.responsive { flags |= 2 | (responsive ? 4 : 0) }
    out.append(flags)
    appendVarint(UInt64(digest.agentWords), to: &out)
    appendOptional(digest.persistence, to: &out)
    appendOptional(digest.churnIntent, to: &out)
    appendVarint(UInt64(digest.agentSentences.count), to: &out)
    for sentence in digest.agentSentences {
      appendVarint(UInt64(try sentenceID(sentence)), to: &out)
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
      let ids = reader.ids()
    else { return nil }
    var sentences: [TranscriptDigest.AgentSentence] = []
    for id in ids {
      guard let found = sentence(id) else { return nil }
      sentences.append(found)
    }
    return TranscriptDigest(
      agentSentences: sentences, agentWords: Int(agentWords),
      responsive: flags & 2 != 0 ? flags & 4 != 0 : nil,
      persistence: persistence, churnIntent: churnIntent, hasText: flags & 1 != 0)
  }

  /// The sentence ids a digest names, or `nil` for damaged bytes.
  static func sentenceIDs(_ bytes: [UInt8]) -> [Int64]? {
    var reader = ByteReader(bytes: bytes)
    guard reader.byte() != nil, reader.varint() != nil, reader.optionalString() != nil,
      reader.optionalString() != nil
    else { return nil }
    return reader.ids()
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

  /// A count, then that many ids, ending the bytes; `nil` otherwise.
  mutating func ids() -> [Int64]? {
    guard let count = varint(), count <= UInt64(bytes.count) else { return nil }
    var ids: [Int64] = []
    for _ in 0..<count {
      guard let id = varint(), id <= UInt64(Int64.max) else { return nil }
      ids.append(Int64(id))
    }
    return atEnd ? ids : nil
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
