import Yams

#if canImport(Glibc)
  import Glibc
#endif

/// The `privacy` section of an audit configuration (docs/privacy.md):
///
/// ```yaml
/// privacy:
///   customer_key_env: CALLAUDIT_CUSTOMER_KEY   # the default
///   customer_key_file: /etc/callaudit/customer.key   # or a file holding the key
///   retention: 400d
///   keep_transcripts: false                    # the default: digests and excerpts only
/// ```
struct PrivacySettings {
  /// The environment variable read when no key file is named.
  static let defaultKeyVariable = "CALLAUDIT_CUSTOMER_KEY"

  var pseudonymizer: CustomerPseudonymizer
  var retentionSeconds: Int64?
  var keepTranscripts = false

  init(
    _ node: Node?, reader: YAMLReader, base: PathResolver, environment: [String: String]
  ) throws(AuditConfigurationError) {
    let keys = try node.map { node throws(AuditConfigurationError) in
      try reader.mapping(node, allowed: ["customer_key_env", "customer_key_file", "retention", "keep_transcripts"], context: "'privacy'")
    } ?? [:]
    retentionSeconds = try keys["retention"].map { node throws(AuditConfigurationError) in
      try reader.duration(node, key: "retention")
    }
    if let node = keys["keep_transcripts"] {
      guard let flag = node.bool else { throw reader.error(node, "'keep_transcripts' must be true or false") }
      keepTranscripts = flag
    }
    let key: [UInt8]
    let source: String
    if let fileNode = keys["customer_key_file"] {
      let file = base.resolve(try reader.string(fileNode, key: "customer_key_file"))
      guard let text = FileText.read(file) else {
        throw reader.error(fileNode, "cannot read the customer key file \(file): \(FileText.lastError())")
      }
      key = Array(text.trimmingNewlines().utf8)
      source = "the key file \(file)"
    } else {
      let variableNode = keys["customer_key_env"]
      let variable = try variableNode.map { node throws(AuditConfigurationError) in
        try reader.string(node, key: "customer_key_env")
      } ?? Self.defaultKeyVariable
      guard let value = environment[variable], !value.isEmpty else {
        throw AuditConfigurationError(
          path: reader.path, line: variableNode?.mark?.line ?? node?.mark?.line,
          message: "no key for customer pseudonyms: set the environment variable \(variable) "
            + "(\(CustomerPseudonymizer.minimumKeyBytes) characters or more) or privacy.customer_key_file")
      }
      key = Array(value.utf8)
      source = "the environment variable \(variable)"
    }
    guard let pseudonymizer = CustomerPseudonymizer(key: key) else {
      throw AuditConfigurationError(
        path: reader.path, line: node?.mark?.line,
        message: "the customer key from \(source) is shorter than \(CustomerPseudonymizer.minimumKeyBytes) bytes")
    }
    self.pseudonymizer = pseudonymizer
  }
}

/// The process's environment variables.
public enum ProcessEnvironment {
  /// Read once per call from `environ`.
  public static var current: [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }
}

extension String {
  fileprivate func trimmingNewlines() -> String {
    var text = Substring(self)
    while let last = text.last, last == "\n" || last == "\r" || last == " " { text = text.dropLast() }
    return String(text)
  }
}
