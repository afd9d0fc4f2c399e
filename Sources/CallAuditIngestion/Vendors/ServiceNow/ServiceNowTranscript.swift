import CallAuditModel

/// Puts an incident's turns in the order they happened.
///
/// Journal entries arrive in no particular order (newest first in list
/// exports, by sys_id in XML exports), so turns are sorted by time; turns
/// without a time keep their place after the timed ones.
package enum ServiceNowTranscript {
  /// The opening turn (the caller's description) followed by the journal turns,
  /// sorted by time. The opening turn is dropped when a customer turn repeats it
  /// word for word, as the first comment of a self-service incident does; empty
  /// entries are dropped.
  package static func assemble(opening: Turn?, journal: [Turn]) -> [Turn] {
    var turns = journal.filter { !$0.text.isEmpty }
    if let opening {
      let repeated = journal.contains { $0.speaker == .customer && $0.text == opening.text }
      if !repeated { turns.insert(opening, at: 0) }
    }
    // A stable sort: equal times keep their arrival order.
    return turns.enumerated().sorted { a, b in
      let left = a.element.at?.secondsSinceEpoch ?? .max
      let right = b.element.at?.secondsSinceEpoch ?? .max
      return left != right ? left < right : a.offset < b.offset
    }.map(\.element)
  }
}
