import CallAuditModel

/// Reading a sites file (`--sites FILE`): which sites, teams or groups are
/// in-house and which are outsourced.
///
/// Two layouts are accepted:
/// - YAML, either one `site: sourcing` line per site, or a list of sites per
///   sourcing (`outsourced: [Manila, Cebu]`), or both;
/// - CSV with the header `site,sourcing` and one site per row.
extension SiteDirectory {
  /// Reads a sites file, YAML or CSV (told apart by a `site,sourcing` header line).
  /// - Throws: ``ConfigurationError`` naming the file and line of the first mistake.
  public init(contentsOfFile path: String) throws(ConfigurationError) {
    let text = try ConfigurationText.read(path)
    if SiteListCSV.looksLikeCSV(text) {
      self = try SiteListCSV.parse(text, file: path)
    } else {
      try self.init(yaml: text, file: path)
    }
  }

  /// Parses the YAML layout; `file` names the text in errors.
  public init(yaml: String, file: String) throws(ConfigurationError) {
    try self.init(node: try ConfigurationNode.parse(yaml, file: file), what: "the sites file")
  }

  /// Reads a YAML mapping of sites (also the `sites:` section of a mapping file).
  /// - Parameter what: names the mapping in errors.
  public init(node: ConfigurationNode, what: String) throws(ConfigurationError) {
    self.init()
    for (key, keyNode, value) in try node.entries(what) {
      if value.isSequence {
        // `outsourced: [Manila, Cebu]`: the key is the sourcing.
        let sourcing = try Self.sourcing(key, at: keyNode)
        for item in try value.items("the sites for '\(key)'") {
          try add(try item.nonEmptyText("a site name"), sourcing, at: item)
        }
      } else {
        let site = key.trimmingASCIIWhitespace()
        guard !site.isEmpty else { throw keyNode.error("a site name in \(what) is empty") }
        try add(site, try Self.sourcing(try value.text("the sourcing of '\(site)'"), at: value), at: keyNode)
      }
    }
  }

  /// Adds a site, refusing one listed already with the other sourcing.
  package mutating func add(_ site: String, _ sourcing: Sourcing, at node: ConfigurationNode) throws(ConfigurationError) {
    if let earlier = self[site], earlier != sourcing {
      throw node.error("site '\(site)' is listed as both \(earlier.rawValue) and \(sourcing.rawValue)")
    }
    self[site] = sourcing
  }

  /// In-house or outsourced, in any spelling ``Sourcing/init(label:)`` accepts.
  package static func sourcing(_ label: String, at node: ConfigurationNode) throws(ConfigurationError) -> Sourcing {
    guard let sourcing = Sourcing(label: label), sourcing != .unknown else {
      throw node.error("'\(label)' is not a sourcing; write in-house or outsourced")
    }
    return sourcing
  }
}
