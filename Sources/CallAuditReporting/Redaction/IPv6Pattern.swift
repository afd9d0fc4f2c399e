extension ScanText {
  /// An IPv6 address starting at `index` (RFC 4291 text forms): eight groups of
  /// one to four hex digits, or fewer around one `::`, the last 32 bits perhaps
  /// as a dotted quad, perhaps with a `%zone`. It must hold a decimal digit
  /// somewhere, so "dead::beef" is not taken; "10:30:00" has neither eight
  /// groups nor a `::`, so times are not either. `isPersonal` is false for the
  /// unspecified address, loopback, link-local (fe80::/10), unique local
  /// (fc00::/7) and multicast (ff00::/8), and for a mapped IPv4 address that
  /// identifies no one.
  func ipv6Address(at index: Int) -> (end: Int, isPersonal: Bool)? {
    guard !isWord(before: index), self[index - 1] != UInt8(ascii: ":") else { return nil }
    var head: [UInt16] = []
    var tail: [UInt16] = []
    var compressed = false
    var mapped: [Int]? = nil
    var position = index
    if self[position] == UInt8(ascii: ":") {
      guard self[position + 1] == UInt8(ascii: ":") else { return nil }
      compressed = true
      position += 2
    }
    while head.count + tail.count < 8 {
      var end = position
      var value: UInt16 = 0
      while isHex(end), end - position < 4 {
        value = value << 4 | UInt16(hexValue(self[end]))
        end += 1
      }
      guard end > position else { break }
      if self[end] == UInt8(ascii: "."), let quadEnd = ipv4Address(at: position)?.end {
        // The last 32 bits as a dotted quad, as in ::ffff:192.0.2.1.
        let octets = dottedQuad(position..<quadEnd)
        mapped = octets
        let pair = [UInt16(octets[0] << 8 | octets[1]), UInt16(octets[2] << 8 | octets[3])]
        if compressed { tail += pair } else { head += pair }
        position = quadEnd
        break
      }
      guard !isWord(at: end) else { return nil }
      if compressed { tail.append(value) } else { head.append(value) }
      position = end
      guard self[position] == UInt8(ascii: ":") else { break }
      if self[position + 1] == UInt8(ascii: ":") {
        guard !compressed else { break }
        compressed = true
        position += 2
      } else if isHex(position + 1) {
        position += 1
      } else {
        break
      }
    }
    let groups = head.count + tail.count
    guard compressed ? groups <= 7 : groups == 8 else { return nil }
    // An address is not followed by a letter, nor by the @ of an e-mail whose local part it would eat.
    guard (index..<position).contains(where: { isDigit($0) }), !isWord(at: position), self[position] != UInt8(ascii: "@")
    else { return nil }
    if self[position] == UInt8(ascii: "%"), isAlphanumeric(position + 1) {
      position += 1
      while isAlphanumeric(position) { position += 1 }
    }
    let full = head + Array(repeating: 0, count: 8 - groups) + tail
    return (position, Self.isPersonalIPv6(full, mapped: mapped))
  }

  /// Whether an IPv6 address (eight groups) can point at one subscriber.
  private static func isPersonalIPv6(_ groups: [UInt16], mapped: [Int]?) -> Bool {
    let first = groups[0]
    if groups.dropLast().allSatisfy({ $0 == 0 }), groups[7] <= 1 { return false }  // :: and ::1
    if first & 0xFFC0 == 0xFE80 || first & 0xFE00 == 0xFC00 || first & 0xFF00 == 0xFF00 { return false }
    if let mapped, groups[0..<5].allSatisfy({ $0 == 0 }) { return isPersonalIPv4(mapped) }
    return true
  }

  /// The four octets of a dotted quad already recognised.
  private func dottedQuad(_ range: Range<Int>) -> [Int] {
    var octets = [0]
    for position in range {
      if self[position] == UInt8(ascii: ".") {
        octets.append(0)
      } else {
        octets[octets.count - 1] = octets[octets.count - 1] * 10 + Int(self[position] &- UInt8(ascii: "0"))
      }
    }
    return octets
  }

  private func hexValue(_ byte: UInt8) -> UInt8 {
    byte.isASCIIDigit ? byte &- UInt8(ascii: "0") : (byte | 0x20) &- UInt8(ascii: "a") + 10
  }
}
