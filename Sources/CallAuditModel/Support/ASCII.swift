extension UInt8 {
  /// Whether the byte is an ASCII decimal digit.
  @inline(__always) package var isASCIIDigit: Bool { self &- UInt8(ascii: "0") < 10 }

  /// Whether the byte is an ASCII letter.
  @inline(__always) package var isASCIILetter: Bool { (self | 0x20) &- UInt8(ascii: "a") < 26 }

  /// Whether the byte is an ASCII space, tab, CR or LF.
  @inline(__always) package var isASCIIBlank: Bool {
    self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
  }

  /// Whether the byte is an ASCII upper-case letter.
  @inline(__always) package var isASCIIUppercase: Bool { self &- UInt8(ascii: "A") < 26 }

  /// The ASCII lower-case form of the byte; other bytes are returned unchanged.
  @inline(__always) package var asciiLowercased: UInt8 {
    isASCIIUppercase ? self | 0x20 : self
  }
}

extension StringProtocol {
  /// The string without leading and trailing ASCII spaces, tabs, CRs and LFs
  /// (``Swift/String/trimmingASCIIWhitespace()``, on a `String` of it).
  package func trimmingASCIIWhitespace() -> String { String(self).trimmingASCIIWhitespace() }
}

extension String {
  /// The string without leading and trailing ASCII spaces, tabs, CRs and LFs. Concrete, with
  /// the `StringProtocol` version calling it: the readers call it on every field, and a generic
  /// body in another module ran unspecialised there, copying each string through its
  /// witnesses (about 15 a contact; callgrind, stop 38).
  package func trimmingASCIIWhitespace() -> String {
    // Most values have nothing to trim; avoid walking Characters for them.
    if let first = utf8.first, let last = utf8.last, !first.isASCIIBlank, !last.isASCIIBlank { return self }
    var trimmed = self[...]
    while let byte = trimmed.utf8.first, byte.isASCIIBlank { trimmed = trimmed.dropFirst() }
    while let byte = trimmed.utf8.last, byte.isASCIIBlank { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }

  /// The string lower-cased, exactly as `lowercased()` gives it; a string that is ASCII with
  /// no upper-case letter (what an export's codes nearly always are) is returned as it is:
  /// no new string is made.
  package func lowercasedIfNeeded() -> String {
    var string = self
    let asIs = string.withUTF8 { bytes in
      bytes.allSatisfy { $0 < 0x80 && !$0.isASCIIUppercase }
    }
    return asIs ? string : lowercased()
  }
}

extension Collection<UInt8> {
  /// Parses an optionally signed decimal integer, ignoring surrounding blanks;
  /// `nil` when the bytes are anything else or the value overflows.
  package func parseDecimalInteger() -> Int? {
    var index = startIndex
    var end = endIndex
    while index < end, self[index].isASCIIBlank { formIndex(after: &index) }
    while end > index, self[self.index(end, offsetBy: -1)].isASCIIBlank {
      end = self.index(end, offsetBy: -1)
    }
    guard index < end else { return nil }
    var negative = false
    if self[index] == UInt8(ascii: "-") || self[index] == UInt8(ascii: "+") {
      negative = self[index] == UInt8(ascii: "-")
      formIndex(after: &index)
    }
    guard index < end else { return nil }
    var value = 0
    while index < end {
      let byte = self[index]
      guard byte.isASCIIDigit else { return nil }
      let (times10, o1) = value.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times10.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
      guard !o1, !o2 else { return nil }
      value = sum
      formIndex(after: &index)
    }
    return negative ? -value : value
  }
}
