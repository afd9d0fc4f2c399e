import CallAuditMetrics

extension AnalysisReport {
  /// The report with personal data in every piece of text it shows replaced by
  /// typed placeholders: flagged contacts' evidence, script lines, the providers' own lines
  /// behind their moves, and input
  /// problems and notes (which can quote a field's value). The figures are
  /// untouched — they were measured on the original words — and
  /// ``redaction`` records that redaction was applied and what it replaced.
  ///
  /// Consuming, so that the text is replaced in place; a large run's flagged
  /// contacts are rewritten a block at a time (``FlaggedContacts/transformed(jobs:_:collect:)``),
  /// on up to `jobs` threads: the report is the same whatever their number.
  public consuming func redacted(
    by redactor: PersonalDataRedactor = PersonalDataRedactor(), jobs: Int = 1
  ) -> AnalysisReport {
    // The flagged contacts, block by block, each block with its own memo and counts; then
    // everything else here, counted into one more.
    var redaction = TextRedaction(redactor: redactor)
    func clean(_ text: String) -> String { redaction.clean(text) }
    var copy = self
    copy.flagged = copy.flagged.transformed(jobs: jobs) { contacts in
      var block = TextRedaction(redactor: redactor)
      let redacted = contacts.map { block.redact($0) }
      return (redacted, block.counts)
    } collect: { blockCounts in
      redaction.add(blockCounts)
    }
    copy.scripts = copy.scripts.map { line in
      var line = line
      line.text = clean(line.text)
      return line
    }
    // The providers' moves quote their agents' lines (mined lines, provider lines); the
    // library's own examples are not from the input and stay as written.
    for provider in copy.providers.indices {
      copy.providers[provider].moves = copy.providers[provider].moves.map { move in
        var move = move
        if move.mined { move.text = clean(move.text) }
        move.providerLine = move.providerLine.map(clean)
        return move
      }
    }
    if var agents = copy.agents {
      for provider in agents.providers.indices {
        for entry in agents.providers[provider].entries.indices {
          agents.providers[provider].entries[entry].moves = agents.providers[provider].entries[entry].moves.map { move in
            var move = move
            move.providerLine = move.providerLine.map(clean)
            return move
          }
        }
      }
      copy.agents = agents
    }
    copy.inputs = copy.inputs.map { summary in
      var summary = summary
      summary.relabel(clean)
      return summary
    }
    copy.redaction = RedactionRecord(
      applied: true,
      replacements: PersonalDataKind.allCases.compactMap { kind in
        redaction.counts[kind].map { RedactionRecord.Replacement(kind: kind.rawValue, count: $0) }
      })
    return copy
  }

  /// Most distinct lines whose redaction one block of flagged contacts remembers
  /// (``FlaggedContacts/blockSize`` contacts): the lines a provider's scripts and labels
  /// give are far fewer; past it, lines are scanned each time (the memory stays bounded
  /// whatever an export's labels hold).
  static let redactionMemoLimit = 4_096
  /// Longest line remembered, so a block's memo holds at most about 2 MB of text (one per
  /// thread at a time).
  static let redactionMemoLineBytes = 512
}

/// Redacts text and counts what it replaced: one value per block of flagged contacts, and
/// one for the rest of the report.
///
/// Flagged contacts quote their provider's few script lines and vendor labels over and
/// over: each distinct one is scanned once per value, its replacements counted each time.
private struct TextRedaction {
  let redactor: PersonalDataRedactor
  /// Replacements made, by kind.
  private(set) var counts: [PersonalDataKind: Int] = [:]
  private var scanned: [String: RedactionResult] = [:]

  init(redactor: PersonalDataRedactor) {
    self.redactor = redactor
  }

  /// The contact with its quoted text redacted.
  mutating func redact(_ contact: FlaggedContact) -> FlaggedContact {
    var contact = contact
    contact.scriptLines = contact.scriptLines.map { cleanRepeated($0) }
    contact.customerWords = contact.customerWords.map { clean($0) }
    contact.churnWords = contact.churnWords.map { clean($0) }
    contact.vendorLabels = contact.vendorLabels.map { cleanRepeated($0) }
    return contact
  }

  /// `text` redacted, its replacements counted.
  mutating func clean(_ text: String) -> String {
    count(redactor.scan(text))
  }

  /// Adds replacements counted elsewhere.
  mutating func add(_ other: [PersonalDataKind: Int]) {
    for (kind, count) in other { counts[kind, default: 0] += count }
  }

  private mutating func cleanRepeated(_ text: String) -> String {
    if let known = scanned[text] { return count(known) }
    let result = redactor.scan(text)
    if scanned.count < AnalysisReport.redactionMemoLimit, text.utf8.count <= AnalysisReport.redactionMemoLineBytes {
      scanned[text] = result
    }
    return count(result)
  }

  private mutating func count(_ result: RedactionResult) -> String {
    add(result.counts)
    return result.text
  }
}
