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
  /// contacts are rewritten one at a time (``FlaggedContacts/transformed(_:)``).
  public consuming func redacted(by redactor: PersonalDataRedactor = PersonalDataRedactor()) -> AnalysisReport {
    var counts: [PersonalDataKind: Int] = [:]
    func clean(_ text: String) -> String {
      let result = redactor.scan(text)
      for (kind, count) in result.counts { counts[kind, default: 0] += count }
      return result.text
    }
    // Flagged contacts quote their provider's few script lines and vendor labels over
    // and over: each distinct one is scanned once, its replacements counted each time.
    var scanned: [String: RedactionResult] = [:]
    func cleanRepeated(_ text: String) -> String {
      let result: RedactionResult
      if let known = scanned[text] {
        result = known
      } else {
        result = redactor.scan(text)
        if scanned.count < Self.redactionMemoLimit, text.utf8.count <= Self.redactionMemoLineBytes { scanned[text] = result }
      }
      for (kind, count) in result.counts { counts[kind, default: 0] += count }
      return result.text
    }
    var copy = self
    copy.flagged = copy.flagged.transformed { contact in
      var contact = contact
      contact.scriptLines = contact.scriptLines.map(cleanRepeated)
      contact.customerWords = contact.customerWords.map(clean)
      contact.churnWords = contact.churnWords.map(clean)
      contact.vendorLabels = contact.vendorLabels.map(cleanRepeated)
      return contact
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
        counts[kind].map { RedactionRecord.Replacement(kind: kind.rawValue, count: $0) }
      })
    return copy
  }

  /// Most distinct lines whose redaction is remembered: the lines a provider's scripts
  /// and labels give are far fewer; past it, lines are scanned each time (the memory
  /// stays bounded whatever an export's labels hold).
  static let redactionMemoLimit = 4_096
  /// Longest line remembered, so the memo holds at most about 2 MB of text.
  static let redactionMemoLineBytes = 512
}
