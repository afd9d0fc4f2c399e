/// An enum whose cases say their position in `allCases` without a search: what a spool writes
/// for a case, and what a dictionary keyed by the enum hashes.
///
/// A `String`-backed enum's `Hashable` conformance hashes its raw value, a SipHash over the
/// string's bytes at every probe of a dictionary keyed by it, and the per-contact tallies probe
/// such dictionaries several times per contact. So each conforming enum hashes `caseIndex`
/// instead, in a `hash(into:)` of its own: a default `hash(into:)` here, meeting the standard
/// library's defaults for `RawRepresentable`, compiled with a warning and recursed until the
/// stack overflowed (tried with Swift 6.3).
package protocol CaseIndexed: CaseIterable, Hashable where AllCases.Index == Int {
  /// The case's position in `allCases`.
  var caseIndex: UInt8 { get }
}
