import CLibXML2
import CallAuditModel

/// Streams an XML document through libxml2's SAX2 push parser, chunk by chunk,
/// never building a tree.
///
/// Untrusted input is parsed with network access off and without substituting
/// entities or loading DTDs, so an external entity is never fetched or read
/// (see docs/security.md). An internal entity the document declares is
/// recorded with no replacement text, so a reference to it gives nothing: no
/// "billion laughs", and no small file that expands into gigabytes of content
/// (``emptiedEntities`` counts them, for a note). libxml2's own limits bound
/// names. Nesting depth is bounded here: libxml2 2.9's push parser checks it
/// only when it builds a tree, which this parser never asks it to do.
package final class XMLStreamParser {
  /// The deepest element nesting read; libxml2 uses the same default for trees.
  package static let maximumDepth = 256

  /// Where the document stopped being well-formed.
  package struct WellFormednessError: Error {
    package var line: Int
    package var column: Int
    package var message: String
    /// libxml2's error code (`xmlParserErrors`).
    package var code: Int32 = 0
  }

  private unowned let handler: any XMLStreamHandler
  private var context: xmlParserCtxtPtr?
  private let chunkBytes: Int
  private var depth = 0
  /// Set when a callback stopped the parser because the input broke a limit.
  private var limitBroken: String?
  /// Internal entities the document declared, each given no content.
  package private(set) var emptiedEntities = 0

  /// The note a reader adds when a document declared internal entities.
  package static func entityNote(_ count: Int) -> String? {
    guard count > 0 else { return nil }
    return "the document declares \(count) internal entit\(count == 1 ? "y" : "ies"); callaudit gives "
      + "\(count == 1 ? "it" : "them") no content, so a reference to one reads as nothing (docs/security.md)"
  }

  /// Creates a parser that reports to `handler`.
  package init(handler: any XMLStreamHandler, chunkBytes: Int = 1 << 18) {
    self.handler = handler
    self.chunkBytes = chunkBytes
    Self.initializeLibrary
  }

  /// libxml2 2.9 wants one initialisation before use from several threads.
  private static let initializeLibrary: Void = { xmlInitParser() }()

  /// Parses everything `stream` yields.
  /// - Throws: ``InputError`` when reading fails; ``WellFormednessError`` at the first fatal error.
  package func parse(_ stream: ByteStream) throws {
    var sax = Self.makeSAXHandler()
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkBytes, alignment: 16)
    defer { chunk.deallocate() }
    let first = try stream.read(into: chunk)
    // No user data: libxml2's default SAX2 prolog handlers expect the parser
    // context as theirs, so this parser travels in the context's _private field.
    guard
      let context = chunk.withMemoryRebound(to: CChar.self, { buffer in
        xmlCreatePushParserCtxt(&sax, nil, buffer.baseAddress, Int32(first), stream.path)
      })
    else {
      throw InputError.readFailed(path: stream.path, reason: "libxml2 could not start a parser")
    }
    self.context = context
    context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
    defer {
      // SAX2's default document callbacks keep DTD declarations in a document shell.
      if let document = context.pointee.myDoc { xmlFreeDoc(document) }
      context.pointee.myDoc = nil
      xmlFreeParserCtxt(context)
      self.context = nil
    }
    // No XML_PARSE_NOENT and no DTD loading: external entities stay unread (XXE).
    let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
    xmlCtxtUseOptions(context, options)
    while true {
      let n = try stream.read(into: chunk)
      let status = chunk.withMemoryRebound(to: CChar.self) { buffer in
        xmlParseChunk(context, buffer.baseAddress, Int32(n), n == 0 ? 1 : 0)
      }
      if let limitBroken {
        throw InputError.stoppedAt(path: stream.path, line: currentLine, reason: limitBroken)
      }
      if status != 0 || context.pointee.wellFormed == 0 {
        let error = lastError(context)
        // libxml2 refuses to buffer one item past XML_MAX_LOOKUP_LIMIT while it
        // waits for its end; that is a limit reached, not a syntax error.
        if error.message.containsUnextended("Huge input lookup") {
          throw InputError.stoppedAt(
            path: stream.path, line: error.line,
            reason: "one comment, CDATA section, attribute value or name is longer than 10 MB, "
              + "libxml2's limit for untrusted input")
        }
        // libxml2 keeps each distinct name once, in a dictionary it bounds for
        // untrusted input; past the bound a lookup fails and is reported as
        // "Memory allocation failed". The dictionary's size tells the two apart.
        if error.code == Int32(XML_ERR_NO_MEMORY.rawValue), let dictionary = context.pointee.dict,
          xmlDictGetUsage(dictionary) > Int(XML_MAX_DICTIONARY_LIMIT)
        {
          throw InputError.stoppedAt(
            path: stream.path, line: error.line,
            reason: "the document uses too many distinct element and attribute names: more than 10 MB of them, "
              + "libxml2's limit for untrusted input")
        }
        throw error
      }
      if n == 0 { break }
    }
  }

  /// The 1-based line libxml2 is at.
  package var currentLine: Int {
    guard let context else { return 0 }
    return Int(xmlSAX2GetLineNumber(context))
  }

  /// Counts one more open element; past the limit, stops libxml2 and returns `false`.
  private func enter() -> Bool {
    guard limitBroken == nil else { return false }
    depth += 1
    guard depth > Self.maximumDepth else { return true }
    limitBroken = "elements nest more than \(Self.maximumDepth) deep, past the limit that bounds memory"
    if let context { xmlStopParser(context) }
    return false
  }

  private func lastError(_ context: xmlParserCtxtPtr) -> WellFormednessError {
    let error = context.pointee.lastError
    let message = error.message.map { String(cString: $0) } ?? "unknown error"
    return WellFormednessError(
      line: Int(error.line), column: Int(error.int2),
      message: message.trimmingASCIIWhitespace(), code: error.code)
  }

  /// The parser behind a callback's context argument.
  /// `nil` for a context libxml2 made on its own (to check an entity's content).
  private static func parser(_ userData: UnsafeMutableRawPointer?) -> XMLStreamParser? {
    guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
      let parser = context.pointee._private
    else { return nil }
    return Unmanaged<XMLStreamParser>.fromOpaque(parser).takeUnretainedValue()
  }

  private static func makeSAXHandler() -> xmlSAXHandler {
    var sax = xmlSAXHandler()
    xmlSAXVersion(&sax, 2)
    // Keep libxml2's handling of the prolog (so entity declarations are checked),
    // but build no nodes: content goes to our callbacks only.
    sax.startElementNs = { userData, localName, _, _, _, _, attributeCount, _, attributes in
      guard let parser = XMLStreamParser.parser(userData), parser.enter() else { return }
      parser.handler.startElement(
        XMLName(pointer: localName!),
        attributes: XMLAttributes(
          pointers: UnsafeMutableRawPointer(attributes)?.assumingMemoryBound(
            to: UnsafePointer<UInt8>?.self),
          count: Int(attributeCount)),
        line: parser.currentLine)
    }
    sax.endElementNs = { userData, localName, _, _ in
      guard let parser = XMLStreamParser.parser(userData), parser.limitBroken == nil else { return }
      parser.depth -= 1
      parser.handler.endElement(XMLName(pointer: localName!))
    }
    sax.characters = { userData, bytes, count in
      XMLStreamParser.parser(userData)?.handler.characters(
        UnsafeRawBufferPointer(start: bytes, count: Int(count)))
    }
    sax.cdataBlock = sax.characters
    // Declarations go to libxml2's own handler (it checks them), but an internal
    // entity's replacement text is dropped: nothing is ever expanded into content.
    sax.entityDecl = { userData, name, type, publicID, systemID, content in
      let isInternal = type == Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue)
        || type == Int32(XML_INTERNAL_PARAMETER_ENTITY.rawValue)
      if isInternal { XMLStreamParser.parser(userData)?.emptiedEntities += 1 }
      let nothing: StaticString = ""
      let replacement = isInternal ? UnsafeMutablePointer(mutating: nothing.utf8Start) : content
      xmlSAX2EntityDecl(userData, name, type, publicID, systemID, replacement)
    }
    sax.ignorableWhitespace = nil
    sax.reference = nil
    sax.comment = nil
    sax.processingInstruction = nil
    // A structured handler keeps libxml2 from printing errors itself; the
    // error is read from the context when parsing stops.
    sax.serror = { _, _ in }
    sax.warning = nil
    sax.error = nil
    return sax
  }
}
