import CallAuditModel

/// One element of a record, with its attributes, text and children — a small
/// tree built for one record at a time, never for the whole document.
package struct XMLElementNode {
  /// The local name.
  package var name: String
  /// Attributes by local name, in document order.
  package var attributes: [(name: String, value: String)] = []
  /// The element's own text (not its children's), untrimmed.
  package var text: String = ""
  /// Child elements in document order.
  package var children: [XMLElementNode] = []
  /// The 1-based line where the element starts.
  package var line: Int

  /// The value of attribute `name`.
  package func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// The first child named `name`.
  package func child(_ name: String) -> XMLElementNode? {
    children.first { $0.name == name }
  }

  /// Every child named `name`.
  package func children(_ name: String) -> [XMLElementNode] {
    children.filter { $0.name == name }
  }

  /// The trimmed text of the first child named `name`, or `nil` if it is absent or blank.
  package func value(_ name: String) -> String? {
    guard let text = child(name)?.text.trimmingASCIIWhitespace(), !text.isEmpty else { return nil }
    return text
  }

  /// Follows a `/`-separated path of child names, e.g. `callflow/times`.
  package func descendant(_ path: String) -> XMLElementNode? {
    var node = self
    for step in path.split(separator: "/") {
      guard let next = node.child(String(step)) else { return nil }
      node = next
    }
    return node
  }
}

/// Streams an XML document and hands each *record* element — chosen by its
/// path from the root — to a function as an ``XMLElementNode`` tree.
///
/// Memory is bounded by the largest record, not the document: text outside
/// records is dropped as it arrives, and a record whose text outgrows the
/// limit is rejected. A function that throws ``FieldError`` rejects its record;
/// a record cut short by a fatal XML error is counted rejected too.
package struct XMLRecordReader {
  /// Whether an element is a record, given the names from the root down to it.
  package var isRecord: ([String]) -> Bool
  /// The largest total text of one record, in bytes.
  package var textLimit: Int

  /// Reads `stream`, calling `root` once with the root element's attributes
  /// (children not included) and `body` once per record.
  package func read(
    _ stream: ByteStream, into summary: inout InputSummary,
    root: (XMLElementNode) -> Void = { _ in },
    _ body: (XMLElementNode) throws(FieldError) -> Void
  ) throws(InputError) {
    try withoutActuallyEscaping(root) { root throws(InputError) in
      try withoutActuallyEscaping(body) { body throws(InputError) in
        let handler = RecordAssembler(
          isRecord: isRecord, textLimit: textLimit, summary: summary, root: root, body: body)
        defer { summary = handler.summary }
        let parser = XMLStreamParser(handler: handler)
        defer { if let note = XMLStreamParser.entityNote(parser.emptiedEntities) { handler.summary.note(note) } }
        do {
          try parser.parse(stream)
        } catch let error as InputError {
          handler.abandonOpenRecord(because: "reading stopped inside this record")
          throw error
        } catch let error as XMLStreamParser.WellFormednessError {
          handler.abandonOpenRecord(because: "the record is cut off by the XML error at line \(error.line)")
          throw .malformedXML(path: stream.path, line: error.line, column: error.column, message: error.message)
        } catch {
          throw .readFailed(path: stream.path, reason: "\(error)")
        }
      }
    }
  }
}

/// The SAX state behind ``XMLRecordReader``.
private final class RecordAssembler: XMLStreamHandler {
  var summary: InputSummary
  private let isRecord: ([String]) -> Bool
  private let textLimit: Int
  private let root: (XMLElementNode) -> Void
  private let body: (XMLElementNode) throws(FieldError) -> Void

  private var path: [String] = []
  /// The open elements of the record in hand, outermost first; empty between records.
  private var open: [XMLElementNode] = []
  private var text: [[UInt8]] = []
  private var textBytes = 0
  private var overflow = false

  init(
    isRecord: @escaping ([String]) -> Bool, textLimit: Int, summary: InputSummary,
    root: @escaping (XMLElementNode) -> Void, body: @escaping (XMLElementNode) throws(FieldError) -> Void
  ) {
    self.isRecord = isRecord
    self.textLimit = textLimit
    self.summary = summary
    self.root = root
    self.body = body
  }

  func startElement(_ name: XMLName, attributes: XMLAttributes, line: Int) {
    let local = name.string
    path.append(local)
    guard !open.isEmpty || isRecord(path) else {
      if path.count == 1 { root(XMLElementNode(name: local, attributes: attributes.all, line: line)) }
      return
    }
    if open.isEmpty {
      textBytes = 0
      overflow = false
    }
    open.append(XMLElementNode(name: local, attributes: attributes.all, line: line))
    text.append([])
  }

  func endElement(_ name: XMLName) {
    path.removeLast()
    guard var element = open.popLast(), let bytes = text.popLast() else { return }
    element.text = String(decoding: bytes, as: UTF8.self)
    if open.isEmpty {
      finish(element)
    } else {
      open[open.count - 1].children.append(element)
    }
  }

  func characters(_ bytes: UnsafeRawBufferPointer) {
    guard !open.isEmpty, !overflow else { return }
    textBytes += bytes.count
    if textBytes > textLimit {
      overflow = true
      return
    }
    text[text.count - 1].append(contentsOf: bytes)
  }

  func abandonOpenRecord(because reason: String) {
    guard let record = open.first else { return }
    summary.reject(line: record.line, reason: reason)
    open.removeAll()
    text.removeAll()
  }

  private func finish(_ record: XMLElementNode) {
    if overflow {
      summary.reject(line: record.line, reason: "the record's text is longer than \(byteCountText(textLimit))")
      return
    }
    do {
      try body(record)
      summary.accept()
    } catch {
      summary.reject(line: record.line, reason: error.description)
    }
  }
}
