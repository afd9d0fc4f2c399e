import CallAuditModel

/// Where a helpdesk export keeps the issue category, and which ticket types
/// are not categories at all.
///
/// Helpdesks have no standard category field: teams add a custom field
/// (Zendesk's `Ticket Category [list]`, a Freshdesk `Category` column, a
/// Salesforce `Category__c`) or repurpose the ticket type. The generic ITIL
/// types every helpdesk ships with (question, incident, problem, task,
/// feature request) say nothing about the issue, so they are not used.
package enum HelpdeskCategory {
  /// The first column whose name, without a `[list]`-style suffix, contains
  /// `category`.
  package static func column(in header: CSVHeader) -> Int? {
    header.names.firstIndex { name in
      var base = Substring(name.lowercased())
      if let bracket = base.firstIndex(of: "[") { base = base[..<bracket] }
      return base.containsUnextended("category")
    }
  }

  /// The type as a category (lower-cased), or `nil` when it is one of the
  /// generic ticket types or blank.
  package static func fromType(_ type: String?) -> String? {
    guard let type else { return nil }
    let name = type.lowercased()
    return genericTypes.contains(name) ? nil : name
  }

  private static let genericTypes: Set<String> = [
    "question", "incident", "problem", "task", "feature request", "service request", "request", "other",
  ]
}
