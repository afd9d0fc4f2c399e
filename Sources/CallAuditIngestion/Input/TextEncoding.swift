import CallAuditModel

/// The character encoding of an input, as detected from its first bytes.
public enum TextEncoding: Sendable, Equatable {
  /// UTF-8, with or without a byte order mark (ASCII is UTF-8 too).
  case utf8
  /// Windows-1252: transcoded to UTF-8 while it is read.
  case windows1252
  /// An XML document that declares an encoding other than UTF-8; libxml2
  /// decodes it, so the bytes are passed through untouched.
  case declaredInXML(String)

  /// Detects the encoding from the first bytes of an input (after decompression).
  ///
  /// UTF-8 unless the sample holds bytes that do not form UTF-8 and no more
  /// well-formed multi-byte sequences than ill-formed ones, in which case it is
  /// Windows-1252 (a UTF-8 file with a few damaged bytes stays UTF-8, and its
  /// damage is repaired and reported). An XML declaration naming another
  /// encoding is left to libxml2.
  /// - Throws: ``InputError/unsupportedEncoding(path:encoding:)`` for UTF-16 or UTF-32,
  ///   recognised by a byte order mark or by the zero bytes of ASCII in them.
  public static func detect(prefix: [UInt8], path: String) throws(InputError) -> TextEncoding {
    if let wide = wideEncoding(prefix) { throw .unsupportedEncoding(path: path, encoding: wide) }
    if let declared = XMLDeclaration.encoding(in: prefix) {
      let folded = declared.lowercased().filter { $0 != "-" && $0 != "_" }
      if !["utf8", "usascii", "ascii"].contains(folded) { return .declaredInXML(declared) }
    }
    let census = UTF8Scan.census(prefix[...])
    if census.invalid > 0, census.invalid >= census.multiByte { return .windows1252 }
    return .utf8
  }

  /// The name of a UTF-16 or UTF-32 encoding the bytes start in, if they do.
  private static func wideEncoding(_ bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE" }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE" }
    if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
    if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
    // Without a byte order mark, ASCII in UTF-16 alternates with zero bytes.
    if bytes.count >= 4 {
      if bytes[0] != 0, bytes[1] == 0, bytes[2] != 0, bytes[3] == 0 { return "UTF-16LE" }
      if bytes[0] == 0, bytes[1] != 0, bytes[2] == 0, bytes[3] != 0 { return "UTF-16BE" }
    }
    return nil
  }

  /// How the encoding reads in a report note, or `nil` for plain UTF-8.
  package var note: String? {
    switch self {
    case .utf8: nil
    case .windows1252: "read as Windows-1252 (the content is not UTF-8)"
    case .declaredInXML(let name): "read as \(name), as the XML declaration says"
    }
  }
}
