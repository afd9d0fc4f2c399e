import CallAuditIngestion
import CallAuditReporting

#if canImport(Glibc)
  import Glibc
#endif

/// The `privacy` section of an audit configuration (docs/privacy.md):
///
/// ```yaml
/// privacy:
///   customer_key_env: CALLAUDIT_CUSTOMER_KEY   # the default
///   customer_key_file: /etc/callaudit/customer.key   # or a file holding the key
///   previous_customer_key_files: [/etc/callaudit/customer-2025.key]   # after a rotation
///   retention: 400d
///   keep_transcripts: false                    # the default: digests and excerpts only
/// ```
struct PrivacySettings {
  /// The environment variable read when no key file is named.
  static let defaultKeyVariable = "CALLAUDIT_CUSTOMER_KEY"

  var pseudonymizer: CustomerPseudonymizer
  /// Where the key came from, for messages.
  var keySource: String
  /// The keys of `previous_customer_key_files`, with their files.
  var previous: [(source: String, pseudonymizer: CustomerPseudonymizer)] = []
  var retentionSeconds: Int64?
  var keepTranscripts = false

  init(
    _ node: ConfigurationNode?, file: String, base: PathResolver, environment: [String: String]
  ) throws(ConfigurationError) {
    let keys = try node.map { node throws(ConfigurationError) in
      try node.fields(
        "'privacy'",
        allowed: ["customer_key_env", "customer_key_file", "previous_customer_key_files", "retention", "keep_transcripts"])
    } ?? [:]
    retentionSeconds = try keys["retention"].map { node throws(ConfigurationError) in try node.duration("'retention'") }
    if let node = keys["keep_transcripts"] { keepTranscripts = try node.flag("'keep_transcripts'") }
    let key: [UInt8]
    let source: String
    if let fileNode = keys["customer_key_file"] {
      let keyFile = base.resolve(try fileNode.nonEmptyText("'customer_key_file'"))
      key = try Self.key(inFile: keyFile)
      source = "the key file \(keyFile)"
    } else {
      let variableNode = keys["customer_key_env"]
      let variable = try variableNode.map { node throws(ConfigurationError) in
        try node.nonEmptyText("'customer_key_env'")
      } ?? Self.defaultKeyVariable
      guard let value = environment[variable], !value.isEmpty else {
        throw ConfigurationError(
          file: file, line: variableNode?.line ?? node?.line,
          message: "no key for customer pseudonyms: set the environment variable \(variable) "
            + "(\(CustomerPseudonymizer.minimumKeyBytes) characters or more) or privacy.customer_key_file")
      }
      key = Array(value.utf8)
      source = "the environment variable \(variable)"
    }
    if let weakness = CustomerPseudonymizer.weakness(of: key) {
      throw ConfigurationError(file: file, line: node?.line, message: "the customer key from \(source) \(weakness)")
    }
    guard let pseudonymizer = CustomerPseudonymizer(key: key) else {
      throw ConfigurationError(file: file, line: node?.line, message: "the customer key from \(source) cannot be used")
    }
    self.pseudonymizer = pseudonymizer
    keySource = source
    if let node = keys["previous_customer_key_files"] {
      for item in try node.items("'previous_customer_key_files'") {
        let keyFile = base.resolve(try item.nonEmptyText("'previous_customer_key_files'"))
        let oldKey = try Self.key(inFile: keyFile)
        if let weakness = CustomerPseudonymizer.weakness(of: oldKey) {
          throw item.error("the customer key in the key file \(keyFile) \(weakness)")
        }
        guard let old = CustomerPseudonymizer(key: oldKey) else {
          throw item.error("the customer key in the key file \(keyFile) cannot be used")
        }
        previous.append(("the key file \(keyFile)", old))
      }
    }
  }

  /// The key's bytes in a key file, without the line end an editor adds.
  private static func key(inFile path: String) throws(ConfigurationError) -> [UInt8] {
    Array(try ConfigurationText.read(path).trimmingNewlines().utf8)
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
