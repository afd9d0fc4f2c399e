import Yams

/// Typed reads of YAML nodes that fail with the file and line of the node.
struct YAMLReader {
  /// The file the nodes come from.
  let path: String

  /// The keys of a mapping, refusing keys not in `allowed` (a misspelt key
  /// silently ignored would leave a threshold unchecked).
  func mapping(_ node: Node, allowed: [String], context: String) throws(AuditConfigurationError) -> [String: Node] {
    guard case .mapping(let mapping) = node else {
      throw error(node, "\(context) must be a mapping of keys to values")
    }
    var keys: [String: Node] = [:]
    for (key, value) in mapping {
      guard let name = key.string else { throw error(key, "a key in \(context) is not text") }
      guard allowed.contains(name) else {
        throw error(key, "unknown key '\(name)' in \(context); known keys: \(allowed.joined(separator: ", "))")
      }
      keys[name] = value
    }
    return keys
  }

  /// A scalar as text.
  func string(_ node: Node, key: String) throws(AuditConfigurationError) -> String {
    guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
      throw error(node, "'\(key)' must be a single non-empty value")
    }
    return scalar.string
  }

  /// A sequence of scalars, or one scalar taken as a list of one.
  func strings(_ node: Node, key: String) throws(AuditConfigurationError) -> [String] {
    switch node {
    case .scalar: return [try string(node, key: key)]
    case .sequence(let sequence):
      var values: [String] = []
      for item in sequence { values.append(try string(item, key: key)) }
      return values
    default: throw error(node, "'\(key)' must be a value or a list of values")
    }
  }

  /// A number within `range`.
  func number(_ node: Node, key: String, in range: ClosedRange<Double>) throws(AuditConfigurationError) -> Double {
    let text = try string(node, key: key)
    guard let value = Double(text), range.contains(value) else {
      throw error(node, "'\(key)' is '\(text)', not a number from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// A whole number, 0 or more.
  func count(_ node: Node, key: String) throws(AuditConfigurationError) -> Int {
    let text = try string(node, key: key)
    guard let value = Int(text), value >= 0 else {
      throw error(node, "'\(key)' is '\(text)', not a whole number, 0 or more")
    }
    return value
  }

  /// A duration such as `30d`.
  func duration(_ node: Node, key: String) throws(AuditConfigurationError) -> Int64 {
    let text = try string(node, key: key)
    guard let seconds = DurationText.seconds(text) else {
      throw error(node, "'\(key)' is '\(text)', not a duration such as 30d, 12h or 90m")
    }
    return seconds
  }

  /// An error at `node`'s line.
  func error(_ node: Node, _ message: String) -> AuditConfigurationError {
    AuditConfigurationError(path: path, line: node.mark?.line, message: message)
  }

  /// The error for a required key that is absent.
  func missing(_ key: String, in node: Node) -> AuditConfigurationError {
    AuditConfigurationError(path: path, line: node.mark?.line, message: "the required key '\(key)' is missing")
  }
}

extension YamlError {
  /// The line the parser stopped at, when it says.
  var line: Int? {
    switch self {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
    case .duplicatedKeysInMapping(_, let context): context.mark.line
    default: nil
    }
  }

  /// The problem without the quoted document libYAML appends.
  var summary: String {
    switch self {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
    case .duplicatedKeysInMapping(let duplicates, _): "duplicate keys \(duplicates.joined(separator: ", "))"
    default: "\(self)"
    }
  }
}
