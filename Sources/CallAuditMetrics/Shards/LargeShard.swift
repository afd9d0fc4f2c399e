/// A shard too large to measure in memory — typically one customer with millions of
/// contacts, which no number of shards can split — measured in bounded memory.
///
/// The records are sorted on disk (``RecordSorter``) twice: by contact, to keep one
/// version of each (``ContactIdentity``, group by group), then by customer and time, so
/// that each contact is measured once the customer's next contacts within the repeat
/// window have been read (``RepeatDetector``'s rule, one window at a time). Memory holds
/// a sorter's run and one customer's window, at most ``maximumLookahead`` contacts: a
/// contact is compared with at most that many of the customer's next contacts, which
/// only matters when that many fall inside one repeat window with no repeat among them.
package struct LargeShard {
  /// Most of one customer's later contacts held to find a contact's repeat or hand-off.
  package static let maximumLookahead = 65_536

  private let context: ScoringContext
  private var byContact: RecordSorter
  private var byTime: RecordSorter

  package init(context: ScoringContext, storage: SpoolStorage) {
    self.context = context
    let run = context.configuration.sortRunContacts
    byContact = RecordSorter(order: .contact, names: context.names, storage: storage, runRecords: run)
    byTime = RecordSorter(order: .time, names: context.names, storage: storage, runRecords: run)
  }

  /// Adds one record read from the shard, with its own sentences.
  package mutating func add(_ record: ContactRecord, _ sentences: AgentSentences) {
    byContact.add(record, sentences: sentences)
  }

  /// Keeps one version of each contact, calling `count` with each input's duplicates
  /// and updates dropped.
  package mutating func resolve(_ count: (_ source: Int32, _ duplicates: Int, _ updated: Int) -> Void) {
    var group: [(record: ContactRecord, sentences: AgentSentences)] = []
    func flush() {
      guard group.count > 1 else {
        if let only = group.first { byTime.add(only.record, sentences: only.sentences) }
        group.removeAll(keepingCapacity: true)
        return
      }
      let identity = ContactIdentity(resolving: group.map(\.record))
      for kept in identity.kept {
        let member = group.first { $0.record.source == kept.source && $0.record.ordinal == kept.ordinal }!
        byTime.add(member.record, sentences: member.sentences)
      }
      for source in Set(identity.duplicates.keys).union(identity.updated.keys) {
        count(source, identity.duplicates[source] ?? 0, identity.updated[source] ?? 0)
      }
      group.removeAll(keepingCapacity: true)
    }
    byContact.drain { record, sentences in
      if let first = group.first?.record,
        first.provider != record.provider || first.customer != record.customer || first.id != record.id
      {
        flush()
      }
      group.append((record, sentences))
    }
    flush()
  }

  /// Calls `body` with a measurer whose record 0 is each contact kept, and whether a
  /// hand-off from it was seen, contact after contact.
  package mutating func measure(_ body: (ContactMeasurer, Bool) -> Void) {
    let window = context.configuration.repeatWindowSeconds
    let handOff = context.configuration.transferGapSeconds
    var run: [(record: ContactRecord, sentences: AgentSentences)] = []
    var head = 0

    /// Measures `run[head]` against the contacts after it, as RepeatDetector would.
    func settleHead() {
      let contact = run[head].record
      var outcome: RepeatDetector.Outcome? = nil
      let windowObserved = contact.opened <= context.dataEnd[Int(contact.provider)] - window
      var transfer: ContactRecord? = nil
      var repeatedBy: ContactRecord? = nil
      for later in (head + 1)..<run.count {
        let next = run[later].record
        if next.id == contact.id { continue }  // never its own repeat
        let gap = next.opened - contact.opened
        if gap > window { break }
        if gap <= handOff, contact.agent != 0, next.agent != 0, next.agent != contact.agent {
          if transfer == nil { transfer = next }
          continue
        }
        if contact.category >= 0, next.category >= 0, contact.category != next.category { continue }
        repeatedBy = next
        outcome = .repeated(by: 1, windowObserved: windowObserved)
        break
      }
      if outcome == nil {
        outcome = windowObserved ? .notRepeated : .censored
      }
      measureOne(run[head], outcome: outcome!, repeatedBy: repeatedBy, transfer: transfer)
      head += 1
    }

    func measureOne(
      _ member: (record: ContactRecord, sentences: AgentSentences), outcome: RepeatDetector.Outcome,
      repeatedBy: ContactRecord?, transfer: ContactRecord?
    ) {
      var records = [member.record]
      if let repeatedBy { records.append(repeatedBy) }
      var transferIndex: Int? = nil
      if let transfer {
        transferIndex = records.count
        records.append(transfer)
      }
      let measurer = ContactMeasurer(
        records: records, sentences: member.sentences, scripts: context.libraries,
        outcomes: [outcome] + Array(repeating: .notMeasurable, count: records.count - 1),
        transferredTo: [transferIndex] + Array(repeating: nil, count: records.count - 1),
        providers: context.providers, categories: context.categories, channels: context.channels,
        scriptThreshold: context.configuration.scriptThreshold, codedInputs: context.codedInputs)
      body(measurer, transfer != nil)
    }

    func settleRun() {
      while head < run.count { settleHead() }
      run.removeAll(keepingCapacity: true)
      head = 0
    }

    byTime.drain { record, sentences in
      // No customer or no time: no repeat can be looked for, and it is nobody's repeat.
      guard record.customer != 0, record.opened != ContactRecord.noTime else {
        measureOne((record, sentences), outcome: .notMeasurable, repeatedBy: nil, transfer: nil)
        return
      }
      if let first = run.first?.record, first.provider != record.provider || first.customer != record.customer {
        settleRun()
      }
      run.append((record, sentences))
      // A contact is settled once a later one lies beyond its window, or too many wait.
      while head < run.count - 1,
        record.opened - run[head].record.opened > window || run.count - head > Self.maximumLookahead
      {
        settleHead()
      }
      if head >= 4_096 {
        run.removeFirst(head)
        head = 0
      }
    }
    settleRun()
  }
}
