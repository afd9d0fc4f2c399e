import CallAuditModel

/// Finds the inputs of a run whose whole content repeats an earlier input's
/// (the same export twice, or once plain and once gzipped): such an input is
/// reported once, as identical, and its contacts are not measured again.
package struct InputIdentity {
  /// The first input read to its end with each content digest.
  private var firstByDigest: [String: Int] = [:]

  /// Whether the input at `position`, summarised by `summary`, repeats an
  /// earlier one; if so, the summary says which.
  package mutating func isRepeat(_ summary: inout InputSummary, at position: Int) -> Bool {
    guard summary.stoppedBy == nil, let digest = summary.contentDigest else { return false }
    if let earlier = firstByDigest[digest] {
      summary.identicalTo = earlier
      return true
    }
    firstByDigest[digest] = position
    return false
  }
}
