/// Caller numbers as call records spell them, made comparable so that the same
/// caller is the same customer across calls (and so repeat calls are found).
package enum CallerNumber {
  /// Placeholders switches write when the caller's number is withheld or unknown.
  private static let withheld: Set<String> = [
    "anonymous", "unknown", "restricted", "private", "unavailable", "withheld", "invalid", "none",
  ]

  /// The number without spaces, dashes, dots or brackets (`+1 (555) 010-4477` →
  /// `+15550104477`); `nil` when empty, withheld, or all zeros.
  package static func normalize(_ text: String?) -> String? {
    guard let text else { return nil }
    var kept = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !" \t-.()".unicodeScalars.contains(scalar) { kept.append(scalar) }
    let number = String(kept)
    guard !number.isEmpty, !withheld.contains(number.lowercased()),
      !number.utf8.allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "+") })
    else { return nil }
    return number
  }

  /// The number inside a caller id such as `"Jane Roe" <5551234>`, if any.
  package static func fromCallerID(_ clid: String?) -> String? {
    guard let clid, let open = clid.lastIndex(of: "<"), let close = clid.lastIndex(of: ">"), open < close else {
      return nil
    }
    return normalize(String(clid[clid.index(after: open)..<close]))
  }
}
