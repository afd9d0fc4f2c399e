/// The incident's caller, in every spelling a journal entry's author can take,
/// so that the caller's comments can be told from the agents'.
///
/// A journal entry names its author by user name (`sys_created_by`, e.g.
/// `david.loo`) in the XML export, and by display name (`David Loo`) in the
/// journal text of list exports; the incident names the caller by display name
/// and sys_id. The caller is recognised as:
/// - the display name itself, ignoring case;
/// - the display name in the `first.last` or `first_last` user-name convention;
/// - the user who created the incident, when the incident's `opened_by` is the
///   caller (the caller opened it themselves, e.g. through the self-service portal).
package struct ServiceNowCaller {
  private var spellings: Set<String> = []

  /// Creates the caller from the incident's caller display name and, when the
  /// caller opened the incident, the user name that created it.
  package init(displayName: String?, openerLogin: String?) {
    if let name = displayName?.trimmingASCIIWhitespace().lowercased(), !name.isEmpty {
      spellings.insert(name)
      let words = name.split(whereSeparator: { $0 == " " })
      if words.count > 1 {
        spellings.insert(words.joined(separator: "."))
        spellings.insert(words.joined(separator: "_"))
      }
    }
    if let login = openerLogin?.trimmingASCIIWhitespace().lowercased(), !login.isEmpty {
      spellings.insert(login)
    }
  }

  /// Whether `author` (a user name or display name) is the caller.
  package func isCaller(_ author: String?) -> Bool {
    guard let author else { return false }
    return spellings.contains(author.trimmingASCIIWhitespace().lowercased())
  }
}
