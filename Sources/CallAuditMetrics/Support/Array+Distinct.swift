extension Array where Element: Hashable {
  /// Calls `body` once for each distinct element, in the order they first appear.
  ///
  /// A short array (a contact's moves) is searched along itself, which costs less than
  /// hashing every element into a new set; a long one goes through a set.
  /// - Complexity: O(*n*²) comparisons up to 16 elements, O(*n*) hashes beyond.
  func forEachDistinct(_ body: (Element) -> Void) {
    if count <= 16 {
      for (position, element) in enumerated() where !self[..<position].contains(element) { body(element) }
    } else {
      var seen = Set<Element>(minimumCapacity: count)
      for element in self where seen.insert(element).inserted { body(element) }
    }
  }
}
