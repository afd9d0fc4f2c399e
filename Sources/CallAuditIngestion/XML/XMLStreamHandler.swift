/// Receives the events of ``XMLStreamParser`` in document order.
///
/// Names and attribute values point into libxml2's memory and are valid only
/// during the call; copy what you keep.
package protocol XMLStreamHandler: AnyObject {
  /// An element opened, on `line` (1-based) of the input.
  func startElement(_ name: XMLName, attributes: XMLAttributes, line: Int)
  /// The element opened last closed.
  func endElement(_ name: XMLName)
  /// Text content (character data, CDATA, resolved character references), possibly in pieces.
  func characters(_ bytes: UnsafeRawBufferPointer)
}

/// An element's local name, as libxml2's NUL-terminated UTF-8 string.
package struct XMLName {
  package let pointer: UnsafePointer<UInt8>

  /// Whether the name equals `literal`, compared as bytes.
  package func `is`(_ literal: StaticString) -> Bool {
    literal.withUTF8Buffer { expected in
      var k = 0
      while k < expected.count {
        guard pointer[k] == expected[k] else { return false }
        k += 1
      }
      return pointer[k] == 0
    }
  }

  /// The name as a string.
  package var string: String { String(cString: pointer) }
}

/// The attributes of one element, in libxml2's SAX2 layout: five pointers per
/// attribute (local name, prefix, URI, value start, value end).
package struct XMLAttributes {
  package let pointers: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
  package let count: Int

  /// The value of the attribute with local name `name`, if present.
  package subscript(name: StaticString) -> String? {
    guard let pointers else { return nil }
    for index in 0..<count {
      guard let local = pointers[index * 5], XMLName(pointer: local).is(name) else { continue }
      return value(at: index)
    }
    return nil
  }

  /// Every attribute as (local name, value), copied out of libxml2's memory.
  package var all: [(name: String, value: String)] {
    guard let pointers else { return [] }
    return (0..<count).compactMap { index in
      guard let local = pointers[index * 5], let value = value(at: index) else { return nil }
      return (XMLName(pointer: local).string, value)
    }
  }

  /// The bytes of attribute `index`'s value, as libxml2 reports them (in its memory).
  fileprivate func rawValue(at index: Int) -> UnsafeBufferPointer<UInt8>? {
    guard let pointers, let start = pointers[index * 5 + 3], let end = pointers[index * 5 + 4] else { return nil }
    return UnsafeBufferPointer(start: start, count: end - start)
  }

  /// The value of attribute `index`, copied out, with the ampersands libxml2 left as references.
  private func value(at index: Int) -> String? {
    guard let value = rawValue(at: index) else { return nil }
    guard value.contains(UInt8(ascii: "&")), XMLAmpersandProbe.reportedAsReference else {
      return String(decoding: value, as: UTF8.self)
    }
    return Self.decodingAmpersands(value)
  }

  /// `value` with each "&#38;" read as "&": what libxml2 2.9 makes of "&amp;" and "&#38;" in an
  /// attribute when it does not substitute entities (its tree builder decodes it later; a
  /// streaming reader is given the reference). Left to right, so "&amp;#38;" stays "&#38;".
  private static func decodingAmpersands(_ value: UnsafeBufferPointer<UInt8>) -> String {
    let reference: [UInt8] = Array("&#38;".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(value.count)
    var index = 0
    while index < value.count {
      if value[index] == UInt8(ascii: "&"), index + reference.count <= value.count,
        value[index..<(index + reference.count)].elementsEqual(reference)
      {
        bytes.append(UInt8(ascii: "&"))
        index += reference.count
      } else {
        bytes.append(value[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Whether this libxml2 reports "&amp;" in an attribute value as "&#38;", found once by
/// parsing a one-element document: 2.9 does, and a later version may not, so the readers
/// decode the reference only where the library makes it.
enum XMLAmpersandProbe {
  static let reportedAsReference: Bool = {
    let probe = Probe()
    let parser = XMLStreamParser(handler: probe)
    try? parser.parse(ByteStream(bytes: Array(#"<a b="&amp;"/>"#.utf8), name: "probe"))
    return probe.value == "&#38;"
  }()

  private final class Probe: XMLStreamHandler {
    var value: String?

    func startElement(_ name: XMLName, attributes: XMLAttributes, line: Int) {
      guard attributes.count > 0, let raw = attributes.rawValue(at: 0) else { return }
      value = String(decoding: raw, as: UTF8.self)
    }

    func endElement(_ name: XMLName) {}
    func characters(_ bytes: UnsafeRawBufferPointer) {}
  }
}
