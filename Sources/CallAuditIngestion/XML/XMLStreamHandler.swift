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
      let base = index * 5
      guard let local = pointers[base], XMLName(pointer: local).is(name),
        let start = pointers[base + 3], let end = pointers[base + 4]
      else { continue }
      return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
    }
    return nil
  }
}
