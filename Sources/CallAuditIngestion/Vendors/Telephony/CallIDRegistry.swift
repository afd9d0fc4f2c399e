import CallAuditModel

/// Remembers the call ids already read from one input, so a record written
/// twice (log rotation, an export run twice, an Excel copy) is not counted as
/// two calls. Holds 12 bytes per call: a 64-bit hash of the id and a line.
package struct CallIDRegistry {
  private var lines: [UInt64: Int32] = [:]

  /// Records `id` read on `line`; the line it was read on before, if it was.
  package mutating func register(_ id: String, line: Int) -> Int? {
    let key = StableHash.of(id)
    if let earlier = lines[key] { return Int(earlier) }
    lines[key] = Int32(clamping: line)
    return nil
  }
}
