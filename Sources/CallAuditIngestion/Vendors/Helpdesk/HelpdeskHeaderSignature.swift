/// A CSV sample's header names folded the way ``CSVHeader`` matches them
/// (lower-cased, without blanks, `_` or `-`), for format detection that
/// accepts `Created at`, `created_at` and `CreatedAt` alike.
package struct HelpdeskHeaderSignature {
  private let names: Set<String>

  /// Folds the names of a header row (``FormatSample/headerSignature`` holds a sample's).
  package init(header: [String]) {
    names = Set(header.map(Self.fold))
  }

  /// Whether the header names every one of `required`.
  package func contains(_ required: String...) -> Bool {
    required.allSatisfy { names.contains(Self.fold($0)) }
  }

  /// Whether the header names at least one of `candidates`.
  package func containsAny(_ candidates: String...) -> Bool {
    candidates.contains { names.contains(Self.fold($0)) }
  }

  private static func fold(_ name: String) -> String {
    String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" }))
  }
}
