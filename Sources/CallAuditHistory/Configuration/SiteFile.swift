import CallAudit
import Yams

/// Reads a sites file: a YAML mapping of site (team, group) names to `in-house` or `outsourced`.
enum SiteFile {
  static func load(path: String) throws(AuditConfigurationError) -> SiteDirectory {
    guard let text = FileText.read(path) else {
      throw AuditConfigurationError(path: path, message: "cannot read the sites file: \(FileText.lastError())")
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw AuditConfigurationError(path: path, line: (error as? YamlError)?.line, message: "not valid YAML")
    }
    guard case .mapping(let mapping) = root else {
      throw AuditConfigurationError(path: path, message: "the sites file must map site names to in-house or outsourced")
    }
    let reader = YAMLReader(path: path)
    var directory = SiteDirectory()
    for (key, value) in mapping {
      let site = try reader.string(key, key: "site")
      let label = try reader.string(value, key: site)
      guard let sourcing = Sourcing(label: label), sourcing != .unknown else {
        throw reader.error(value, "site '\(site)' is '\(label)', not in-house or outsourced")
      }
      directory[site] = sourcing
    }
    return directory
  }
}
