import CallAuditModel
import CallAuditSystem
import CallAuditText

/// One shard's share of a report: counts that add up exactly across shards,
/// and the shard's flagged contacts with their evidence.
///
/// A shard holds whole customers (``ContactSpool``), so every measure of its
/// contacts is final; merging shards' partial reports in any grouping and any
/// order gives the report of all their contacts, byte for byte (sums are
/// ``ExactSum``s, and every list is put in a total order at the end).
package struct PartialReport: Sendable, Codable {
  /// Where a contact was read: its input and its position there. It breaks
  /// ties in the report's orders the way reading the inputs in order would.
  package struct Place: Sendable, Codable {
    package var source: Int32
    package var ordinal: Int32

    package init(source: Int32, ordinal: Int32) {
      self.source = source
      self.ordinal = ordinal
    }

    package init(_ record: ContactRecord) {
      self.init(source: record.source, ordinal: record.ordinal)
    }

    package static func < (a: Place, b: Place) -> Bool {
      (a.source, a.ordinal) < (b.source, b.ordinal)
    }
  }

  /// A contact's measures and where the contact was read.
  package struct PlacedMeasure: Sendable, Codable {
    package var place: Place
    package var measure: ContactMeasure
  }

  private var tallies: [Int32: [Sourcing: GroupTally]] = [:]
  private var strata = StrataCollector()
  /// By input index.
  private var coverage: [Int32: InputCoverage] = [:]
  /// The flagged contacts, and where each one was read.
  private var flagged = FlaggedCollector()
  /// Flagged contacts counted, including those a flagged-contact limit left out.
  private var flaggedTotal = 0
  /// Every contact's measures, when the configuration keeps them.
  private var measures: [PlacedMeasure]?
  /// By provider: how many contacts, and flagged contacts, made each generic move.
  private var moveTallies: [Int32: [MoveUse: MoveCount]] = [:]
  /// By provider and library move: the provider's own line for it (``MoveLine``), when one recurs.
  private var moveLines: [Int32: [Int: MoveLine]] = [:]
  /// The breakdown's cells, when one is asked for (`--by`).
  private var breakdown: BreakdownCollector?
  /// Each outsourced site's strata, when contacts are broken down by site.
  private var siteStrata: SiteStrataCollector?
  /// Each site's counts, when an audit's limits name sites.
  private var siteRates: SiteRatesCollector?
  /// The contacts the run's filter left out, by reason.
  private var leftOut = FilterCounts()
  /// Each agent's counts, when the agents for coaching are asked for (`--coaching`).
  private var coaching: AgentCoachingCollector?
  /// The settings it was measured with (``AnalysisConfiguration/stageSettings``), for the
  /// shard stages to check; empty inside one process.
  package var settings: [String: String] = [:]

  /// Contacts that made a move, and flagged contacts that did.
  package struct MoveCount: Sendable, Codable {
    package var contacts = 0
    package var flagged = 0

    /// Counts one contact making the move.
    package mutating func count(flagged isFlagged: Bool) {
      contacts += 1
      if isFlagged { flagged += 1 }
    }

    /// Adds another shard's counts.
    package mutating func merge(_ other: MoveCount) {
      contacts += other.contacts
      flagged += other.flagged
    }
  }

  /// An empty partial report.
  package init() {}

  /// Measures the contacts of one shard against `context`; the flagged contacts' evidence
  /// goes to `spill`'s temporary file when large (see ``FlaggedEvidence``).
  package init(
    shard read: [ContactRecord], sentences: AgentSentences, context: ScoringContext, spill: SpoolStorage? = nil
  ) {
    var matches = ScriptMatches()
    self.init(shard: read, sentences: sentences, context: context, spill: spill, matches: &matches)
  }

  /// Measures the contacts of one shard as ``init(shard:sentences:context:spill:)`` does, with
  /// `matches` as scratch space: one value serves shard after shard of one scoring context,
  /// keeping the script libraries' recent answers (``ScriptMatches``).
  package init(
    shard read: [ContactRecord], sentences: AgentSentences, context: ScoringContext, spill: SpoolStorage?,
    matches: inout ScriptMatches
  ) {
    let configuration = context.configuration
    flagged = FlaggedCollector(spillingTo: spill)
    startBreakdown(configuration)
    let pivotLabeler = PivotLabeler(context)
    let read = context.skippedInputs.isEmpty ? read : read.filter { !context.skippedInputs.contains($0.source) }
    for record in read { coverage[record.source, default: InputCoverage()].add(record) }
    let identity = ContactIdentity(resolving: read)
    let records = identity.kept
    for (source, count) in identity.duplicates { coverage[source, default: InputCoverage()].duplicates += count }
    for (source, count) in identity.updated { coverage[source, default: InputCoverage()].updated += count }
    let detector = RepeatDetector(
      windowSeconds: configuration.repeatWindowSeconds, transferGapSeconds: configuration.transferGapSeconds)
    let (outcomes, transfers) = detector.detect(records, dataEnd: context.dataEnd)
    let measurer = ContactMeasurer(
      records: records, sentences: sentences, scripts: context.libraries, outcomes: outcomes,
      transferredTo: transfers, providers: context.providers, categories: context.categories,
      channels: context.channels, scriptThreshold: configuration.scriptThreshold, codedInputs: context.codedInputs)
    if configuration.keepContactMeasures { measures = [] }
    for index in records.indices {
      add(
        index, of: measurer, matches: &matches, transferDetected: transfers[index] != nil, context: context,
        pivot: pivotLabeler)
    }
    flaggedTotal = flagged.count
    keepWorstFlagged(limit: configuration.flaggedLimit)
    flagged.seal()
  }

  /// Measures the contacts of shard `index` of `spool` one customer's time window at a
  /// time (``LargeShard``): for a shard too large to hold, such as one customer's
  /// millions of contacts. Gives exactly what ``init(shard:sentences:context:)`` gives.
  /// `matches` is scratch space, as ``init(shard:sentences:context:spill:matches:)`` takes it.
  package init(
    largeShard index: Int, of spool: ContactSpool, context: ScoringContext, spill: SpoolStorage?,
    matches: inout ScriptMatches
  ) {
    let configuration = context.configuration
    flagged = FlaggedCollector(spillingTo: spill)
    startBreakdown(configuration)
    let pivotLabeler = PivotLabeler(context)
    if configuration.keepContactMeasures { measures = [] }
    var shard = LargeShard(context: context, storage: spool.spillStorage)
    spool.forEach(inShard: index, names: context.names) { record, sentences in
      guard !context.skippedInputs.contains(record.source) else { return }
      coverage[record.source, default: InputCoverage()].add(record)
      shard.add(record, sentences)
    }
    shard.resolve { source, duplicates, updated in
      coverage[source, default: InputCoverage()].duplicates += duplicates
      coverage[source, default: InputCoverage()].updated += updated
    }
    shard.measure { measurer, transferDetected in
      add(0, of: measurer, matches: &matches, transferDetected: transferDetected, context: context, pivot: pivotLabeler)
      if let limit = configuration.flaggedLimit, flagged.count >= 2 * max(limit, 1_000) {
        flaggedTotal += flagged.count
        keepWorstFlagged(limit: limit)
        flaggedTotal -= flagged.count
      }
    }
    flaggedTotal += flagged.count
    keepWorstFlagged(limit: configuration.flaggedLimit)
    flagged.seal()
  }

  /// Sets up the collectors of the breakdown the configuration asks for, if any.
  private mutating func startBreakdown(_ configuration: AnalysisConfiguration) {
    if !configuration.breakdown.isEmpty {
      breakdown = BreakdownCollector(dimensions: configuration.breakdown, limit: configuration.breakdownCellLimit)
    }
    if configuration.breakdown.contains(.site) || configuration.siteRates { siteStrata = SiteStrataCollector() }
    if configuration.siteRates { siteRates = SiteRatesCollector() }
    if configuration.coachingAgents > 0 { coaching = AgentCoachingCollector() }
  }

  /// Counts contact `index` of `measurer`'s records; `matches` is scratch space, reused from
  /// contact to contact.
  private mutating func add(
    _ index: Int, of measurer: ContactMeasurer, matches: inout ScriptMatches, transferDetected: Bool,
    context: ScoringContext, pivot: PivotLabeler?
  ) {
    let configuration = context.configuration
    let record = measurer.records[index]
    // Left out by the filter: counted, not measured. It has served the others already,
    // as the repeat or transfer a measured contact of its customer may have had.
    guard record.leftOut == 0 else {
      leftOut.add(record.leftOut)
      coverage[record.source, default: InputCoverage()].leftOut += 1
      return
    }
    // The reply, the evidence and the move lines ask about the same sentences.
    matches.start(Int(record.sentenceCount))
    let reply = measurer.reply(index, matches: &matches)
    var measure = measurer.measure(index, reply: reply)
    // Only the CSV outputs show the pivot columns: the kept measures and the flagged contacts.
    if measures != nil || measure.flagged { measure.pivot = pivot?.pivot(record) }
    tallies[record.provider, default: [:]][record.sourcing, default: GroupTally()]
      .add(record, measure, transferDetected: transferDetected, shortCallSeconds: configuration.shortCallSeconds)
    strata.add(record, measure)
    breakdown?.add(record, measure)
    siteStrata?.add(record, measure)
    siteRates?.add(
      record, measure, transferDetected: transferDetected, shortCallSeconds: configuration.shortCallSeconds)
    coaching?.add(record, measure, at: Place(record))
    coverage[record.source, default: InputCoverage()].contacts += 1
    if measure.flagged {
      var contact = measurer.evidence(index, measure, matches: &matches)
      // The cell it falls in, so the HTML report can list each cell's flagged contacts.
      if let breakdown { contact.cell = BreakdownReport.values(of: record, on: breakdown.dimensions, names: context.names) }
      flagged.add(contact, at: Place(record))
    }
    measurer.moves(index, reply: reply).forEachDistinct { use in
      moveTallies[record.provider, default: [:]][use, default: MoveCount()].count(flagged: measure.flagged)
    }
    measurer.forEachMoveLine(index, matches: &matches) { move, line in keep(line, for: move, of: record.provider) }
    measures?.append(PlacedMeasure(place: Place(record), measure: measure))
  }

  /// Drops all but the `limit` worst flagged contacts (still counted in the total).
  ///
  /// The report's worst N are among each shard's worst N, so a shard need not
  /// carry more: this keeps partial reports small when there is a limit.
  package mutating func keepWorstFlagged(limit: Int?) {
    guard let limit else { return }
    flagged.keepWorst(limit)
  }

  /// The partial reports merged, in order, into one; each one is freed as soon as it is merged.
  package static func merged(_ partials: consuming [PartialReport]) -> PartialReport {
    var total = PartialReport()
    for index in partials.indices {
      total.merge(partials[index])
      partials[index] = PartialReport()  // frees its flagged contacts as soon as they are copied
    }
    return total
  }

  /// `theirs` merged into `ours` by `merge`, or taken when `ours` is absent; a collector
  /// only some options make is absent alike in every shard of a run.
  private static func merge<Collector>(
    _ ours: inout Collector?, _ theirs: Collector?, by merge: (inout Collector, Collector) -> Void
  ) {
    guard let theirs else { return }
    if ours == nil { ours = theirs } else { merge(&ours!, theirs) }
  }

  /// Adds another shard's share.
  package mutating func merge(_ other: PartialReport) {
    for (provider, groups) in other.tallies {
      for (sourcing, tally) in groups {
        tallies[provider, default: [:]][sourcing, default: GroupTally()].merge(tally)
      }
    }
    strata.merge(other.strata)
    Self.merge(&breakdown, other.breakdown) { $0.merge($1) }
    Self.merge(&siteStrata, other.siteStrata) { $0.merge($1) }
    Self.merge(&siteRates, other.siteRates) { $0.merge($1) }
    Self.merge(&coaching, other.coaching) { $0.merge($1) }
    coverage.merge(other.coverage) { ours, theirs in
      var both = ours
      both.merge(theirs)
      return both
    }
    flagged.merge(other.flagged)
    flaggedTotal += other.flaggedTotal
    leftOut.merge(other.leftOut)
    if let theirs = other.measures {
      // Appended in place: a copy per merge would be quadratic in the shards.
      if measures == nil { measures = [] }
      measures?.append(contentsOf: theirs)
    }
    for (provider, uses) in other.moveTallies {
      for (use, count) in uses {
        moveTallies[provider, default: [:]][use, default: MoveCount()].merge(count)
      }
    }
    for (provider, lines) in other.moveLines {
      for (move, line) in lines { keep(line, for: move, of: provider) }
    }
  }

  /// Keeps `line` as the provider's line for library move `move` when it is the preferred one.
  private mutating func keep(_ line: MoveLine, for move: Int, of provider: Int32) {
    if let kept = moveLines[provider]?[move], !line.isPreferred(to: kept) { return }
    moveLines[provider, default: [:]][move] = line
  }

  /// A provider's most frequent moves, those of flagged contacts first, then by contacts and text.
  private func frequentMoves(of provider: Int32) -> [MoveFrequency] {
    let library = SupportMoveLibrary.shipped
    let all = (moveTallies[provider] ?? [:]).map { use, count -> MoveFrequency in
      switch use {
      case .library(let id):
        let move = library.moves[id]
        return MoveFrequency(
          kind: move.kind, text: move.example, mined: false, libraryID: id, contacts: count.contacts,
          flagged: count.flagged, providerLine: moveLines[provider]?[id]?.text)
      case .script(let text, let kind):
        return MoveFrequency(
          kind: kind, text: text, mined: true, libraryID: nil, contacts: count.contacts, flagged: count.flagged)
      }
    }
    return Array(
      all.sorted { a, b in
        if a.flagged != b.flagged { return a.flagged > b.flagged }
        if a.contacts != b.contacts { return a.contacts > b.contacts }
        if a.text != b.text { return a.text < b.text }
        if a.mined != b.mined { return !a.mined }
        return (a.libraryID ?? 0) < (b.libraryID ?? 0)
      }.prefix(ProviderReport.maximumMoves))
  }

  /// The report of every contact merged in, for `inputs` (by input index).
  ///
  /// Consuming, so that the flagged contacts — the one part that grows with
  /// the data — are put in order where they lie instead of copied.
  package consuming func report(inputs: [InputSummary], context: ScoringContext) -> AnalysisReport {
    let configuration = context.configuration
    let providers = context.providers
    var inputCoverage = [InputCoverage](repeating: InputCoverage(), count: inputs.count)
    for (source, counts) in coverage where Int(source) < inputs.count { inputCoverage[Int(source)] = counts }
    for (source, copy) in context.copies where Int(source) < inputs.count { inputCoverage[Int(source)].merge(copy) }
    // An input identical to an earlier one was not measured: it carries what that one
    // carries, and every record it accepted is a duplicate.
    for (index, input) in inputs.enumerated() {
      guard let original = input.identicalTo, original < index else { continue }
      inputCoverage[index] = inputCoverage[original]
      inputCoverage[index].contacts = 0
      inputCoverage[index].leftOut = 0
      inputCoverage[index].updated = 0
      inputCoverage[index].duplicates = input.accepted
    }
    let names = InputNames(inputs)
    let providerReports = tallies.map { provider, groups in
      let groupReports = groups.sorted { $0.key < $1.key }.map { GroupReport($0.key, $0.value, names: names) }
      let comparisons = OutsourcingResult.Metric.allCases.map { metric in
        var result = strata.result(
          provider: provider, metric: metric, categories: context.categories, channels: context.channels,
          minimumArm: configuration.minimumArmContacts, margin: configuration.margin)
        result.describeArms(groupReports)
        return result
      }
      return ProviderReport(
        name: providers[provider], contacts: groupReports.reduce(0) { $0 + $1.contacts },
        groups: groupReports, outsourcing: comparisons[0], alsoCompared: Array(comparisons.dropFirst()),
        moves: frequentMoves(of: provider),
        sites: siteStrata.map { collector in
          SiteComparison.all(of: provider, collector, useChannel: strata.usesChannel(provider), context: context)
        },
        siteRates: siteRates?.rates(of: provider, sites: context.sites, inputs: names))
    }.sorted { $0.name < $1.name }
    let breakdownReport = breakdown.map { BreakdownReport($0, context: context) }
    let agentsReport = coaching.map { collector in
      AgentCoachingReport(collector, limit: configuration.coachingAgents, context: context) { provider, move in
        moveLines[provider]?[move]?.text
      }
    }

    let worstFirst = flagged.worstFirst(limit: configuration.flaggedLimit)
    flagged = FlaggedCollector()
    return AnalysisReport(
      inputs: inputs, inputCoverage: inputCoverage, providers: providerReports, configuration: configuration,
      flagged: worstFirst,
      flaggedTotal: flaggedTotal,
      // Under a filter, the scripts of the providers measured: mined from all their contacts
      // read, as measuring them used (docs/metrics.md, "Filters").
      scripts: context.libraries.indices.map { (Int32($0), context.libraries[$0]) }
        .filter { configuration.filter == nil || tallies[$0.0] != nil }
        .sorted { providers[$0.0] < providers[$1.0] }.flatMap { provider, library in
        library.scripts.map {
          ScriptLine(
            provider: providers[provider], text: $0.text, customers: $0.customers, known: $0.known, kind: $0.kind,
            carriesData: $0.carriesData)
        }
      },
      contactMeasures: configuration.keepContactMeasures
        ? (measures ?? []).sorted { $0.place < $1.place }.map(\.measure) : nil,
      breakdown: breakdownReport,
      filters: configuration.filter.map {
        FilterSummary(filter: $0, counts: leftOut, measured: inputCoverage.reduce(0) { $0 + $1.contacts })
      },
      agents: agentsReport)
  }
}
