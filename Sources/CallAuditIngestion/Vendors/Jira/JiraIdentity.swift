/// The identities one Jira user goes by in an export, so that a comment's
/// author can be matched to the reporter.
///
/// Jira Server writes users by user name (`author="pelm"`, `<reporter
/// username="pelm">Matteo Pelucco</reporter>`); Jira Cloud by opaque accountId
/// (`712020:cc9d…`); CSV exports give a display name and an id column.
package struct JiraIdentity {
  private var spellings: Set<String> = []

  /// Creates an identity from every spelling the export gives (blank ones and
  /// Jira's `-1`, "nobody", are ignored).
  package init(_ spellings: String?...) {
    for case let spelling? in spellings {
      let key = spelling.trimmingASCIIWhitespace().lowercased()
      if !key.isEmpty, key != "-1" { self.spellings.insert(key) }
    }
  }

  /// Whether `author` is one of this user's spellings.
  package func matches(_ author: String?) -> Bool {
    guard let author else { return false }
    return spellings.contains(author.trimmingASCIIWhitespace().lowercased())
  }
}
