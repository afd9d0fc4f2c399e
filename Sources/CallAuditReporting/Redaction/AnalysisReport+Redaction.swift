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
    var copy = self
    copy.flagged = copy.flagged.transformed { contact in
      var contact = contact
      contact.scriptLines = contact.scriptLines.map(clean)
      contact.customerWords = contact.customerWords.map(clean)
      contact.churnWords = contact.churnWords.map(clean)
      contact.vendorLabels = contact.vendorLabels.map(clean)
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
}
