import CallAuditText
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

  /// The index of a name already in the table; stored data naming another is damaged.
  func existingIndex(of name: String) throws(ByteReader.Damaged) -> Int32 {
    guard let index = indices[name] else { throw ByteReader.Damaged() }
    return index
  }

  /// Adds `other`'s names and returns, for each of its indices, the index here.
  mutating func absorb(_ other: NameTable) -> [Int32] {
    other.names.map { index(of: $0) }
  }
}

/// The three name tables records index into.
struct NameTables: Sendable {
  var providers = NameTable()
  var categories = NameTable()
  var channels = NameTable()
}
