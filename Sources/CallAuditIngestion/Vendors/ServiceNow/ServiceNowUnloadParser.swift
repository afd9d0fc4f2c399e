/// One record of a ServiceNow XML export: a child of `<unload>` such as
/// `<incident>` or `<sys_journal_field>`, with its field elements.
package struct ServiceNowUnloadRecord {
  /// One field element: `<caller_id display_value="Joe Employee">681c…</caller_id>`.
  package struct Field {
    /// The element's text (a reference field's sys_id).
    package var text: String
    /// The `display_value` attribute of a reference or choice field.
    package var displayValue: String?
  }

  /// The table, i.e. the record element's name.
  package var table: String
  /// The 1-based line where the record starts.
  package var line: Int
  /// The fields by element name; `<x/>` gives an empty text.
  package var fields: [String: Field] = [:]
  /// Whether the record's text outgrew the limit (its fields are incomplete).
  package var overflowed = false

  /// The field's value: the display value when there is one, else the text;
  /// trimmed, `nil` when blank.
  package func value(_ name: String) -> String? {
    guard let field = fields[name] else { return nil }
    if let display = field.displayValue?.trimmingASCIIWhitespace(), !display.isEmpty { return display }
    let text = field.text.trimmingASCIIWhitespace()
    return text.isEmpty ? nil : text
  }

  /// The field's own text (for a reference, the sys_id), trimmed, `nil` when blank.
  package func rawValue(_ name: String) -> String? {
    guard let text = fields[name]?.text.trimmingASCIIWhitespace(), !text.isEmpty else { return nil }
    return text
  }
}

/// Splits a ServiceNow XML export into records as libxml2 streams it.
///
/// An export is flat: `<unload>` holds records, each record holds field
/// elements holding text. Records of the tables asked for are handed over one
/// at a time; records of other tables (attachments and their base64 chunks)
/// are only counted, their text never kept.
package final class ServiceNowUnloadParser: XMLStreamHandler {
  /// Records skipped, by table.
  package private(set) var skipped: [String: Int] = [:]

  private let tables: Set<String>
  private let textLimit: Int
  private let deliver: (ServiceNowUnloadRecord) -> Void
  private var depth = 0
  private var record: ServiceNowUnloadRecord?
  /// Whether `record` holds a record being read. Asked on every SAX event instead of
  /// `record != nil`, which reads the optional out of the object and so retains and
  /// releases its strings and fields each time (the canonical XML reader's fix, stop 34).
  private var inRecord = false
  private var fieldName: String?
  private var fieldDisplay: String?
  private var text: [UInt8] = []
  private var textBytes = 0

  /// Creates a parser handing records of `tables` to `deliver`.
  package init(tables: Set<String>, textLimit: Int, deliver: @escaping (ServiceNowUnloadRecord) -> Void) {
    self.tables = tables
    self.textLimit = textLimit
    self.deliver = deliver
  }

  package func startElement(_ name: XMLName, attributes: XMLAttributes, line: Int) {
    depth += 1
    switch depth {
    case 2:
      let table = name.string
      if tables.contains(table) {
        record = ServiceNowUnloadRecord(table: table, line: line)
        inRecord = true
        textBytes = 0
      } else {
        skipped[table, default: 0] += 1
      }
    case 3 where inRecord:
      fieldName = name.string
      fieldDisplay = attributes["display_value"]
      text.removeAll(keepingCapacity: true)
    default:
      break  // the root, or nested markup inside a field (not part of the export format)
    }
  }

  package func endElement(_ name: XMLName) {
    defer { depth -= 1 }
    if depth == 3, inRecord, let field = fieldName {
      record?.fields[field] = .init(text: String(decoding: text, as: UTF8.self), displayValue: fieldDisplay)
      fieldName = nil
    } else if depth == 2, inRecord, let finished = record.take() {
      inRecord = false
      deliver(finished)
    }
  }

  package func characters(_ bytes: UnsafeRawBufferPointer) {
    guard depth == 3, inRecord, fieldName != nil else { return }
    textBytes += bytes.count
    guard textBytes <= textLimit else {
      record?.overflowed = true
      return
    }
    text.append(contentsOf: bytes)
  }

  /// The record a fatal XML error cut off, if one was open; it is forgotten.
  package func abandonOpenRecord() -> ServiceNowUnloadRecord? {
    inRecord = false
    return record.take()
  }
}
