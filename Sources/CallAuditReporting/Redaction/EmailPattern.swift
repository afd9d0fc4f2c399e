extension ScanText {
  /// The end of an e-mail address starting at `index`: a local part of up to
  /// 64 letters, digits and `. _ % + - '`, an `@`, and a domain of at least two
  /// labels whose last is two or more letters. Non-ASCII letters are allowed on
  /// both sides (internationalised addresses). "@handle" and "F@st" are not addresses.
  func emailEnd(at index: Int) -> Int? {
    guard let at = localPartEnd(from: index), self[at] == UInt8(ascii: "@") else { return nil }
    var position = at + 1
    var labels = 0
    var lastLabelIsAlphabetic = false
    while let end = domainLabelEnd(from: position) {
      labels += 1
      lastLabelIsAlphabetic = end - position >= 2 && (position..<end).allSatisfy { isLetter($0) || self[$0] >= 0x80 }
      position = end
      // A dot continues the domain only when another label follows it; a full stop ends the sentence.
      guard self[position] == UInt8(ascii: "."), domainLabelEnd(from: position + 1) != nil else { break }
      position += 1
    }
    guard labels >= 2, lastLabelIsAlphabetic, !isWord(at: position), self[position] != UInt8(ascii: "@") else {
      return nil
    }
    return position
  }

  /// The end of a local part starting at `index`, or `nil` when it is empty,
  /// too long, or has a dot at either end or two in a row.
  private func localPartEnd(from index: Int) -> Int? {
    var position = index
    while true {
      let byte = self[position]
      if isAlphanumeric(position) {
        position += 1
      } else if byte >= 0x80, isWord(at: position) {
        position += scalarLength(at: position)
      } else if byte == UInt8(ascii: ".") {
        guard position > index, self[position - 1] != UInt8(ascii: "."), self[position + 1] != UInt8(ascii: "@") else {
          return nil
        }
        position += 1
      } else if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+")
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
      {
        position += 1
      } else {
        break
      }
      if position - index > 64 { return nil }
    }
    return position > index ? position : nil
  }

  /// The end of a domain label starting at `index`: letters, digits and inner
  /// hyphens, starting and ending with a letter or digit.
  private func domainLabelEnd(from index: Int) -> Int? {
    guard isWord(at: index) else { return nil }
    var position = index
    var lastWord = index
    while true {
      if isWord(at: position) {
        position += scalarLength(at: position)
        lastWord = position
      } else if self[position] == UInt8(ascii: "-") {
        position += 1
      } else {
        break
      }
      if position - index > 63 { return nil }
    }
    return lastWord
  }
}
