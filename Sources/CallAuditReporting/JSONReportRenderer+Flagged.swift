import CallAuditMetrics
import CallAuditModel

extension JSONReportRenderer {
  /// Appends `contact` as its ``JSONValue`` (`flagged(_:)`) writes itself `indent` spaces deep,
  /// byte for byte, without building the value first.
  ///
  /// A report of many contacts is mostly these objects, and the value built for each (an array
  /// of members, one per evidence line, each an allocation) cost about as much as writing it.
  /// The layout is ``JSONValue/write(to:indent:)``'s: each member on its own line two spaces
  /// deeper, an array of objects one object per line, an array of strings on one line.
  func writeFlagged(_ contact: FlaggedContact, indent: Int, to out: inout [UInt8]) {
    let m = contact.measure
    var object = ObjectBytes(indent: indent, out: &out)
    object.member("contact_id", string: m.contactID, to: &out)
    object.member("provider", string: m.provider, to: &out)
    object.member("sourcing", string: m.sourcing.rawValue, to: &out)
    object.member("category", string: m.category, to: &out)
    object.member("reasons", to: &out)
    if m.unresolvedReasons.isEmpty {
      out.append(contentsOf: "[]".utf8)
    } else {
      out.append(UInt8(ascii: "["))
      for (index, reason) in m.unresolvedReasons.enumerated() {
        if index > 0 { out.append(contentsOf: ", ".utf8) }
        JSONString.write(reason.rawValue, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    }
    object.member("script_score", to: &out)
    out.append(contentsOf: (m.scriptScore.map(JSONValue.format) ?? "null").utf8)
    object.member("lost", to: &out)
    out.append(contentsOf: m.lost ? "true".utf8 : "false".utf8)
    object.member("outcome", string: m.outcome?.rawValue, to: &out)
    object.member("evidence", to: &out)
    writeEvidence(contact, indent: indent + 2, to: &out)
    object.close(to: &out)
  }

  /// The evidence lines as an array of objects `indent` spaces deep: `[]`, or one per line.
  private func writeEvidence(_ contact: FlaggedContact, indent: Int, to out: inout [UInt8]) {
    var lines = EvidenceLines(indent: indent)
    for line in contact.scriptLines { lines.add(kind: "script", "text", line, to: &out) }
    if let words = contact.customerWords { lines.add(kind: "customer", "text", words, to: &out) }
    if case .repeated(let id) = contact.measure.repeatStatus { lines.add(kind: "repeat", "contact_id", id, to: &out) }
    if let words = contact.churnWords { lines.add(kind: "churn", "text", words, to: &out) }
    for move in contact.moves {
      lines.add(kind: "move", "move", move.kind.rawValue, then: ("text", move.example), to: &out)
    }
    if let labels = contact.vendorLabels { lines.add(kind: "vendor", "text", labels, to: &out) }
    lines.close(to: &out)
  }

  /// An object's members written one by one, `indent` spaces deep.
  private struct ObjectBytes {
    let indent: Int
    var first = true

    /// Opens the object.
    init(indent: Int, out: inout [UInt8]) {
      self.indent = indent
      out.append(contentsOf: "{\n".utf8)
    }

    /// Starts member `key` (a plain ASCII name, which needs no escape); its value follows.
    mutating func member(_ key: StaticString, to out: inout [UInt8]) {
      if !first { out.append(contentsOf: ",\n".utf8) }
      first = false
      JSONValue.appendSpaces(indent + 2, to: &out)
      out.append(UInt8(ascii: "\""))
      key.withUTF8Buffer { out.append(contentsOf: $0) }
      out.append(contentsOf: "\": ".utf8)
    }

    /// Member `key` whose value is a string, or null.
    mutating func member(_ key: StaticString, string value: String?, to out: inout [UInt8]) {
      member(key, to: &out)
      if let value { JSONString.write(value, to: &out) } else { out.append(contentsOf: "null".utf8) }
    }

    /// Closes the object (at least one member was written).
    func close(to out: inout [UInt8]) {
      out.append(UInt8(ascii: "\n"))
      JSONValue.appendSpaces(indent, to: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// An array of evidence objects written one by one, `indent` spaces deep.
  private struct EvidenceLines {
    let indent: Int
    var count = 0

    /// Adds `{ "kind": kind, key: value }` on its own line, with `next` as a third member
    /// when given (a pair, not a variadic list: that would be an array per line).
    mutating func add(
      kind: String, _ key: StaticString, _ value: String, then next: (key: StaticString, value: String)? = nil,
      to out: inout [UInt8]
    ) {
      out.append(contentsOf: count == 0 ? "[\n".utf8 : ",\n".utf8)
      count += 1
      JSONValue.appendSpaces(indent + 2, to: &out)
      var object = ObjectBytes(indent: indent + 2, out: &out)
      object.member("kind", string: kind, to: &out)
      object.member(key, string: value, to: &out)
      if let next { object.member(next.key, string: next.value, to: &out) }
      object.close(to: &out)
    }

    /// Closes the array: `[]` when nothing was added.
    func close(to out: inout [UInt8]) {
      guard count > 0 else { return out.append(contentsOf: "[]".utf8) }
      out.append(UInt8(ascii: "\n"))
      JSONValue.appendSpaces(indent, to: &out)
      out.append(UInt8(ascii: "]"))
    }
  }
}
