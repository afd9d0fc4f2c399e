import CallAuditModel

/// Reads callaudit's canonical XML (docs/formats.md):
/// `<contacts provider="…"><contact id="…" …>…</contact></contacts>`.
package struct CanonicalXMLReader: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    try withoutActuallyEscaping(emit) { emit throws(InputError) in
      let handler = CanonicalXMLHandler(
        defaultProvider: options.defaultProvider, textLimit: options.maximumRecordBytes,
        summary: summary, emit: emit)
      defer { summary = handler.summary }
      let parser = XMLStreamParser(handler: handler)
      defer {
        handler.noteUnknownElements()
        if let note = XMLStreamParser.entityNote(parser.emptiedEntities) { handler.summary.note(note) }
      }
      do {
        try parser.parse(stream)
      } catch let error as InputError {
        handler.abandonOpenContact(because: "reading stopped inside this contact")
        throw error
      } catch let error as XMLStreamParser.WellFormednessError {
        handler.abandonOpenContact(
          because: "the contact is cut off by the XML error at line \(error.line)")
        throw .malformedXML(
          path: stream.path, line: error.line, column: error.column, message: error.message)
      } catch {
        throw .readFailed(path: stream.path, reason: "\(error)")
      }
    }
  }
}

/// The state machine behind ``CanonicalXMLReader``: one contact in hand at a time.
private final class CanonicalXMLHandler: XMLStreamHandler {
  var summary: InputSummary
  private let emit: (Contact) -> Void
  private let textLimit: Int
  private var documentProvider: String?
  private let fallbackProvider: String

  // The state every SAX event reads or writes is exempt from the run-time exclusivity
  // check (a `swift_beginAccess` per property access, some 120 per contact): the handler
  // lives on the one thread that parses, libxml2 calls it one event at a time and never
  // nested, and nothing else can reach it (the class is private and only `read` holds it),
  // so `emit`, called once the handler has let go of the finished contact, cannot re-enter
  // it. What is touched once or twice per contact keeps the check.
  @exclusivity(unchecked) private var depth = 0
  @exclusivity(unchecked) private var contactDepth = 0
  @exclusivity(unchecked) private var contact: Contact?
  /// Whether `contact` holds one, asked on every SAX event. Asking `contact` itself
  /// (`contact != nil`) copied the whole contact out of this object, a retain and a release
  /// of each of its strings, some 30 times per contact.
  @exclusivity(unchecked) private var inContact = false
  private var contactLine = 0
  private var contactError: String?
  @exclusivity(unchecked) private var capture: Capture?
  @exclusivity(unchecked) private var text: [UInt8] = []
  /// Unknown element names, each once, for one note at the end: a document may
  /// hold millions of distinct names, and a note per name would hold them all.
  private var unknownElements = NameSample()
  private var unknownNames: Set<String> = []

  private enum Capture {
    case field(CanonicalField)
    case turn(Speaker?, Timestamp?)
  }

  init(defaultProvider: String?, textLimit: Int, summary: InputSummary, emit: @escaping (Contact) -> Void) {
    self.fallbackProvider = defaultProvider ?? Contact.unspecifiedProvider
    self.textLimit = textLimit
    self.summary = summary
    self.emit = emit
  }

  func startElement(_ name: XMLName, attributes: XMLAttributes, line: Int) {
    depth += 1
    if !inContact {
      if name.is("contact") {
        beginContact(attributes: attributes, line: line)
      } else if depth == 1 {
        documentProvider = attributes["provider"].map { $0.trimmingASCIIWhitespace() }
          .flatMap { $0.isEmpty ? nil : $0 }
      }
      return
    }
    guard capture == nil else {
      fail("element <\(name.string)> is not allowed inside a value")
      return
    }
    text.removeAll(keepingCapacity: true)
    if name.is("customer") {
      set(.customerID, attributes["id"])
    } else if name.is("agent") {
      set(.agentID, attributes["id"])
    } else if name.is("transcript") {
      return
    } else if name.is("turn") {
      let label = attributes["speaker"] ?? ""
      guard let speaker = Speaker(label: label.trimmingASCIIWhitespace()) else {
        fail("a <turn> has speaker '\(label)', not agent, customer or system")
        capture = .turn(nil, nil)
        return
      }
      var at: Timestamp? = nil
      if let stamp = attributes["at"], !stamp.trimmingASCIIWhitespace().isEmpty {
        at = Timestamp(iso8601: stamp)
        if at == nil { fail("a <turn> has an unreadable time at=\"\(stamp)\"") }
      }
      capture = .turn(speaker, at)
    } else if let field = Self.elementFields.first(where: { name.is($0.name) })?.field {
      capture = .field(field)
    } else {
      let unknown = name.string
      if unknownNames.insert(unknown).inserted { unknownElements.add(unknown) }
    }
  }

  func endElement(_ name: XMLName) {
    defer { depth -= 1 }
    guard inContact else { return }
    if depth == contactDepth {
      finishContact()
      return
    }
    switch capture {
    case .field(let field):
      set(field, String(decoding: text, as: UTF8.self))
    case .turn(let speaker, let at):
      if let speaker {
        contact?.turns.append(Turn(speaker: speaker, at: at, text: String(decoding: text, as: UTF8.self)))
      }
    case nil:
      break
    }
    capture = nil
  }

  func characters(_ bytes: UnsafeRawBufferPointer) {
    guard capture != nil else { return }
    guard text.count + bytes.count <= textLimit else {
      fail("a value is longer than \(byteCountText(textLimit))")
      return
    }
    text.append(contentsOf: bytes)
  }

  /// Adds the note naming the unknown elements met, if any.
  func noteUnknownElements() {
    guard !unknownElements.isEmpty else { return }
    let plural = unknownElements.shown.count > 1 || unknownElements.more > 0
    summary.note("ignored unknown element\(plural ? "s" : "") \(unknownElements.text { "<\($0)>" })")
  }

  /// Counts a contact cut short by a fatal error as rejected, so no record goes uncounted.
  func abandonOpenContact(because reason: String) {
    guard inContact else { return }
    summary.reject(line: contactLine, reason: reason)
    contact = nil
    inContact = false
  }

  private func beginContact(attributes: XMLAttributes, line: Int) {
    contact = Contact(id: "", provider: documentProvider ?? fallbackProvider)
    inContact = true
    contactDepth = depth
    contactLine = line
    contactError = nil
    capture = nil
    set(.contactID, attributes["id"])
    set(.provider, attributes["provider"])
    set(.channel, attributes["channel"])
    set(.site, attributes["site"])
    set(.team, attributes["team"])
    set(.sourcing, attributes["sourcing"])
  }

  private func finishContact() {
    guard inContact, let finished = contact.take() else { return }
    inContact = false
    if let contactError {
      summary.reject(line: contactLine, reason: contactError)
    } else if finished.id.isEmpty {
      summary.reject(line: contactLine, reason: "the <contact> has no id attribute")
    } else {
      summary.accept()
      emit(finished)
    }
  }

  private func set(_ field: CanonicalField, _ value: String?) {
    guard let value, inContact else { return }
    do {
      try field.apply(value, to: &contact!)
    } catch {
      fail(error.description)
    }
  }

  /// Remembers the first thing wrong with the contact in hand.
  private func fail(_ reason: String) {
    if contactError == nil { contactError = reason }
  }

  /// Compared as bytes in libxml2's memory: no `String` made of each element's name, and
  /// no hashing of it.
  private static let elementFields: [(name: StaticString, field: CanonicalField)] = [
    ("category", .category), ("opened", .openedAt), ("closed", .closedAt), ("updated", .updatedAt),
    ("status", .status), ("resolution", .resolution), ("transfers", .transfers), ("escalated", .escalated),
    ("csat", .csat), ("handle-seconds", .handleSeconds),
  ]
}
