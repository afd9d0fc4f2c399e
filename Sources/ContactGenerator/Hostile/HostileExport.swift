import CallAuditSystem

/// One untrusted export of the hostile set: a file name and how to write its bytes.
///
/// Each file breaks one rule an export can break: external entities, entity
/// expansion, nesting depth, a huge text node, quoting, NUL bytes, invalid UTF-8,
/// a truncated gzip stream, a 50 MB field, empty and header-only files. Where it
/// can, a file also holds a well-formed contact, so a test sees what is kept.
/// docs/security.md says what callaudit does with each.
public struct HostileExport: Sendable {
  /// The file name, which says what is wrong with it.
  public let name: String
  /// Whether the file is large (tens of MiB); ``HostileExportSet`` can leave these out.
  public let isLarge: Bool
  /// Writes the file's bytes in pieces, so a large file never sits in memory whole.
  let write: @Sendable (_ sink: (ArraySlice<UInt8>) throws(OutputError) -> Void) throws(OutputError) -> Void

  /// The provider every contact in a hostile file belongs to, kept apart from the
  /// good files' providers so their figures can be compared with a clean run.
  public static let provider = "Hostile Test ISP"

  init(
    _ name: String, isLarge: Bool = false,
    write: @escaping @Sendable (_ sink: (ArraySlice<UInt8>) throws(OutputError) -> Void) throws(OutputError) -> Void
  ) {
    self.name = name
    self.isLarge = isLarge
    self.write = write
  }

  /// A file whose bytes are given whole.
  init(_ name: String, bytes: [UInt8]) {
    self.init(name) { sink throws(OutputError) in try sink(bytes[...]) }
  }

  /// A file whose content is text.
  init(_ name: String, text: String) {
    self.init(name, bytes: Array(text.utf8))
  }
}
