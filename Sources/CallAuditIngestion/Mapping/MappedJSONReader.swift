import CallAuditModel

/// Reads a JSON export as a mapping file describes it: ``JSONRecordReader`` cuts
/// it into records — the elements of the array at the record path, or those of a
/// top-level array, JSON Lines or values one after another — and every record
/// becomes one contact, its values found by relative paths (``JSONValuePath``).
package struct MappedJSONReader: ContactReader {
  /// Settings shared by every reader.
  package var options: IngestionOptions
  /// The mapping that says which path is what.
  package var mapping: ContactMapping
  /// The keys, from the top-level object down, of the array that holds the
  /// records; empty when the records are not wrapped.
  package var recordsPath: [String]

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    // Paths were checked when the mapping was read.
    let fieldPaths = mapping.fields.map { $0.source.references.compactMap(JSONValuePath.init) }
    let turnPaths = mapping.turns.map { $0.source.references.compactMap(JSONValuePath.init) }
    let turnRules = mapping.turns
    var builder = MappedContactBuilder(mapping: mapping, defaultProvider: options.defaultProvider)
    let reader = JSONRecordReader(options: options, recordsAt: recordsPath) {
      node, record throws(JSONRecordReader.Refusal) in
      do throws(FieldError) {
        // A field takes the first value of each of its paths; a turn rule takes every one.
        var fieldValues: [[String]] = []
        for paths in fieldPaths {
          var values: [String] = []
          for path in paths {
            if let first = try path.values(in: node).first { values.append(first.text) }
          }
          fieldValues.append(values)
        }
        let turns = try Self.turns(in: node, rules: turnRules, paths: turnPaths)
        return try builder.contact(line: record.line, fieldValues: fieldValues, turns: turns)
      } catch {
        throw JSONRecordReader.Refusal(error.description)
      }
    }
    try reader.read(stream, into: &summary, emit: emit)
    if let note = builder.unknownStatusNote { summary.note(note) }
  }

  /// Every turn the rules find, in document order: values from different rules
  /// (`articles[sender=Agent].body`, `articles[sender=Customer].body`) interleave
  /// as they stand in the record, ordered by position and then by rule.
  private static func turns(
    in record: JSONNode, rules: [ContactMapping.TurnRule], paths: [[JSONValuePath]]
  ) throws(FieldError) -> [Turn] {
    var found: [(position: [Int], rule: Int, turn: Turn)] = []
    for (ruleIndex, (rule, rulePaths)) in zip(rules, paths).enumerated() {
      for path in rulePaths {
        for value in try path.values(in: record) {
          found.append((value.position, ruleIndex, Turn(speaker: rule.speaker, text: value.text)))
        }
      }
    }
    // Stable: values of one rule at one position keep the order they were found in.
    let ordered = found.enumerated().sorted { a, b in
      if a.element.position != b.element.position {
        return JSONValuePath.precedes(a.element.position, b.element.position)
      }
      return (a.element.rule, a.offset) < (b.element.rule, b.offset)
    }
    return ordered.map(\.element.turn)
  }
}
