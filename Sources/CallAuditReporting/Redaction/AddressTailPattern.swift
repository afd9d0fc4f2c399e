extension ScanText {
  /// The end of what follows a street and belongs to the address, from `index`
  /// (just after the street): each at most once, after ", " or a space,
  /// a unit ("Apt 4B"), a postcode ("SW1A 1AA", "D02 X285", "IL 62704", or
  /// after a town a state alone, "Salem, OR"), and
  /// after ", " only, a county ("Co. Dublin") and up to two places (locality
  /// and town) of one to three capitalised words each ("Malahide", "Dún
  /// Laoghaire", "Carrick-on-Shannon", "Greenmount, Bury", "Salt Lake City").
  /// A capitalised word that starts the next clause ("…, I work from home")
  /// or names a day or month is not taken for a town.
  func addressTailEnd(from index: Int) -> Int {
    var end = index
    var unit = false, towns = 0, county = false, postcode = false
    for _ in 0..<5 {
      let comma = self[end] == UInt8(ascii: ",") && self[end + 1] == UInt8(ascii: " ")
      guard comma || self[end] == UInt8(ascii: " ") else { break }
      let next = end + (comma ? 2 : 1)
      if !unit, towns == 0, !county, !postcode, let unitEnd = unitEnd(at: next) {
        end = unitEnd
        unit = true
      } else if !postcode, let postcodeEnd = postcodeEnd(at: next) ?? (towns > 0 && comma ? stateEnd(at: next) : nil) {
        end = postcodeEnd
        postcode = true
      } else if comma, !county, !postcode, let countyEnd = countyEnd(at: next) {
        end = countyEnd
        county = true
      } else if comma, towns < 2, !county, !postcode, let townEnd = townEnd(at: next) {
        end = townEnd
        towns += 1
      } else {
        break
      }
    }
    return end
  }

  /// The end of a flat or unit number at `index`: "Flat 3", "Apt. 4B", "Suite 200", "#12".
  func unitEnd(at index: Int) -> Int? {
    var position: Int
    if self[index] == UInt8(ascii: "#") {
      position = index + 1
    } else {
      guard let word = wordEnd(oneOf: AddressWords.units, at: index) else { return nil }
      position = word
      if self[position] == UInt8(ascii: ".") { position += 1 }
      guard self[position] == UInt8(ascii: " ") else { return nil }
      position += 1
    }
    if isLetter(position), isDigit(position + 1) { position += 1 }
    let digits = position
    while isDigit(position), position - digits < 5 { position += 1 }
    guard position > digits else { return nil }
    if isLetter(position), !isWord(at: position + 1) { position += 1 }
    return isWord(at: position) ? nil : position
  }

  /// The end of a postcode at `index`: UK, Eircode, or a US state and ZIP code.
  func postcodeEnd(at index: Int) -> Int? {
    ukPostcodeEnd(at: index) ?? eircodeEnd(at: index) ?? stateZipEnd(at: index)
  }

  /// A UK postcode: outward code A9, A99, AA9, AA99, A9A or AA9A, a space, inward code 9AA.
  func ukPostcodeEnd(at index: Int) -> Int? {
    guard isUpper(index), !isWord(before: index) else { return nil }
    var position = index + 1
    if isUpper(position) { position += 1 }
    guard isDigit(position) else { return nil }
    position += 1
    if isUpperOrDigit(position) { position += 1 }
    guard self[position] == UInt8(ascii: " "), isDigit(position + 1), isUpper(position + 2), isUpper(position + 3),
      !isWord(at: position + 4)
    else { return nil }
    return position + 4
  }

  /// An Irish Eircode: a routing key (a letter and two digits, or D6W), an
  /// optional space, and four digits or letters of the Eircode alphabet ("D02 X285").
  func eircodeEnd(at index: Int) -> Int? {
    guard isUpper(index), isDigit(index + 1), !isWord(before: index),
      isDigit(index + 2) || (self[index] == UInt8(ascii: "D") && self[index + 1] == UInt8(ascii: "6") && self[index + 2] == UInt8(ascii: "W"))
    else { return nil }
    var position = index + 3
    if self[position] == UInt8(ascii: " ") { position += 1 }
    for offset in 0..<4 {
      let byte = self[position + offset]
      guard byte.isASCIIDigit || AddressWords.eircodeLetters.contains(byte) else { return nil }
    }
    return isWord(at: position + 4) ? nil : position + 4
  }

  /// A US state code and ZIP code: "IL 62704", "DC 20500-0004".
  private func stateZipEnd(at index: Int) -> Int? {
    guard let state = stateEnd(at: index), self[state] == UInt8(ascii: " ") else { return nil }
    return zipEnd(at: state + 1)
  }

  /// A US state code on its own: "OR" in "Salem, OR".
  private func stateEnd(at index: Int) -> Int? {
    guard isUpper(index), isUpper(index + 1), !isWord(at: index + 2),
      AddressWords.states.contains([self[index], self[index + 1]])
    else { return nil }
    return index + 2
  }

  /// A ZIP code at `index`: five digits, perhaps followed by "-" and four more.
  func zipEnd(at index: Int) -> Int? {
    guard (0..<5).allSatisfy({ isDigit(index + $0) }) else { return nil }
    var end = index + 5
    if self[end] == UInt8(ascii: "-"), (1...4).allSatisfy({ isDigit(end + $0) }) { end += 5 }
    return isNumberEnd(end) ? end : nil
  }

  /// A county: "Co. Dublin", "Co Cork", "County Galway".
  private func countyEnd(at index: Int) -> Int? {
    guard isUpper(index), var position = wordEnd(oneOf: AddressWords.counties, at: index) else { return nil }
    if self[position] == UInt8(ascii: ".") { position += 1 }
    guard self[position] == UInt8(ascii: " "), isCapital(at: position + 1) else { return nil }
    let end = lettersEnd(from: position + 1)
    return isWord(at: end) ? nil : end
  }

  /// A town of one to three capitalised words ("Salt Lake City"), none of them a clause opener, day or month.
  private func townEnd(at index: Int) -> Int? {
    guard var end = townWordEnd(at: index) else { return nil }
    for _ in 0..<2 {
      guard self[end] == UInt8(ascii: " "), let next = townWordEnd(at: end + 1) else { break }
      end = next
    }
    return end
  }

  private func townWordEnd(at index: Int) -> Int? {
    guard isCapital(at: index) else { return nil }
    let end = lettersEnd(from: index)
    guard !isWord(at: end), !AddressWords.notTowns.contains(lowercasedBytes(index..<end)) else { return nil }
    return end
  }
}
