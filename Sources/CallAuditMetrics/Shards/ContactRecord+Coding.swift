import CallAuditModel
import CallAuditText

extension ContactRecord {
  /// Appends the record, its names and its agent sentences' fingerprints to `writer`.
  ///
  /// Names are written out rather than as indices so that spools of analyzers
  /// with different name tables can be read against the merged tables.
  package func encode(
    to writer: inout ByteWriter, provider providerName: String, category categoryName: String?,
    channel channelName: String?, site siteName: String?, team teamName: String?,
    fingerprints: some Collection<SentenceFingerprint>, traits: some Collection<SentenceTraits>
  ) {
    writer.append(id)
    writer.append(providerName)
    writer.append(optional: categoryName)
    writer.append(optional: channelName)
    writer.append(optional: siteName)
    writer.append(optional: teamName)
    writer.append(optional: agentName)
    writer.append(varint: UInt64(Self.code(sourcing)))
    writer.append(varint: UInt64(Self.code(status)))
    writer.append(varint: recordedUnresolved.map { UInt64(Self.code($0)) + 1 } ?? 0)
    writer.append(signed: Int64(transfers))
    writer.append(signed: Int64(escalated))
    writer.append(signed: Int64(handleSeconds))
    writer.append(raw: csat)
    writer.append(raw: customer)
    writer.append(raw: agent)
    writer.append(signed: opened)
    writer.append(signed: updated)
    writer.append(raw: version)
    writer.append(raw: identity)
    writer.append(signed: Int64(agentWords))
    writer.append(signed: Int64(ritualWords))
    writer.append(signed: Int64(moveWords))
    writer.append(signed: Int64(looseWords))
    writer.append(signed: Int64(outcome))
    writer.append(array: moves)
    writer.append(array: moveSentences)
    writer.append(optional: persistence)
    writer.append(optional: churnIntent)
    writer.append(optional: vendorLabels)
    writer.append(
      varint: (churnCode ? 1 : 0) | (hasText ? 2 : 0) | (hasCodes ? 4 : 0) | (hasResolution ? 8 : 0)
        | (looseEngaged ? 16 : 0) | (problemRaised ? 32 : 0) | (otherLanguage ? 64 : 0) | UInt64(leftOut) << 7)
    writer.append(signed: Int64(answered))
    writer.append(signed: Int64(source))
    writer.append(signed: Int64(ordinal))
    writer.append(varint: UInt64(fingerprints.count))
    for (fingerprint, trait) in zip(fingerprints, traits) {
      writer.append(raw: fingerprint.hashes0)
      writer.append(raw: fingerprint.hashes1)
      writer.append(varint: UInt64(fingerprint.wordCount))
      writer.append(raw: trait.rawValue)
    }
  }

  /// Appends the record as ``encode(to:provider:category:channel:site:team:fingerprints:traits:)``
  /// does, its names taken from `names`, the tables its indices point into.
  package func encode(
    to writer: inout ByteWriter, names: NameTables, fingerprints: some Collection<SentenceFingerprint>,
    traits: some Collection<SentenceTraits>
  ) {
    encode(
      to: &writer, provider: names.providers[provider],
      category: category >= 0 ? names.categories[category] : nil,
      channel: channel >= 0 ? names.channels[channel] : nil, site: site >= 0 ? names.sites[site] : nil,
      team: team >= 0 ? names.teams[team] : nil, fingerprints: fingerprints, traits: traits)
  }

  /// Reads a record written by ``encode(to:provider:category:channel:site:team:fingerprints:traits:)``,
  /// giving it the indices of its names in `names` and appending its
  /// fingerprints and their traits to `sentences` (where its `sentenceStart` then points).
  package init(
    decoding reader: inout ByteReader, names: NameTables, sourceOffset: Int32,
    sentences: inout AgentSentences
  ) throws(ByteReader.Damaged) {
    id = try reader.string()
    provider = try names.providers.existingIndex(of: try reader.string())
    category = try reader.optionalString().map { name throws(ByteReader.Damaged) in
      try names.categories.existingIndex(of: name)
    } ?? -1
    channel = try reader.optionalString().map { name throws(ByteReader.Damaged) in
      try names.channels.existingIndex(of: name)
    } ?? -1
    site = try reader.optionalString().map { name throws(ByteReader.Damaged) in
      try names.sites.existingIndex(of: name)
    } ?? -1
    team = try reader.optionalString().map { name throws(ByteReader.Damaged) in
      try names.teams.existingIndex(of: name)
    } ?? -1
    agentName = try reader.optionalString()
    sourcing = try Self.value(Sourcing.self, try reader.varint())
    status = try Self.value(ContactStatus.self, try reader.varint())
    let reason = try reader.varint()
    recordedUnresolved = reason == 0 ? nil : try Self.value(UnresolvedReason.self, reason - 1)
    transfers = Int32(truncatingIfNeeded: try reader.signed())
    escalated = Int8(truncatingIfNeeded: try reader.signed())
    handleSeconds = Int32(truncatingIfNeeded: try reader.signed())
    csat = try reader.raw(Float.self)
    customer = try reader.raw(UInt64.self)
    agent = try reader.raw(UInt64.self)
    opened = try reader.signed()
    updated = try reader.signed()
    version = try reader.raw(UInt64.self)
    identity = try reader.raw(UInt64.self)
    agentWords = Int32(truncatingIfNeeded: try reader.signed())
    ritualWords = Int32(truncatingIfNeeded: try reader.signed())
    moveWords = Int32(truncatingIfNeeded: try reader.signed())
    looseWords = Int32(truncatingIfNeeded: try reader.signed())
    outcome = Int8(truncatingIfNeeded: try reader.signed())
    moves = try reader.array(of: UInt16.self)
    moveSentences = try reader.array(of: UInt16.self)
    persistence = try reader.optionalString()
    churnIntent = try reader.optionalString()
    vendorLabels = try reader.optionalString()
    let flags = try reader.varint()
    churnCode = flags & 1 != 0
    hasText = flags & 2 != 0
    hasCodes = flags & 4 != 0
    hasResolution = flags & 8 != 0
    looseEngaged = flags & 16 != 0
    problemRaised = flags & 32 != 0
    otherLanguage = flags & 64 != 0
    leftOut = UInt8(truncatingIfNeeded: flags >> 7)
    answered = Int8(truncatingIfNeeded: try reader.signed())
    // Damaged data must not overflow the addition.
    let (shifted, overflow) = Int32(truncatingIfNeeded: try reader.signed()).addingReportingOverflow(sourceOffset)
    guard !overflow else { throw ByteReader.Damaged() }
    source = shifted
    ordinal = Int32(truncatingIfNeeded: try reader.signed())
    let count = Int(try reader.varint())
    sentenceStart = Int32(sentences.fingerprints.count)
    sentenceCount = Int32(count)
    for _ in 0..<count {
      let low = try reader.raw(SIMD16<UInt32>.self)
      let high = try reader.raw(SIMD16<UInt32>.self)
      let words = Int(try reader.varint())
      sentences.fingerprints.append(SentenceFingerprint(hashes0: low, hashes1: high, wordCount: words))
      sentences.traits.append(SentenceTraits(rawValue: try reader.raw(UInt8.self)))
    }
  }

  /// A case's position among its type's cases: its code in the spool.
  package static func code<Value: CaseIterable & Equatable>(_ value: Value) -> Int
  where Value.AllCases.Index == Int {
    Value.allCases.firstIndex(of: value)!
  }

  /// A case's position among its type's cases, as its own ``CaseIndexed/caseIndex`` says:
  /// no search of `allCases` per contact.
  package static func code<Value: CaseIndexed>(_ value: Value) -> Int { Int(value.caseIndex) }

  /// The case at position `code`, which ``code(_:)`` gave.
  package static func value<Value: CaseIterable>(_ type: Value.Type, _ code: UInt64) throws(ByteReader.Damaged) -> Value
  where Value.AllCases.Index == Int {
    guard code < Value.allCases.count else { throw ByteReader.Damaged() }
    return Value.allCases[Int(code)]
  }
}

extension InputCoverage {
  /// Every count, in a fixed order, for ``encode(to:)``.
  private static var counts: [WritableKeyPath<InputCoverage, Int>] {
    [
    \.contacts, \.duplicates, \.updated, \.withText, \.withAgentText, \.repeatMeasurable, \.handOffVisible,
    \.withCodes, \.withStatus, \.withResolution, \.withTransfers, \.withEscalation, \.withAnswerState,
    \.withHandleTime, \.answeredWithHandleTime, \.withCSAT,
    ]
  }

  /// Appends the counts to `writer`.
  package func encode(to writer: inout ByteWriter) {
    for count in Self.counts { writer.append(signed: Int64(self[keyPath: count])) }
  }

  /// Reads counts written by ``encode(to:)``.
  package init(decoding reader: inout ByteReader) throws(ByteReader.Damaged) {
    self.init()
    for count in Self.counts { self[keyPath: count] = Int(try reader.signed()) }
  }
}
