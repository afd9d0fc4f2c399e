/// Salesforce record ids, which come in two spellings: 15 characters
/// (case-sensitive, as in the UI and reports) and 18 (the same 15 plus a
/// three-letter checksum, as in the API and data exports).
package enum SalesforceID {
  /// The 15-character form, so that either spelling of an id finds the other.
  package static func key(_ id: String) -> String {
    id.count == 18 ? String(id.prefix(15)) : id
  }

  /// Whether `id` names a group or queue (key prefix `00G`) rather than a user.
  package static func isQueue(_ id: String) -> Bool {
    id.utf8.count >= 15 && id.hasPrefix("00G")
  }
}
