/// Where a value lies inside an XML record: child element names down from the
/// record, optionally ending in an attribute — `status`, `customer/name`,
/// `@id`, `caller/@number` — or `.` for the record's own text.
///
/// A path may match several elements (`comments/comment`); fields use the
/// first value, turns use every one, in document order.
struct XMLValuePath: Sendable, Equatable {
  /// Child element local names, from the record down.
  var steps: [String]
  /// The attribute read from the last element, if the path ends in `@name`.
  var attribute: String?

  /// Parses a path as written in a mapping file; `nil` when it is not one.
  init?(_ text: String) {
    let trimmed = text.trimmingASCIIWhitespace()
    if trimmed == "." {
      steps = []
      attribute = nil
      return
    }
    var parts = trimmed.split(separator: "/", omittingEmptySubsequences: false).map {
      $0.trimmingASCIIWhitespace()
    }
    guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
    if let last = parts.last, last.hasPrefix("@") {
      let name = Self.localName(String(last.dropFirst()))
      guard !name.isEmpty else { return nil }
      attribute = name
      parts.removeLast()
    } else {
      attribute = nil
    }
    guard parts.allSatisfy({ !$0.hasPrefix("@") && $0 != "." }) else { return nil }
    steps = parts.map(Self.localName)
  }

  /// Every value the path reaches in `record`, trimmed, blanks left out.
  func values(in record: XMLElementNode) -> [String] {
    var values: [String] = []
    collect(record, depth: 0, into: &values)
    return values
  }

  private func collect(_ element: XMLElementNode, depth: Int, into values: inout [String]) {
    guard depth == steps.count else {
      for child in element.children where child.name == steps[depth] {
        collect(child, depth: depth + 1, into: &values)
      }
      return
    }
    let raw = attribute.map { element.attribute($0) ?? "" } ?? element.text
    let value = raw.trimmingASCIIWhitespace()
    if !value.isEmpty { values.append(value) }
  }

  /// The part after a namespace prefix: records are matched by local name.
  private static func localName(_ name: String) -> String {
    name.split(separator: ":").last.map(String.init) ?? name
  }
}
