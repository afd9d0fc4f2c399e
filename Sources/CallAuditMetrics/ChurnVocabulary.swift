import CallAuditModel

/// Which categories and resolution codes mean the customer is leaving.
///
/// Resolution codes are matched more narrowly than categories: a ticket
/// "cancelled" is a ticket withdrawn, not a customer who cancelled.
///
/// A stem matches as a plain substring, case-sensitively (categories and codes arrive
/// lower-cased). ASCII text, nearly every code, is searched byte by byte; other text keeps
/// Foundation's `contains`, which compares by composed character sequence ("cancel" is not
/// found in "cancel\u{301}led", yet is before a zero-width joiner) — rules worth no copy.
package enum ChurnVocabulary {
  package static let categoryStems = ["cancel", "disconnect", "terminat", "churn", "retention", "port-out", "port out", "leaving"]
  package static let resolutionStems = [
    "disconnect", "terminat", "churn", "service cancel", "contract cancel", "account closed",
    "ported out", "port out", "port-out", "customer left",
  ]

  /// `categoryStems` as bytes.
  private static let categoryNeedles = ByteNeedles(categoryStems)
  /// `resolutionStems` as bytes.
  private static let resolutionNeedles = ByteNeedles(resolutionStems)

  /// Whether a category names a cancellation, disconnection or retention issue.
  package static func isChurnCategory(_ category: String?) -> Bool {
    guard let category else { return false }
    if let found = categoryNeedles.foundIfASCII(in: category) { return found }
    return categoryStems.contains { category.containsUnextended($0) }
  }

  /// Whether a resolution code records the customer leaving.
  package static func isChurnResolution(_ resolution: String?) -> Bool {
    guard let resolution else { return false }
    if let found = resolutionNeedles.foundIfASCII(in: resolution) { return found }
    return resolutionStems.contains { resolution.containsUnextended($0) }
  }
}

/// A few ASCII needles searched for in ASCII text, byte by byte.
///
/// Built once into storage that is never freed (they live in `static let`s), so a search
/// costs no reference counting and no allocation.
private struct ByteNeedles: @unchecked Sendable {
  // @unchecked: the storage is written only in `init` and immutable afterwards.
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  /// Each needle's range in `bytes`.
  private let ranges: UnsafeMutableBufferPointer<Range<Int>>

  /// The needles, which must be ASCII and not empty.
  init(_ needles: [String]) {
    let joined = needles.flatMap { Array($0.utf8) }
    precondition(joined.allSatisfy { $0 < 0x80 } && !needles.contains(where: \.isEmpty))
    bytes = .allocate(capacity: joined.count)
    _ = bytes.initialize(from: joined)
    ranges = .allocate(capacity: needles.count)
    var start = 0
    for (index, needle) in needles.enumerated() {
      ranges.initializeElement(at: index, to: start..<(start + needle.utf8.count))
      start += needle.utf8.count
    }
  }

  /// Whether some needle occurs in `text`; nil when `text` is not ASCII (or not contiguous
  /// UTF-8), for the caller to decide otherwise.
  func foundIfASCII(in text: String) -> Bool? {
    let found: Bool?? = text.utf8.withContiguousStorageIfAvailable { utf8 in
      var any: UInt8 = 0
      for byte in utf8 { any |= byte }
      guard any < 0x80 else { return nil }
      return ranges.contains { occurs(bytes[$0], in: utf8) }
    }
    return found ?? nil
  }

  private func occurs(_ needle: Slice<UnsafeMutableBufferPointer<UInt8>>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard needle.count <= text.count, let first = needle.first else { return false }
    for start in 0...(text.count - needle.count) where text[start] == first {
      if text[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }
}
