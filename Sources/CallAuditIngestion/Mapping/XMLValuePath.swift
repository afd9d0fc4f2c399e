import CallAuditModel

/// Where a value lies inside an XML record: child element names down from the
/// record, optionally ending in an attribute — `status`, `customer/name`,
/// `@id`, `caller/@number` — or `.` for the record's own text. A step may keep
/// only the elements whose attribute has a value: `messages/message[@from=agent]`.
///
/// A path may match several elements (`comments/comment`); fields use the
/// first value, turns use every one, in document order.
package struct XMLValuePath: Sendable, Equatable {
  /// One step down: a child's local name, and optionally an attribute it must have.
  package struct Step: Sendable, Equatable {
    /// The child's local name.
    package var name: String
    /// An attribute the child must have, with this value, to be kept.
    package var filter: (attribute: String, value: String)?

    package static func == (lhs: Step, rhs: Step) -> Bool {
      lhs.name == rhs.name && lhs.filter?.attribute == rhs.filter?.attribute && lhs.filter?.value == rhs.filter?.value
    }
  }

  /// The steps from the record down.
  package var steps: [Step]
  /// The attribute read from the last element, if the path ends in `@name`.
  package var attribute: String?

  /// Parses a path as written in a mapping file; `nil` when it is not one.
  package init?(_ text: String) {
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
    var steps: [Step] = []
    for part in parts {
      guard let step = Self.step(part) else { return nil }
      steps.append(step)
    }
    self.steps = steps
  }

  /// Every value the path reaches in `record`, trimmed, blanks left out, with
  /// the line of the element it came from (for document order across paths).
  package func values(in record: XMLElementNode) -> [(line: Int, text: String)] {
    var values: [(line: Int, text: String)] = []
    collect(record, depth: 0, into: &values)
    return values
  }

  private func collect(_ element: XMLElementNode, depth: Int, into values: inout [(line: Int, text: String)]) {
    guard depth == steps.count else {
      let step = steps[depth]
      for child in element.children where child.name == step.name {
        if let filter = step.filter, child.attribute(filter.attribute)?.trimmingASCIIWhitespace() != filter.value {
          continue
        }
        collect(child, depth: depth + 1, into: &values)
      }
      return
    }
    let raw = attribute.map { element.attribute($0) ?? "" } ?? element.text
    let value = raw.trimmingASCIIWhitespace()
    if !value.isEmpty { values.append((element.line, value)) }
  }

  /// `name` or `name[@attribute=value]` (the value may be quoted).
  private static func step(_ text: String) -> Step? {
    guard let open = text.firstIndex(of: "[") else {
      guard !text.hasPrefix("@"), text != ".", !text.containsUnextended("]") else { return nil }
      return Step(name: localName(text), filter: nil)
    }
    let name = String(text[..<open]).trimmingASCIIWhitespace()
    guard !name.isEmpty, !name.hasPrefix("@"), text.hasSuffix("]") else { return nil }
    let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
    guard inside.hasPrefix("@"), let equals = inside.firstIndex(of: "=") else { return nil }
    let attribute = localName(String(inside[inside.index(after: inside.startIndex)..<equals]).trimmingASCIIWhitespace())
    var value = String(inside[inside.index(after: equals)...]).trimmingASCIIWhitespace()
    if value.count >= 2, let first = value.first, first == "'" || first == "\"", value.last == first {
      value = String(value.dropFirst().dropLast())
    }
    guard !attribute.isEmpty else { return nil }
    return Step(name: localName(name), filter: (attribute, value))
  }

  /// The part after a namespace prefix: records are matched by local name.
  private static func localName(_ name: String) -> String {
    name.split(separator: ":").last.map(String.init) ?? name
  }
}
