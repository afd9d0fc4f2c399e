import CallAuditIngestion
import CallAuditModel
import CallAuditReporting

/// Reads the `inputs` list of an audit configuration: each item a pattern, or a
/// mapping with the pattern and how its files are read.
///
/// ```yaml
/// inputs:
///   - exports/*.csv                       # detected, like `analyze exports/*.csv`
///   - pattern: exports/complaints/*.csv   # like `analyze --mapping complaints.yml …`
///     mapping: complaints.yml
///     expect: 24h
///   - pattern: exports/servicenow/*.csv
///     input_format: servicenow-csv        # like `--input-format servicenow-csv`
///     scripts: servicenow-scripts.txt     # like `--scripts`, for the providers these files hold
/// ```
enum InputPatternParser {
  static let keys = ["pattern", "mapping", "input_format", "scripts", "expect"]

  static func patterns(_ node: ConfigurationNode, base: PathResolver) throws(ConfigurationError) -> [InputPattern] {
    guard !node.isMapping else {
      throw node.error("'inputs' must be a pattern or a list of patterns (each a text or a mapping with 'pattern')")
    }
    var patterns: [InputPattern] = []
    for item in try node.items("'inputs'") {
      guard item.isMapping else {
        patterns.append(InputPattern(pattern: base.resolve(try item.nonEmptyText("an input pattern")), line: item.line))
        continue
      }
      let fields = try item.fields("an input pattern", allowed: keys)
      guard let patternNode = fields["pattern"] else {
        throw item.error("an input with settings needs its 'pattern'")
      }
      var pattern = InputPattern(pattern: base.resolve(try patternNode.nonEmptyText("'pattern'")), line: patternNode.line)
      if let node = fields["expect"] {
        pattern.expectSeconds = try node.duration("'expect'")
        pattern.expectText = try node.nonEmptyText("'expect'")
      }
      if let node = fields["input_format"] {
        if fields["mapping"] != nil {
          throw node.error("'input_format' and 'mapping' cannot be used together; the mapping names the format")
        }
        let name = try node.nonEmptyText("'input_format'").lowercased()
        guard let format = InputFormat(rawValue: name), format != .mapping else {
          if name == InputFormat.mapping.rawValue {
            throw node.error("give the mapping file with 'mapping: FILE' rather than 'input_format: mapping'")
          }
          let known = InputFormat.allCases.filter { $0 != .mapping }.map(\.rawValue).joined(separator: ", ")
          throw node.error("'input_format' is '\(name)', not a format callaudit reads; known formats: \(known)")
        }
        pattern.format = format
      }
      if let node = fields["mapping"] {
        pattern.mapping = try ContactMapping(contentsOfFile: base.resolve(try node.nonEmptyText("'mapping'")))
      }
      if let node = fields["scripts"] { pattern.knownScriptLines = try scriptLines(node, base: base) }
      patterns.append(pattern)
    }
    return patterns
  }

  /// The script lines of the file `node` names: one per line, blank lines and `#` comments skipped (as `--scripts`).
  static func scriptLines(_ node: ConfigurationNode, base: PathResolver) throws(ConfigurationError) -> [String] {
    let path = base.resolve(try node.nonEmptyText("'scripts'"))
    let text: String
    do {
      text = try ConfigurationText.read(path)
    } catch {
      throw node.error("the scripts file \(path) cannot be read: \(error.message)")
    }
    return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
      .map { line in
        var trimmed = Substring(line)
        while let first = trimmed.first, first == " " || first == "\t" { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        return String(trimmed)
      }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }
}
