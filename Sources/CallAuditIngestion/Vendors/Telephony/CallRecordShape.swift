import CallAuditModel

/// Recognises a headerless call-record CSV by the shape of its first row: the
/// number of fields, a date-time where the start time belongs, and a known
/// disposition or hangup cause in its column. A header row, a ticket export or
/// a thread export fails at least one of these.
package struct CallRecordShape {
  /// Field counts the layout may have.
  package var fieldCounts: Set<Int>
  /// The start-time column.
  package var startColumn: Int
  /// The disposition or hangup-cause column.
  package var outcomeColumn: Int
  /// The values that column may hold.
  package var outcomes: Set<String>

  /// Whether the sample's first row has this shape.
  package func matches(_ sample: FormatSample) -> Bool {
    guard sample.xmlRoot == nil, let row = sample.csvRows.first, fieldCounts.contains(row.count) else {
      return false
    }
    return outcomes.contains(row[outcomeColumn].uppercased()) && Self.isDateTime(row[startColumn])
  }

  /// Whether `text` reads as a date and time (not a bare number, not epoch seconds).
  package static func isDateTime(_ text: String) -> Bool {
    guard text.utf8.contains(UInt8(ascii: ":")) else { return false }
    return Timestamp(exportText: text) != nil
  }
}
