import CallAuditModel

/// Reads an XML export as a mapping file describes it: every element at the
/// record path becomes one contact, its values found by relative paths.
package struct MappedXMLReader: ContactReader {
  /// Settings shared by every reader.
  package var options: IngestionOptions
  /// The mapping that says which path is what.
  package var mapping: ContactMapping
  /// The record elements' path from the root, root included.
  package var recordPath: [String]

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    // Paths were checked when the mapping was read.
    let fieldPaths = mapping.fields.map { $0.source.references.compactMap(XMLValuePath.init) }
    let turnPaths = mapping.turns.map { $0.source.references.compactMap(XMLValuePath.init) }
    let recordPath = self.recordPath
    let reader = XMLRecordReader(isRecord: { $0 == recordPath }, textLimit: options.maximumRecordBytes)
    let turnRules = mapping.turns
    var builder = MappedContactBuilder(mapping: mapping, defaultProvider: options.defaultProvider)
    try reader.read(stream, into: &summary) { record throws(FieldError) in
      // A field takes the first value of each of its paths; a turn rule takes every one.
      let fieldValues = fieldPaths.map { paths in paths.compactMap { $0.values(in: record).first?.text } }
      emit(try builder.contact(line: record.line, fieldValues: fieldValues, turns: Self.turns(in: record, rules: turnRules, paths: turnPaths)))
    }
    if summary.records == 0 {
      summary.note("no element matched the mapping's record path \(recordPath.joined(separator: "/"))")
    }
    if let note = builder.unknownStatusNote { summary.note(note) }
  }

  /// Every turn the rules find, in document order: elements from different
  /// rules (`message[@from=agent]`, `message[@from=customer]`) interleave as
  /// they stand in the record, ordered by line and then by rule.
  private static func turns(
    in record: XMLElementNode, rules: [ContactMapping.TurnRule], paths: [[XMLValuePath]]
  ) -> [Turn] {
    var found: [(line: Int, rule: Int, index: Int, turn: Turn)] = []
    for (ruleIndex, (rule, rulePaths)) in zip(rules, paths).enumerated() {
      for path in rulePaths {
        for value in path.values(in: record) {
          found.append((value.line, ruleIndex, found.count, Turn(speaker: rule.speaker, text: value.text)))
        }
      }
    }
    found.sort { ($0.line, $0.rule, $0.index) < ($1.line, $1.rule, $1.index) }
    return found.map(\.turn)
  }
}
