import CallAuditModel

/// Where a value lies inside a JSON record: member names down from the record,
/// joined by dots — `status`, `requester.email`, `custom_fields.region` — the
/// JSON counterpart of ``XMLValuePath``. An array on the way is gone through
/// element by element, and a step may keep only the objects whose members have
/// values: `articles[sender=Customer][internal=false].body`.
///
/// A path may reach several values (`articles.body`); fields use the first,
/// turns use every one, in document order.
package struct JSONValuePath: Sendable, Equatable {
  /// A member an object must have, with this value (as ``text(_:)`` writes it), to be kept.
  package struct Filter: Sendable, Equatable {
    package var member: String
    package var value: String
  }

  /// One step down: a member's name, and what the objects found there must hold.
  package struct Step: Sendable, Equatable {
    package var name: String
    package var filters: [Filter]
  }

  /// The path as written, for errors.
  package let text: String
  /// The steps from the record down.
  package let steps: [Step]

  /// Parses a path as written in a mapping file; `nil` when it is not one.
  package init?(_ text: String) {
    let trimmed = text.trimmingASCIIWhitespace()
    var steps: [Step] = []
    for part in Self.parts(trimmed) {
      guard let step = Self.step(part.trimmingASCIIWhitespace()) else { return nil }
      steps.append(step)
    }
    guard !steps.isEmpty else { return nil }
    self.text = trimmed
    self.steps = steps
  }

  /// Every value the path reaches in `record`, with where it stands (for
  /// document order across paths): strings trimmed, numbers as written, `true`
  /// or `false`; blanks and nulls left out.
  /// - Throws: ``FieldError`` when the path ends at an object, which holds no
  ///   value of its own: the mapping names the wrong member, and the record is rejected.
  package func values(in record: JSONNode) throws(FieldError) -> [(position: [Int], text: String)] {
    var values: [(position: [Int], text: String)] = []
    var position: [Int] = []
    try collect(record, depth: 0, filters: [], position: &position, into: &values)
    return values
  }

  /// Whether `a` stands before `b` in the record: positions are the member and
  /// element indices from the record down.
  package static func precedes(_ a: [Int], _ b: [Int]) -> Bool {
    a.lexicographicallyPrecedes(b)
  }

  /// A scalar as text: a string, a number as written, `true` or `false`; `nil` for anything else.
  package static func text(_ node: JSONNode) -> String? {
    if case .bool(let flag) = node { return flag ? "true" : "false" }
    return node.scalarText
  }

  private func collect(
    _ node: JSONNode, depth: Int, filters: [Filter], position: inout [Int],
    into values: inout [(position: [Int], text: String)]
  ) throws(FieldError) {
    if case .array(let elements) = node {
      for (index, element) in elements.enumerated() {
        position.append(index)
        try collect(element, depth: depth, filters: filters, position: &position, into: &values)
        position.removeLast()
      }
      return
    }
    for filter in filters {
      guard let member = node[filter.member], Self.text(member)?.trimmingASCIIWhitespace() == filter.value else {
        return
      }
    }
    guard depth < steps.count else {
      if case .object = node {
        throw FieldError(
          field: nil, value: "", expected: "",
          detail: "'\(text)' holds an object, not a value: the mapping file should name one of its members (\(text).KEY)")
      }
      let value = Self.text(node)?.trimmingASCIIWhitespace() ?? ""
      if !value.isEmpty { values.append((position, value)) }
      return
    }
    let step = steps[depth]
    guard case .object(let object) = node, let index = object.keys.firstIndex(of: step.name) else { return }
    position.append(index)
    try collect(object.values[index], depth: depth + 1, filters: step.filters, position: &position, into: &values)
    position.removeLast()
  }

  /// The path cut at the dots that are not inside a filter (a filter's value may hold dots).
  private static func parts(_ text: String) -> [Substring] {
    var parts: [Substring] = []
    var start = text.startIndex
    var inFilter = false
    for index in text.indices {
      switch text[index] {
      case "[": inFilter = true
      case "]": inFilter = false
      case "." where !inFilter:
        parts.append(text[start..<index])
        start = text.index(after: index)
      default: break
      }
    }
    parts.append(text[start...])
    return parts
  }

  /// `name`, or `name[member=value]` with one or more filters (a value may be quoted).
  /// A name with a `/` is refused: it is an XML path written by mistake, not a member.
  private static func step(_ text: String) -> Step? {
    guard let open = text.firstIndex(of: "[") else {
      guard !text.isEmpty, !text.containsUnextended("]"), !text.containsUnextended("/") else { return nil }
      return Step(name: text, filters: [])
    }
    let name = String(text[..<open]).trimmingASCIIWhitespace()
    guard !name.isEmpty, !name.containsUnextended("/"), text.hasSuffix("]") else { return nil }
    var filters: [Filter] = []
    // `[a=b][c=d]` without its outer brackets, cut at the inner `][`.
    let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
    for part in inside.split(separator: "][", omittingEmptySubsequences: false) {
      guard let filter = Self.filter(part) else { return nil }
      filters.append(filter)
    }
    return Step(name: name, filters: filters)
  }

  private static func filter(_ text: Substring) -> Filter? {
    guard !text.contains("["), !text.contains("]"), let equals = text.firstIndex(of: "=") else { return nil }
    let member = String(text[..<equals]).trimmingASCIIWhitespace()
    var value = String(text[text.index(after: equals)...]).trimmingASCIIWhitespace()
    if value.count >= 2, let first = value.first, first == "'" || first == "\"", value.last == first {
      value = String(value.dropFirst().dropLast())
    }
    guard !member.isEmpty else { return nil }
    return Filter(member: member, value: value)
  }
}
