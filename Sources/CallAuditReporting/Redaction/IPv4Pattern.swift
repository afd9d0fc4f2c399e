extension ScanText {
  /// Words after which a dotted quad is a version, not an address.
  private static let versionWords: [[UInt8]] = ["version", "ver", "firmware", "build", "release"].map { Array($0.utf8) }

  /// An IPv4 address starting at `index`: four decimal octets 0–255 without
  /// leading zeros, not part of a longer dotted number ("1.2.3.4.5") and not a
  /// version ("firmware 1.2.3.4"). `isPersonal` is false for addresses that
  /// identify no one: private (10/8, 172.16/12, 192.168/16), loopback,
  /// link-local, "this network" (0/8), 224 and above (multicast, netmasks
  /// such as 255.255.255.0, broadcast), and the well-known public DNS
  /// resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9…).
  func ipv4Address(at index: Int) -> (end: Int, isPersonal: Bool)? {
    guard !isWord(before: index), !(self[index - 1] == UInt8(ascii: ".") && isDigit(index - 2)) else { return nil }
    var octets: [Int] = []
    var position = index
    while octets.count < 4 {
      guard let octet = octet(at: position) else { return nil }
      octets.append(octet.value)
      position = octet.end
      if octets.count < 4 {
        guard self[position] == UInt8(ascii: ".") else { return nil }
        position += 1
      }
    }
    guard isNumberEnd(position) else { return nil }
    if followsWord(oneOf: Self.versionWords, before: index) { return (position, false) }
    return (position, Self.isPersonalIPv4(octets))
  }

  /// Public DNS resolvers that support staff name in their steps ("set the DNS to 8.8.8.8").
  private static let publicResolvers: Set<[Int]> = [
    [8, 8, 8, 8], [8, 8, 4, 4], [1, 1, 1, 1], [1, 0, 0, 1], [9, 9, 9, 9], [149, 112, 112, 112],
    [208, 67, 222, 222], [208, 67, 220, 220],
  ]

  /// Whether an IPv4 address can point at one subscriber (see ``ipv4Address(at:)``).
  static func isPersonalIPv4(_ octets: [Int]) -> Bool {
    if publicResolvers.contains(octets) { return false }
    return switch (octets[0], octets[1]) {
    case (0, _), (10, _), (127, _), (224..., _): false
    case (169, 254), (192, 168): false
    case (172, 16...31): false
    default: true
    }
  }

  /// A decimal octet at `index` and its end.
  private func octet(at index: Int) -> (value: Int, end: Int)? {
    guard isDigit(index) else { return nil }
    var value = 0
    var position = index
    while isDigit(position), position - index < 3 {
      value = value * 10 + Int(self[position] &- UInt8(ascii: "0"))
      position += 1
    }
    guard !isDigit(position), value <= 255, !(self[index] == UInt8(ascii: "0") && position - index > 1) else {
      return nil
    }
    return (value, position)
  }
}
