import Yams

/// One node of a YAML configuration file, with the file and line it came from,
/// so that every mistake can be reported as `file:line: message`.
///
/// Readers of configuration files walk these nodes rather than decoding into
/// types, because a decoder loses the lines, and because unknown keys must be
/// errors (a misspelt key silently ignored is a wrong report later).
public struct ConfigurationNode {
  /// The file the node was read from.
  public let file: String
  private let node: Node

  private init(file: String, node: Node) {
    self.file = file
    self.node = node
  }

  /// The largest configuration file read, in bytes.
  public static let maximumFileBytes = 4 << 20

  /// Reads and parses a YAML file (UTF-8 or Windows-1252, plain or gzip).
  /// - Throws: ``ConfigurationError`` when the file cannot be read, is empty,
  ///   or is not well-formed YAML.
  public static func load(contentsOfFile path: String) throws(ConfigurationError) -> ConfigurationNode {
    try parse(try ConfigurationText.read(path), file: path)
  }

  /// Parses YAML text; `file` names it in errors.
  /// - Throws: ``ConfigurationError`` when the text is empty or not well-formed YAML.
  public static func parse(_ text: String, file: String) throws(ConfigurationError) -> ConfigurationNode {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw Self.describe(error, file: file)
    } catch {
      throw ConfigurationError(file: file, line: nil, message: "the file is not YAML: \(error)")
    }
    guard let root else { throw ConfigurationError(file: file, line: nil, message: "the file is empty") }
    return ConfigurationNode(file: file, node: root)
  }

  /// The 1-based line the node starts on.
  public var line: Int? { node.mark?.line }

  /// An error at this node's line.
  public func error(_ message: String) -> ConfigurationError {
    ConfigurationError(file: file, line: line, message: message)
  }

  /// Whether the node is a mapping (`key: value` lines).
  public var isMapping: Bool { node.mapping != nil }
  /// Whether the node is a sequence (`- item` lines or `[a, b]`).
  public var isSequence: Bool { node.sequence != nil }

  /// The node's text; `what` names the node in the error when it is not a single value.
  public func text(_ what: String) throws(ConfigurationError) -> String {
    guard let scalar = node.scalar else { throw error("\(what) must be a single value, not a list or a mapping") }
    return scalar.string
  }

  /// The node's text, which must not be blank.
  public func nonEmptyText(_ what: String) throws(ConfigurationError) -> String {
    let value = try text(what).trimmingASCIIWhitespace()
    guard !value.isEmpty else { throw error("\(what) is empty") }
    return value
  }

  /// The node as `true` or `false` (also `yes`/`no`).
  public func flag(_ what: String) throws(ConfigurationError) -> Bool {
    switch try text(what).lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw error("\(what) must be true or false")
    }
  }

  /// The items of a sequence in order; a single value counts as a list of one.
  public func items(_ what: String) throws(ConfigurationError) -> [ConfigurationNode] {
    if let sequence = node.sequence { return sequence.map { ConfigurationNode(file: file, node: $0) } }
    if node.scalar != nil { return [self] }
    throw error("\(what) must be a value or a list of values, not a mapping")
  }

  /// The entries of a mapping in file order, each key with its node (for its line).
  public func entries(_ what: String) throws(ConfigurationError) -> [(key: String, keyNode: ConfigurationNode, value: ConfigurationNode)] {
    guard let mapping = node.mapping else { throw error("\(what) must be a mapping of `key: value` lines") }
    var result: [(key: String, keyNode: ConfigurationNode, value: ConfigurationNode)] = []
    for (key, value) in mapping {
      let keyNode = ConfigurationNode(file: file, node: key)
      result.append((try keyNode.text("a key in \(what)"), keyNode, ConfigurationNode(file: file, node: value)))
    }
    return result
  }

  /// The entries of a mapping whose keys must all be in `allowed`, by key.
  /// - Throws: an error naming the first unknown key and its line.
  public func fields(_ what: String, allowed: [String]) throws(ConfigurationError) -> [String: ConfigurationNode] {
    var fields: [String: ConfigurationNode] = [:]
    for (key, keyNode, value) in try entries(what) {
      guard allowed.contains(key) else {
        throw keyNode.error(
          "unknown key '\(key)' in \(what); expected \(Self.list(allowed))")
      }
      fields[key] = value
    }
    return fields
  }

  /// `a, b or c`.
  package static func list(_ names: [String]) -> String {
    guard names.count > 1 else { return names.first ?? "nothing" }
    return names.dropLast().joined(separator: ", ") + " or " + names.last!
  }

  /// One sentence for a Yams error, with its line.
  private static func describe(_ error: YamlError, file: String) -> ConfigurationError {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let during = context.map { " (\($0.text))" } ?? ""
      return ConfigurationError(file: file, line: mark.line, message: "the YAML is not well-formed: \(problem)\(during)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return ConfigurationError(
        file: file, line: context.mark.line, message: "the key \(keys) appears more than once in one mapping")
    case .reader(let problem, _, _, _):
      return ConfigurationError(file: file, line: nil, message: "the file cannot be read as text: \(problem)")
    default:
      return ConfigurationError(file: file, line: nil, message: "the YAML cannot be read: \(error)")
    }
  }
}
