/// Follows JSON strings byte by byte — quotes and backslash escapes — so that a
/// scanner can tell structure from text without parsing: what the record splitter
/// and the wrapper walker both need.
struct JSONStringTracker {
  /// What a byte is.
  enum Role {
    /// Outside every string: a bracket, a comma, a blank, part of a number…
    case structure
    /// The quote that opens a string.
    case opening
    /// Inside a string, escapes included.
    case inside
    /// The quote that closes a string.
    case closing
  }

  private(set) var inString = false
  private var escaped = false

  mutating func take(_ byte: UInt8) -> Role {
    guard inString else {
      guard byte == UInt8(ascii: "\"") else { return .structure }
      inString = true
      return .opening
    }
    if escaped {
      escaped = false
    } else if byte == UInt8(ascii: "\\") {
      escaped = true
    } else if byte == UInt8(ascii: "\"") {
      inString = false
      return .closing
    }
    return .inside
  }
}
