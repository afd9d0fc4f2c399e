extension AnalysisReport {
  /// The report with personal data in every piece of text it shows replaced by
  /// typed placeholders: flagged contacts' evidence, script lines, and input
  /// problems and notes (which can quote a field's value). The figures are
  /// untouched — they were measured on the original words — and
  /// ``redaction`` records that redaction was applied and what it replaced.
  public func redacted(by redactor: PersonalDataRedactor = PersonalDataRedactor()) -> AnalysisReport {
    var counts: [PersonalDataKind: Int] = [:]
    func clean(_ text: String) -> String {
      let result = redactor.scan(text)
      for (kind, count) in result.counts { counts[kind, default: 0] += count }
      return result.text
    }
    var copy = self
    copy.flagged = flagged.map { contact in
      var contact = contact
      contact.scriptLines = contact.scriptLines.map(clean)
      contact.customerWords = contact.customerWords.map(clean)
      contact.churnWords = contact.churnWords.map(clean)
      return contact
    }
    copy.scripts = scripts.map { line in
      var line = line
      line.text = clean(line.text)
      return line
    }
    copy.inputs = inputs.map { summary in
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
