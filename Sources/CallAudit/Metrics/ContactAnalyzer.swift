import Dispatch
import Synchronization

/// Collects contacts from any number of inputs and computes the report.
///
/// Runs in two phases. Reading: each contact's record and agent sentences'
/// fingerprints (never the text) go to a ``ContactSpool`` — memory up to a
/// budget, then a temporary file — and the sentences to a bounded script
/// miner per provider. Measuring (``finish(inputs:jobs:)``): the mined scripts
/// and each shard of whole customers, one shard at a time per job. So memory
/// stays bounded by the miners, the spool's budget and one shard per job,
/// whatever the number of contacts. Analyzers fed from different inputs merge
/// (``merge(_:)``), which is how inputs are read in parallel.
public struct ContactAnalyzer: Sendable {
  /// The settings in force.
  public let configuration: AnalysisConfiguration
  private var providers = NameTable()
  private var categories = NameTable()
  private var channels = NameTable()
  /// Every contact's record and fingerprints, in shards of customers.
  private var spool: ContactSpool
  /// Each provider's latest contact time, indexed like `providers`.
  private var dataEnd: [Int64] = []
  /// One miner per provider: scripts belong to a provider (or its vendor), and
  /// a line counts as script by how many of that provider's customers heard it.
  /// Indexed like `providers`.
  private var miners: [ScriptMiner] = []
  /// How many inputs the records come from: contacts added directly belong to
  /// input 0, and each merge appends the other analyzer's inputs after ours, so
  /// merging one analyzer per input in input order numbers them as the inputs.
  private var inputCount = 1

  /// Creates an empty analyzer.
  public init(configuration: AnalysisConfiguration = AnalysisConfiguration()) {
    self.init(configuration: configuration, shards: ContactSpool.defaultShardCount)
  }

  /// Creates an empty analyzer measuring in `shards` shards and holding up to
  /// `spoolBudget` bytes of contacts in memory; the report depends on neither
  /// (analyzers merged must agree on `shards`).
  init(configuration: AnalysisConfiguration, shards: Int, spoolBudget: Int = ContactSpool.defaultMemoryBudget) {
    self.configuration = configuration
    spool = ContactSpool(shardCount: shards, memoryBudget: spoolBudget)
  }

  /// Bytes of contacts moved to temporary files so far.
  var spilledBytes: Int { spool.spilledBytes }

  /// Contacts added so far.
  public var contactCount: Int { spool.count }

  /// One contact measured as far as it can be alone: its record (names not yet
  /// interned) and what its transcript says.
  ///
  /// Preparing is the costly part of ``add(_:)`` and touches no shared state,
  /// so contacts can be prepared on any thread; absorbing them in input order
  /// (``absorb(_:)``) leaves the analyzer exactly as `add` would.
  public struct PreparedContact: Sendable {
    fileprivate let contact: Contact
    fileprivate var record: ContactRecord
    /// The agent sentences fingerprinted, in order, beside their fingerprints
    /// in `signals.agentSentences`: the miner keeps a cluster's text.
    fileprivate let sentences: [Substring]
    fileprivate let signals: TranscriptSignals
  }

  /// Reads one contact's fields and transcript; see ``PreparedContact``.
  public static func prepare(_ contact: Contact, configuration: AnalysisConfiguration) -> PreparedContact {
    var sentences: [Substring] = []
    let signals = TranscriptSignals(turns: contact.turns) { sentence, _ in sentences.append(sentence) }
    // The names are interned when the contact is absorbed, in input order.
    let record = ContactRecord(
      contact, provider: 0, category: -1, channel: -1, policy: configuration.resolutionPolicy)
    return PreparedContact(contact: contact, record: record, sentences: sentences, signals: signals)
  }

  /// Adds one contact: keeps its record, fingerprints its agent sentences and
  /// shows them to the script miner.
  public mutating func add(_ contact: Contact) {
    absorb(Self.prepare(contact, configuration: configuration))
  }

  /// Adds a contact prepared by ``prepare(_:configuration:)``. Contacts must be
  /// absorbed in input order for the report to match ``add(_:)``'s.
  public mutating func absorb(_ prepared: PreparedContact) {
    let contact = prepared.contact, signals = prepared.signals
    var record = prepared.record
    intern(&record, contact)
    let (provider, speaker) = minerSlot(for: record, contact)
    for (sentence, fingerprint) in zip(prepared.sentences, signals.agentSentences) {
      miners[provider].observe(sentence: sentence, fingerprint: fingerprint, customerKey: speaker)
    }
    keep(
      &record, sentences: signals.agentSentences, agentWords: signals.agentWords, responsive: signals.responsive,
      persistence: signals.persistence, churnIntent: signals.churnIntent)
  }

  /// Adds a contact whose transcript was read before (a history keeps the digest,
  /// not the turns); the figures are the same as from ``add(_:)`` with the turns.
  public mutating func add(_ contact: Contact, digest: TranscriptDigest) {
    var record = makeRecord(contact)
    record.hasText = digest.hasText
    let (provider, speaker) = minerSlot(for: record, contact)
    for sentence in digest.agentSentences {
      miners[provider].observe(sentence: Substring(sentence.text), fingerprint: sentence.fingerprint, customerKey: speaker)
    }
    keep(
      &record, sentences: digest.agentSentences.map(\.fingerprint), agentWords: digest.agentWords,
      responsive: digest.responsive, persistence: digest.persistence, churnIntent: digest.churnIntent)
  }

  private mutating func makeRecord(_ contact: Contact) -> ContactRecord {
    var record = ContactRecord(
      contact, provider: 0, category: -1, channel: -1, policy: configuration.resolutionPolicy)
    intern(&record, contact)
    return record
  }

  /// Gives the record the indices of its provider, category and channel names.
  private mutating func intern(_ record: inout ContactRecord, _ contact: Contact) {
    record.provider = providers.index(of: contact.provider)
    record.category = contact.category.map { categories.index(of: $0) } ?? -1
    record.channel = contact.channel.map { channels.index(of: $0) } ?? -1
  }

  /// The provider's miner (created on first sight) and the key its support is counted by.
  private mutating func minerSlot(for record: ContactRecord, _ contact: Contact) -> (Int, UInt64) {
    // Support counts distinct customers; a contact without one stands for itself.
    let speaker = record.customer != 0 ? record.customer : StableHash.of(contact.provider, "#", contact.id)
    let provider = Int(record.provider)
    if provider == miners.count { miners.append(ScriptMiner()) }
    return (provider, speaker)
  }

  private mutating func keep(
    _ record: inout ContactRecord, sentences fingerprints: [SentenceFingerprint], agentWords: Int,
    responsive: Bool?, persistence: String?, churnIntent: String?
  ) {
    record.ordinal = Int32(truncatingIfNeeded: spool.count)
    record.sentenceCount = Int32(fingerprints.count)
    record.agentWords = Int32(clamping: agentWords)
    record.responsive = responsive.map { $0 ? 1 : 0 } ?? -1
    record.persistence = persistence
    record.churnIntent = churnIntent
    let provider = Int(record.provider)
    while dataEnd.count <= provider { dataEnd.append(ContactRecord.noTime) }
    if record.opened != ContactRecord.noTime { dataEnd[provider] = max(dataEnd[provider], record.opened) }
    spool.append(
      record, provider: providers[record.provider],
      category: record.category >= 0 ? categories[record.category] : nil,
      channel: record.channel >= 0 ? channels[record.channel] : nil, fingerprints: fingerprints)
  }

  /// Adds everything `other` collected.
  public mutating func merge(_ other: ContactAnalyzer) {
    let providerMap = providers.absorb(other.providers)
    _ = categories.absorb(other.categories)
    _ = channels.absorb(other.channels)
    spool.merge(other.spool, sourceOffset: Int32(inputCount))
    inputCount += other.inputCount
    for (theirs, latest) in other.dataEnd.enumerated() {
      let ours = Int(providerMap[theirs])
      while dataEnd.count <= ours { dataEnd.append(ContactRecord.noTime) }
      dataEnd[ours] = max(dataEnd[ours], latest)
    }
    for (theirs, miner) in other.miners.enumerated() {
      let ours = Int(providerMap[theirs])
      if ours == miners.count { miners.append(miner) } else { miners[ours].merge(miner) }
    }
  }

  /// Computes every measure over the contacts collected.
  ///
  /// `inputs` are the summaries of the inputs the contacts came from, in the
  /// order their analyzers were merged (see ``merge(_:)``); they name the
  /// inputs in the report and receive each one's coverage. The shards of
  /// customers are measured `jobs` at a time and their partial reports merged;
  /// the report does not depend on `jobs`.
  public func finish(inputs: [InputSummary], jobs: Int = 1) -> AnalysisReport {
    let context = scoringContext()
    let spool = self.spool
    let partials = Mutex<[Int: PartialReport]>([:])
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, spool.shardCount))) { _ in
      while true {
        let shard = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard shard < spool.shardCount else { return }
        let (records, sentences) = spool.shard(shard, context: context)
        let partial = PartialReport(shard: records, sentences: sentences, context: context)
        partials.withLock { $0[shard] = partial }
      }
    }
    return partials.withLock { partials in
      var merged = PartialReport()
      for shard in 0..<spool.shardCount { merged.merge(partials[shard]!) }
      return merged.report(inputs: inputs, context: context)
    }
  }

  /// The scripts mined from every contact and the other figures measuring needs.
  func scoringContext() -> ScoringContext {
    var libraries: [Int32: ScriptLibrary] = [:]
    for index in providers.names.indices {
      var library = miners[index].library()
      if !configuration.knownScriptLines.isEmpty { library.addKnownLines(configuration.knownScriptLines) }
      libraries[Int32(index)] = library
    }
    return ScoringContext(
      configuration: configuration, providers: providers, categories: categories, channels: channels,
      libraries: libraries, dataEnd: dataEnd)
  }
}
