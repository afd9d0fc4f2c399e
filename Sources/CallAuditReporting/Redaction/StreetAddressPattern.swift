extension ScanText {
  /// The end of a street address starting at a house number at `index`:
  ///
  /// - the number, 1–5 digits, perhaps with a letter or a range ("12A", "12-14"),
  ///   then a space (or ", ");
  /// - up to five words (see ``streetNameEnd(at:)``) of which a later one is
  ///   a street type ("Mill Lane", "St. Anne's Place", "The Crescent") or the
  ///   one word ends like a street ("Kingsway", "Ashgrove"); the address ends
  ///   at the last such word, so "12 Mill Lane Thanks" leaves "Thanks";
  /// - perhaps a compass point ("Avenue NW") and the tail read by
  ///   ``addressTailEnd(from:)``: unit, town, county, postcode.
  func streetAddressEnd(at index: Int) -> Int? {
    guard isDigit(index), self[index] != UInt8(ascii: "0"), isNumberStart(index), !followsCurrency(index) else {
      return nil
    }
    var position = index
    while isDigit(position), position - index < 5 { position += 1 }
    if isLetter(position), !isWord(at: position + 1) {
      position += 1
    } else if self[position] == UInt8(ascii: "-"), isDigit(position + 1) {
      position += 1
      let rangeStart = position
      while isDigit(position), position - rangeStart < 5 { position += 1 }
    }
    guard !isWord(at: position) else { return nil }
    if self[position] == UInt8(ascii: ","), self[position + 1] == UInt8(ascii: " ") {
      position += 2
    } else if self[position] == UInt8(ascii: " ") {
      position += 1
    } else {
      return nil
    }
    guard var end = streetNameEnd(at: position) else { return nil }
    // An abbreviation's full stop belongs to the address when a comma follows ("12 Elm St., Springfield").
    if self[end] == UInt8(ascii: "."), self[end + 1] == UInt8(ascii: ",") { end += 1 }
    if self[end] == UInt8(ascii: " "), let direction = wordEnd(exactly: AddressWords.directions, at: end + 1) {
      end = direction
    }
    return addressTailEnd(from: end)
  }

  /// The end of the street name at `index`: up to five capitalised words or
  /// ordinals ("5th"), ending at the last street type after the first word or
  /// at a one-word street name. Once a lower-case word comes, only a
  /// lower-case abbreviation can end the street ("6821 1st ave", "12 main
  /// st"): "a 2 way street" is no address.
  private func streetNameEnd(at index: Int) -> Int? {
    var streetEnd: Int? = nil
    var wordStart = index
    var lowercase = false  // a lower-case name word came: only lower-case abbreviations end the street now
    for word in 0..<5 {
      guard let end = nameWordEnd(at: wordStart) else { break }
      let lowered = lowercasedBytes(wordStart..<end)
      if !isCapital(at: wordStart), !isDigit(wordStart) { lowercase = true }
      if lowercase {
        if word > 0, AddressWords.lowercaseStreetTypes.contains(lowered) { streetEnd = end }
      } else if word > 0, AddressWords.streetTypes.contains(lowered) {
        streetEnd = end
      } else if !AddressWords.notCompounds.contains(lowered),
        AddressWords.compoundEndings.contains(where: { lowered.count >= $0.count + 3 && lowered.ends(with: $0) })
      {
        streetEnd = end
      }
      var next = end
      // A short abbreviation with a full stop inside a name: "St. Anne's Place".
      if self[next] == UInt8(ascii: "."), end - wordStart <= 3 { next += 1 }
      guard self[next] == UInt8(ascii: " "), isWord(at: next + 1) else { break }
      wordStart = next + 1
    }
    return streetEnd
  }

  /// The end of a word in a street name: letters (capitalised or not), or an ordinal such as "5th".
  private func nameWordEnd(at index: Int) -> Int? {
    if isCapital(at: index) || isLetter(index) || self[index] >= 0x80 {
      let end = lettersEnd(from: index)
      return end == index || isWord(at: end) ? nil : end
    }
    var end = index
    while isDigit(end), end - index < 3 { end += 1 }
    guard end > index else { return nil }
    let suffix = lowercasedBytes(end..<end + 2)
    guard suffix == Array("st".utf8) || suffix == Array("nd".utf8) || suffix == Array("rd".utf8)
      || suffix == Array("th".utf8), !isWord(at: end + 2)
    else { return nil }
    return end + 2
  }

  /// The first of `words` spelled exactly (case included) at `index` and not followed by a letter or digit.
  func wordEnd(exactly words: [[UInt8]], at index: Int) -> Int? {
    for word in words where (0..<word.count).allSatisfy({ self[index + $0] == word[$0] }) {
      if !isWord(at: index + word.count) { return index + word.count }
    }
    return nil
  }
}

extension Array where Element == UInt8 {
  /// Whether the bytes end with `suffix`.
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}

extension ScanText {
  /// The end of an address that starts with its flat or unit at `index`:
  /// "Flat 3, 12 Priory Lane", "Apartment 4B 7 Main Street".
  func unitAddressEnd(at index: Int) -> Int? {
    guard let unit = unitEnd(at: index) else { return nil }
    var position = unit
    if self[position] == UInt8(ascii: ",") { position += 1 }
    guard self[position] == UInt8(ascii: " ") else { return nil }
    return streetAddressEnd(at: position + 1)
  }
}
