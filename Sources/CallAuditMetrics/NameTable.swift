import CallAuditText

/// Interns names (providers, categories, channels) so per-contact records hold
/// a small index instead of a string.
package struct NameTable: Sendable {
  package private(set) var names: [String] = []
  private var indices: [String: Int32] = [:]

  /// The index of `name`, adding it if new.
  package mutating func index(of name: String) -> Int32 {
    if let index = indices[name] { return index }
    let index = Int32(names.count)
    names.append(name)
    indices[name] = index
    return index
  }

  package subscript(index: Int32) -> String { names[Int(index)] }

  /// The index of a name already in the table; stored data naming another is damaged.
  package func existingIndex(of name: String) throws(ByteReader.Damaged) -> Int32 {
    guard let index = indices[name] else { throw ByteReader.Damaged() }
    return index
  }

  /// Adds `other`'s names and returns, for each of its indices, the index here.
  package mutating func absorb(_ other: NameTable) -> [Int32] {
    other.names.map { index(of: $0) }
  }
}

/// The name tables records index into.
package struct NameTables: Sendable {
  package var providers = NameTable()
  package var categories = NameTable()
  package var channels = NameTable()
  /// The sites and teams that handled contacts: breakdowns and site verdicts group by them.
  package var sites = NameTable()
  package var teams = NameTable()
}
