import CallAuditModel
import CallAuditText

/// What reading contacts leaves for measuring them, apart from the contacts
/// themselves: the names seen, one script miner per provider, each provider's
/// latest contact time, and how many inputs were read.
///
/// It merges, input after input, and is written to bytes and read back
/// exactly (``encode(to:)``), so that inputs read in different processes —
/// or on different machines — meet in one state, and so in one script set.
package struct CorpusState: Sendable {
  /// Interned names; records carry indices into these.
  package private(set) var names = NameTables()
  package var providers: NameTable { names.providers }
  package var categories: NameTable { names.categories }
  package var channels: NameTable { names.channels }
  package var sites: NameTable { names.sites }
  package var teams: NameTable { names.teams }
  /// One miner per provider: scripts belong to a provider (or its vendor), and
  /// a line counts as script by how many of that provider's customers heard it.
  /// Indexed like `providers`.
  private var miners: [ScriptMiner] = []
  /// Each provider's latest contact time, indexed like `providers`.
  private var dataEnd: [Int64] = []
  /// How many inputs the contacts come from: contacts added directly belong to
  /// input 0, and each merge appends the other state's inputs after ours, so
  /// merging one state per input in input order numbers them as the inputs.
  package private(set) var inputCount = 1
  /// Inputs whose bytes are identical to an earlier input's: they stand in the
  /// numbering, but their contacts are not measured (``placeholder()``).
  package private(set) var skippedInputs: Set<Int32> = []
  /// Inputs some contact of which carries a resolution code: only there does a closed
  /// contact without one count as closed without a resolving code.
  package private(set) var codedInputs: Set<Int32> = []
  /// By input: the copies dropped while reading (``ContactAnalyzer``), as the
  /// coverage they add — each one a duplicate, carrying what its original carries.
  package private(set) var copies: [Int32: InputCoverage] = [:]

  /// An empty state: no inputs read yet.
  package init() {}

  /// The state of one input skipped because it is identical to an earlier one.
  package static func placeholder() -> CorpusState {
    var state = CorpusState()
    state.skippedInputs = [0]
    return state
  }

  /// Gives the record the indices of its provider, category and channel names.
  package mutating func intern(_ record: inout ContactRecord, _ contact: Contact) {
    record.provider = names.providers.index(of: contact.provider)
    record.category = contact.category.map { names.categories.index(of: $0) } ?? -1
    record.channel = contact.channel.map { names.channels.index(of: $0) } ?? -1
    record.site = contact.site.map { names.sites.index(of: $0) } ?? -1
    record.team = contact.team.map { names.teams.index(of: $0) } ?? -1
    let provider = Int(record.provider)
    if provider == miners.count {
      miners.append(ScriptMiner())
      dataEnd.append(ContactRecord.noTime)
    }
    if record.opened != ContactRecord.noTime { dataEnd[provider] = max(dataEnd[provider], record.opened) }
    if record.hasResolution { codedInputs.insert(record.source) }
  }

  /// Counts a record dropped while reading as a copy of the one read just before it.
  package mutating func countCopy(_ record: ContactRecord) {
    copies[record.source, default: InputCoverage()].add(record)
    copies[record.source, default: InputCoverage()].duplicates += 1
  }

  /// Shows one agent sentence of an interned record's contact to its provider's miner.
  package mutating func observe(
    _ sentence: Substring, _ fingerprint: SentenceFingerprint, values: UInt64, of record: ContactRecord, id: String
  ) {
    // Support counts distinct customers; a contact without one stands for itself.
    let speaker = record.customer != 0 ? record.customer : StableHash.of(providers[record.provider], "#", id)
    miners[Int(record.provider)].observe(
      sentence: sentence, fingerprint: fingerprint, customerKey: speaker, valueHash: values)
  }

  /// Adds another state, whose inputs come after ours.
  package mutating func merge(_ other: CorpusState) {
    let providerMap = names.providers.absorb(other.providers)
    _ = names.categories.absorb(other.categories)
    _ = names.channels.absorb(other.channels)
    _ = names.sites.absorb(other.sites)
    _ = names.teams.absorb(other.teams)
    for skipped in other.skippedInputs { skippedInputs.insert(skipped + Int32(inputCount)) }
    for coded in other.codedInputs { codedInputs.insert(coded + Int32(inputCount)) }
    for (source, copy) in other.copies { copies[source + Int32(inputCount), default: InputCoverage()].merge(copy) }
    inputCount += other.inputCount
    for (theirs, miner) in other.miners.enumerated() {
      let ours = Int(providerMap[theirs])
      if ours == miners.count {
        miners.append(miner)
        dataEnd.append(other.dataEnd[theirs])
      } else {
        miners[ours].merge(miner)
        dataEnd[ours] = max(dataEnd[ours], other.dataEnd[theirs])
      }
    }
  }

  /// The scripts mined, and the rest of what measuring needs.
  package func scoringContext(configuration: AnalysisConfiguration) -> ScoringContext {
    // With several providers, a line's support counts every provider's customers.
    let pool = miners.count > 1 ? ScriptPool(miners: miners) : nil
    let libraries = providers.names.indices.map { index in
      var library = miners[index].library(pool: pool)
      let known = configuration.knownScriptLines + (configuration.knownScriptLinesByProvider[providers[Int32(index)]] ?? [])
      if !known.isEmpty { library.addKnownLines(known) }
      return library
    }
    return ScoringContext(
      configuration: configuration, names: names, libraries: libraries, dataEnd: dataEnd,
      skippedInputs: skippedInputs, codedInputs: codedInputs, copies: copies)
  }
}

extension CorpusState {
  /// Appends the whole state to `writer`.
  package func encode(to writer: inout ByteWriter) {
    for table in [providers, categories, channels, sites, teams] {
      writer.append(varint: UInt64(table.names.count))
      for name in table.names { writer.append(name) }
    }
    writer.append(array: dataEnd)
    for miner in miners { miner.encode(to: &writer) }
    writer.append(signed: Int64(inputCount))
    writer.append(array: skippedInputs.sorted())
    writer.append(array: codedInputs.sorted())
    let sources = copies.keys.sorted()
    writer.append(array: sources)
    for source in sources { copies[source]!.encode(to: &writer) }
  }

  /// Reads a state written by ``encode(to:)``.
  package init(decoding reader: inout ByteReader) throws(ByteReader.Damaged) {
    func table() throws(ByteReader.Damaged) -> NameTable {
      var table = NameTable()
      for _ in 0..<Int(try reader.varint()) { _ = table.index(of: try reader.string()) }
      return table
    }
    names = NameTables(
      providers: try table(), categories: try table(), channels: try table(), sites: try table(), teams: try table())
    dataEnd = try reader.array(of: Int64.self)
    guard dataEnd.count == providers.names.count else { throw ByteReader.Damaged() }
    for _ in providers.names.indices { miners.append(try ScriptMiner(decoding: &reader)) }
    inputCount = Int(try reader.signed())
    skippedInputs = Set(try reader.array(of: Int32.self))
    codedInputs = Set(try reader.array(of: Int32.self))
    for source in try reader.array(of: Int32.self) { copies[source] = try InputCoverage(decoding: &reader) }
  }
}
