import CallAuditModel
import CallAuditText
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
  /// Names, script miners and the other figures reading leaves.
  private var corpus = CorpusState()
  /// Every contact's record and fingerprints, in shards of customers.
  private var spool: ContactSpool
  /// Recently read contacts of this input (``RecentVersions``): a record identical
  /// to the one read just before it of the same contact is a copy, counted (as a
  /// duplicate, with what it carries) and dropped at once, since measuring would
  /// drop it anyway (``ContactIdentity``), so an export repeating one row millions
  /// of times holds one. A copy the table has forgotten is dropped when measured.
  private var recent = RecentVersions()
  /// The (contact, version) pairs whose sentences the miners have seen while
  /// this input is read: a copy is not shown to the miners again, whose clusters
  /// depend on what they see and in which order. 8 bytes per distinct contact of
  /// the input, dropped when inputs merge.
  private var minedVersions: Set<UInt64> = []

  /// Creates an empty analyzer.
  public init(configuration: AnalysisConfiguration = AnalysisConfiguration()) {
    self.init(configuration: configuration, shards: ContactSpool.defaultShardCount)
  }

  /// Creates an empty analyzer whose spool spills to `storage`, the file the
  /// other analyzers of the run share.
  package init(configuration: AnalysisConfiguration, storage: SpoolStorage) {
    self.configuration = configuration
    spool = ContactSpool(shardCount: ContactSpool.defaultShardCount, storage: storage)
  }

  /// Creates an empty analyzer measuring in `shards` shards and holding up to
  /// `spoolBudget` bytes of contacts in memory; the report depends on neither
  /// (analyzers merged must agree on `shards`).
  package init(configuration: AnalysisConfiguration, shards: Int, spoolBudget: Int = ContactSpool.defaultMemoryBudget) {
    self.configuration = configuration
    spool = ContactSpool(shardCount: shards, memoryBudget: spoolBudget)
  }

  /// An analyzer standing in for an input whose content is identical to an
  /// earlier input's: it keeps the input's place in the numbering and adds nothing.
  public static func placeholder(configuration: AnalysisConfiguration) -> ContactAnalyzer {
    var analyzer = ContactAnalyzer(configuration: configuration)
    analyzer.corpus = .placeholder()
    return analyzer
  }

  /// What reading left besides the contacts, for a distributed run (``ShardStages``).
  package var corpusState: CorpusState { corpus }
  /// The contacts, for a distributed run to send elsewhere.
  package var contacts: ContactSpool { spool }

  /// Bytes of contacts moved to temporary files so far.
  package var spilledBytes: Int { spool.spilledBytes }

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
    /// Every fingerprinted agent sentence, in order, with its fingerprint and the hash of
    /// the values it states: the miner sees them all and keeps a cluster's text.
    fileprivate let observed: [ObservedSentence]
    fileprivate let signals: TranscriptSignals
  }

  /// One agent sentence shown to the script miner.
  fileprivate struct ObservedSentence: Sendable {
    var text: Substring
    var fingerprint: SentenceFingerprint
    var valueHash: UInt64
  }

  /// Reads one contact's fields and transcript; see ``PreparedContact``.
  public static func prepare(_ contact: consuming Contact, configuration: AnalysisConfiguration) -> PreparedContact {
    var observed: [ObservedSentence] = []
    let signals = TranscriptSignals(turns: contact.turns) { sentence, fingerprint, values, _ in
      observed.append(ObservedSentence(text: sentence, fingerprint: fingerprint, valueHash: values))
    }
    // The names are interned when the contact is absorbed, in input order.
    let record = Self.record(of: contact, configuration: configuration)
    return PreparedContact(contact: contact, record: record, observed: observed, signals: signals)
  }

  /// The record of a contact, its names not yet interned; it keeps the agent's id as
  /// exported only when the report is to show agents by name.
  private static func record(of contact: Contact, configuration: AnalysisConfiguration) -> ContactRecord {
    var record = ContactRecord(
      contact, provider: 0, category: -1, channel: -1, policy: configuration.resolutionPolicy)
    if configuration.showAgents { record.agentName = contact.agentID }
    if let filter = configuration.filter { record.leftOut = filter.reasons(for: contact) }
    return record
  }

  /// Adds one contact: keeps its record, fingerprints its agent sentences and
  /// shows them to the script miner.
  public mutating func add(_ contact: Contact) {
    absorb(Self.prepare(contact, configuration: configuration))
  }

  /// Adds a contact prepared by ``prepare(_:configuration:)``. Contacts must be
  /// absorbed in input order for the report to match ``add(_:)``'s.
  public mutating func absorb(_ prepared: consuming PreparedContact) {
    let contact = prepared.contact
    var record = prepared.record
    corpus.intern(&record, contact)
    let reading = TranscriptReading(prepared.signals)
    guard !isCopy(&record, reading) else { return }
    if isFirstSight(of: record) {
      // By index: a loop over the elements copied each sentence twice (its text retained,
      // its fingerprint moved), this once (callgrind, stop 37: 14.3 against 7.2 copies per
      // contact); reading through a buffer pointer left that one copy too.
      let observed = prepared.observed
      for index in observed.indices {
        corpus.observe(
          observed[index].text, observed[index].fingerprint, values: observed[index].valueHash, of: record,
          id: contact.id)
      }
    }
    keep(&record, reading)
  }

  /// Adds a contact whose transcript was read before (a history keeps the digest,
  /// not the turns); the figures are the same as from ``add(_:)`` with the turns.
  public mutating func add(_ contact: Contact, digest: TranscriptDigest) {
    var record = Self.record(of: contact, configuration: configuration)
    corpus.intern(&record, contact)
    record.hasText = digest.hasText
    let reading = TranscriptReading(digest)
    guard !isCopy(&record, reading) else { return }
    if isFirstSight(of: record) {
      for sentence in digest.agentSentences {
        corpus.observe(
          Substring(sentence.text), sentence.fingerprint, values: sentence.valueHash, of: record, id: contact.id)
      }
    }
    keep(&record, reading)
  }

  /// Shows a contact's stored agent sentences to its provider's script miner
  /// without measuring the contact: how an audit mines scripts over its whole
  /// history but measures only the window (docs/cron.md). Contacts mined this
  /// way and then added in the same order give the miners exactly what
  /// ``add(_:digest:)`` of them all would; the history holds each contact once.
  public mutating func mine(_ contact: Contact, digest: TranscriptDigest) {
    var record = Self.record(of: contact, configuration: configuration)
    corpus.intern(&record, contact)
    for sentence in digest.agentSentences {
      corpus.observe(
        Substring(sentence.text), sentence.fingerprint, values: sentence.valueHash, of: record, id: contact.id)
    }
  }

  /// Whether the record is a copy of the record of its contact read just before in
  /// this input; a copy is counted as a duplicate (``CorpusState/countCopy(_:)``).
  private mutating func isCopy(_ record: inout ContactRecord, _ reading: TranscriptReading) -> Bool {
    guard recent.readAgain(identity: record.identity, version: record.version) else { return false }
    reading.apply(to: &record)
    corpus.countCopy(record)
    return true
  }

  /// Whether this version of the record's contact is new to this input's miners.
  private mutating func isFirstSight(of record: ContactRecord) -> Bool {
    minedVersions.insert(record.identity ^ TextHash.mix(record.version)).inserted
  }

  private mutating func keep(_ record: inout ContactRecord, _ reading: TranscriptReading) {
    record.ordinal = Int32(truncatingIfNeeded: spool.count)
    reading.apply(to: &record)
    spool.append(record, names: corpus.names, fingerprints: reading.fingerprints, traits: reading.traits)
  }

  /// Adds everything `other` collected.
  public mutating func merge(_ other: ContactAnalyzer) {
    recent = RecentVersions()
    minedVersions = []
    spool.merge(other.spool, sourceOffset: Int32(corpus.inputCount))
    corpus.merge(other.corpus)
  }

  /// Computes every measure over the contacts collected.
  ///
  /// `inputs` are the summaries of the inputs the contacts came from, in the
  /// order their analyzers were merged (see ``merge(_:)``); they name the
  /// inputs in the report and receive each one's coverage. The shards of
  /// customers are measured `jobs` at a time and their partial reports merged;
  /// the report does not depend on `jobs`.
  public func finish(inputs: [InputSummary], jobs: Int = 1) -> AnalysisReport {
    let context = corpus.scoringContext(configuration: configuration)
    let spool = self.spool
    let limit = configuration.flaggedLimit
    // Shards merge as they finish, so memory holds one running total, not a partial
    // report per shard; merging in any order gives the same report. With a
    // flagged-contact limit only the worst N flagged contacts are kept; without one,
    // their evidence goes to the temporary file when large (``FlaggedEvidence``).
    let spill = limit == nil ? spool.spillStorage : nil
    let running = Mutex(PartialReport())
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, spool.shardCount))) { _ in
      // One per worker: it keeps the libraries' recent answers from shard to shard.
      var matches = ScriptMatches()
      while true {
        let shard = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard shard < spool.shardCount else { return }
        let partial: PartialReport
        if spool.shardCounts[shard] > configuration.largeShardContacts {
          partial = PartialReport(largeShard: shard, of: spool, context: context, spill: spill, matches: &matches)
        } else {
          let (records, sentences) = spool.shard(shard, names: context.names)
          partial = PartialReport(
            shard: records, sentences: sentences, context: context, spill: spill, matches: &matches)
        }
        running.withLock { total in
          total.merge(partial)
          total.keepWorstFlagged(limit: limit)
        }
      }
    }
    let total = running.withLock { total in
      let done = total
      total = PartialReport()
      return done
    }
    return total.report(inputs: inputs, context: context)
  }
}
