/// Interns names (providers, categories, channels) so per-contact records hold
/// a small index instead of a string.
struct NameTable: Sendable {
  private(set) var names: [String] = []
  private var indices: [String: Int32] = [:]

  /// The index of `name`, adding it if new.
  mutating func index(of name: String) -> Int32 {
    if let index = indices[name] { return index }
    let index = Int32(names.count)
    names.append(name)
    indices[name] = index
    return index
  }

  subscript(index: Int32) -> String { names[Int(index)] }

  /// The index of a name already in the table.
  func existingIndex(of name: String) -> Int32 {
    guard let index = indices[name] else { preconditionFailure("\(name) was never interned") }
    return index
  }

  /// Adds `other`'s names and returns, for each of its indices, the index here.
  mutating func absorb(_ other: NameTable) -> [Int32] {
    other.names.map { index(of: $0) }
  }
}
