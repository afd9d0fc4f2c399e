/// A stretch of text a pattern recognised, as UTF-8 byte offsets.
struct RedactionMatch: Equatable {
  /// The bytes the match covers.
  var range: Range<Int>
  /// What the bytes are; `nil` for something recognised only so that no other
  /// pattern reads into it (a private network address, a version number).
  var kind: PersonalDataKind?
}
