/// Finds personal data in one text, left to right: at each word start the
/// patterns are tried from the most specific to the most general, and the
/// first that matches consumes its bytes, so no two matches overlap.
struct RedactionScanner {
  let text: ScanText

  /// The matches in order, including recognised stretches that are kept (``RedactionMatch/kind`` nil).
  func matches() -> [RedactionMatch] {
    // Every kind needs a digit, except e-mail addresses, which need an @.
    var hasDigit = false, hasAt = false
    for byte in text.bytes {
      if byte.isASCIIDigit { hasDigit = true } else if byte == UInt8(ascii: "@") { hasAt = true }
    }
    guard hasDigit || hasAt else { return [] }
    var found: [RedactionMatch] = []
    var index = 0
    while index < text.count {
      let byte = text[index]
      if byte >= 0x80 || text.isAlphanumeric(index) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(")
        || byte == UInt8(ascii: ":"),
        !text.isWord(before: index),
        let match = match(at: index, hasDigit: hasDigit, hasAt: hasAt)
      {
        found.append(match)
        index = match.range.upperBound
      } else {
        index += 1
      }
    }
    return found
  }

  /// The match at a word start, if any.
  private func match(at index: Int, hasDigit: Bool, hasAt: Bool) -> RedactionMatch? {
    let byte = text[index]
    if hasAt, byte >= 0x80 || text.isAlphanumeric(index), let end = text.emailEnd(at: index) {
      return RedactionMatch(range: index..<end, kind: .email)
    }
    guard hasDigit else { return nil }
    if byte.isASCIIDigit { return numberMatch(at: index) }
    switch byte {
    case UInt8(ascii: "+"), UInt8(ascii: "("):
      return text.phoneNumber(at: index).map { RedactionMatch(range: index..<$0.end, kind: $0.isPersonal ? .phone : nil) }
    case UInt8(ascii: ":"):
      return ipv6Match(at: index)
    default:
      return wordMatch(at: index)
    }
  }

  /// What a number at `index` starts: an IP address, a card number, a phone
  /// number, or the house number of a street address.
  private func numberMatch(at index: Int) -> RedactionMatch? {
    if text[index + 1] == UInt8(ascii: ".") || text[index + 2] == UInt8(ascii: ".") || text[index + 3] == UInt8(ascii: "."),
      let address = text.ipv4Address(at: index)
    {
      return RedactionMatch(range: index..<address.end, kind: address.isPersonal ? .ip : nil)
    }
    if let match = ipv6Match(at: index) { return match }
    if let end = text.cardEnd(at: index) { return RedactionMatch(range: index..<end, kind: .card) }
    if let phone = text.phoneNumber(at: index) {
      return RedactionMatch(range: index..<phone.end, kind: phone.isPersonal ? .phone : nil)
    }
    if let end = text.streetAddressEnd(at: index) { return RedactionMatch(range: index..<end, kind: .address) }
    return nil
  }

  /// What a word at `index` introduces or is: an IBAN, an account number after
  /// its label or abbreviation, a card's security code or a postcode after its
  /// label, a flat's address, an IPv6 address. The first letter picks the patterns worth trying.
  private func wordMatch(at index: Int) -> RedactionMatch? {
    let byte = text[index]
    guard byte < 0x80 else { return nil }
    if text.isUpper(index), text.isUpper(index + 1), text.isDigit(index + 2),
      let end = text.ibanEnd(at: index, checked: true)
    {
      return RedactionMatch(range: index..<end, kind: .account)
    }
    let found: RedactionMatch?
    switch byte.asciiLowercased {
    case UInt8(ascii: "a"):  // account, acct, a/c; AC-12345678; apartment, apt
      found = labelledAccountMatch(at: index) ?? prefixedAccountMatch(at: index) ?? unitAddressMatch(at: index)
    case UInt8(ascii: "c"):  // customer; CVV, CVC, CSC
      found = labelledAccountMatch(at: index) ?? securityCodeMatch(at: index)
    case UInt8(ascii: "i"), UInt8(ascii: "m"), UInt8(ascii: "r"):  // IBAN, membership, routing
      found = labelledAccountMatch(at: index)
    case UInt8(ascii: "s"):  // sort code; security code; suite
      found = labelledAccountMatch(at: index) ?? securityCodeMatch(at: index) ?? unitAddressMatch(at: index)
    case UInt8(ascii: "e"), UInt8(ascii: "p"), UInt8(ascii: "z"):  // Eircode, postcode, ZIP
      found = text.labelledPostcode(at: index).map { RedactionMatch(range: $0, kind: .address) }
    case UInt8(ascii: "f"), UInt8(ascii: "u"):  // flat, unit
      found = unitAddressMatch(at: index)
    default:
      found = nil
    }
    return found ?? (text.isHex(index) ? ipv6Match(at: index) : nil)
  }

  private func labelledAccountMatch(at index: Int) -> RedactionMatch? {
    text.labelledAccount(at: index).map { RedactionMatch(range: $0, kind: .account) }
  }

  private func securityCodeMatch(at index: Int) -> RedactionMatch? {
    text.labelledSecurityCode(at: index).map { RedactionMatch(range: $0, kind: .card) }
  }

  private func prefixedAccountMatch(at index: Int) -> RedactionMatch? {
    text.prefixedAccountEnd(at: index).map { RedactionMatch(range: index..<$0, kind: .account) }
  }

  private func unitAddressMatch(at index: Int) -> RedactionMatch? {
    text.unitAddressEnd(at: index).map { RedactionMatch(range: index..<$0, kind: .address) }
  }

  /// An IPv6 address at `index`, tried only where a colon comes within five bytes.
  private func ipv6Match(at index: Int) -> RedactionMatch? {
    guard (0..<5).contains(where: { text[index + $0] == UInt8(ascii: ":") }), let address = text.ipv6Address(at: index)
    else { return nil }
    return RedactionMatch(range: index..<address.end, kind: address.isPersonal ? .ip : nil)
  }
}
