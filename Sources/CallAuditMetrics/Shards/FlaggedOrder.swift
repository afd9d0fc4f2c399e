/// What puts a flagged contact in the report's order (worst first), kept apart from its
/// evidence so that other lists — an agent's example contacts — follow the same order.
package struct FlaggedOrder: Sendable, Codable {
  package var lost: Bool
  package var score: Double
  package var provider: String
  package var contactID: String
  package var place: PartialReport.Place

  package init(_ measure: ContactMeasure, at place: PartialReport.Place) {
    lost = measure.lost
    score = measure.scriptScore ?? 0
    provider = measure.provider
    contactID = measure.contactID
    self.place = place
  }

  /// Worst first: lost before not, then the higher script score, then by provider and
  /// id, then where it was read — a total order, so every sort gives the same list.
  package static func worse(_ a: FlaggedOrder, _ b: FlaggedOrder) -> Bool {
    if a.lost != b.lost { return a.lost }
    if a.score != b.score { return a.score > b.score }
    if a.provider != b.provider { return a.provider < b.provider }
    if a.contactID != b.contactID { return a.contactID < b.contactID }
    return a.place < b.place
  }
}
