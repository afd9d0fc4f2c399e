/// The known name closest to a mistyped one, for "did you mean …?".
enum NameSuggestion {
  /// The name among `known` nearest to `name` by edit distance, ignoring case,
  /// when it is near enough to be a typing mistake (a third of the name's
  /// length, at least 2 edits); `nil` otherwise.
  static func closest(to name: String, among known: [String]) -> String? {
    let wanted = Array(name.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in known.sorted() {
      let distance = editDistance(wanted, Array(candidate.lowercased()))
      if best == nil || distance < best!.distance { best = (candidate, distance) }
    }
    guard let best, best.distance <= max(2, wanted.count / 3) else { return nil }
    return best.name
  }

  /// Levenshtein distance between two strings of characters.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
