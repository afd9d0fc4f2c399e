extension ScanText {
  /// Labels after which a postcode stands for an address on its own.
  private static let postcodeLabels: [[UInt8]] = [
    "postcode", "post code", "postal code", "eircode", "zip code", "zipcode", "zip",
  ].map { Array($0.utf8) }

  /// The postcode introduced by a label starting at `index`: "postcode SW1A 1AA",
  /// "Eircode: D02 X285", "ZIP 20500". An Eircode names a single building, so
  /// it is redacted even without a street; the label stays.
  func labelledPostcode(at index: Int) -> Range<Int>? {
    guard let label = wordEnd(oneOf: Self.postcodeLabels, at: index) else { return nil }
    let start = labelValueStart(after: label)
    guard start > label, !isWord(before: start),
      let end = ukPostcodeEnd(at: start) ?? eircodeEnd(at: start) ?? zipEnd(at: start)
    else { return nil }
    return start..<end
  }
}
