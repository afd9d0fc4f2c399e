extension ScanText {
  /// The end of an IBAN starting at `index` (ISO 13616): two capitals, two check
  /// digits and up to 30 capitals or digits, 15–34 characters in all, written in
  /// one run or in groups of four with a shorter last group
  /// ("DE89 3704 0044 0532 0130 00"). With `checked`, the mod-97 check must hold;
  /// without it (after the word "IBAN") the shape alone is enough.
  func ibanEnd(at index: Int, checked: Bool) -> Int? {
    guard isUpper(index), isUpper(index + 1), isDigit(index + 2), isDigit(index + 3) else { return nil }
    // Group ends, each a candidate end of the IBAN; the longest valid one wins.
    var ends: [Int] = []
    var position = index + 4
    if self[position] == UInt8(ascii: " ") {
      ends.append(position)
      while self[position] == UInt8(ascii: " "), isUpperOrDigit(position + 1) {
        var end = position + 1
        while isUpperOrDigit(end), end - position - 1 < 4 { end += 1 }
        let length = end - position - 1
        guard !isWord(at: end) else { break }
        ends.append(end)
        position = end
        if length < 4 { break }
      }
    } else {
      while isUpperOrDigit(position) { position += 1 }
      guard !isWord(at: position) else { return nil }
      ends.append(position)
    }
    for end in ends.reversed() {
      let characters = (index..<end).filter { self[$0] != UInt8(ascii: " ") }
      guard (15...34).contains(characters.count), isNumberEnd(end) else { continue }
      if !checked || ibanChecksumHolds(characters) { return end }
    }
    return nil
  }

  /// The ISO 7064 mod-97 check: with the first four characters moved to the
  /// end and letters read as 10–35, the number leaves remainder 1.
  private func ibanChecksumHolds(_ positions: [Int]) -> Bool {
    var remainder = 0
    for position in positions.dropFirst(4) + positions.prefix(4) {
      let byte = self[position]
      if byte.isASCIIDigit {
        remainder = (remainder * 10 + Int(byte &- UInt8(ascii: "0"))) % 97
      } else {
        remainder = (remainder * 100 + Int(byte &- UInt8(ascii: "A")) + 10) % 97
      }
    }
    return remainder == 1
  }
}
