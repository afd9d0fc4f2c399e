/// Asterisk channel names, `PJSIP/client2-00000003` or `Local/100@agents-0000001a;2`:
/// a technology, a peer or endpoint, and a per-call suffix.
package enum AsteriskChannel {
  /// The endpoint a channel belongs to, without the per-call suffix
  /// (`PJSIP/client2`), so the same phone is the same agent across calls;
  /// `nil` for an empty name.
  package static func endpoint(_ channel: String?) -> String? {
    guard var name = channel?.trimmingASCIIWhitespace(), !name.isEmpty else { return nil }
    // Local channels end in ";1" or ";2" for their two halves.
    if let semicolon = name.lastIndex(of: ";") { name = String(name[..<semicolon]) }
    if let dash = name.lastIndex(of: "-"), name.index(after: dash) < name.endIndex,
      name[name.index(after: dash)...].allSatisfy(\.isHexDigit)
    {
      name = String(name[..<dash])
    }
    return name.isEmpty ? nil : name
  }
}
