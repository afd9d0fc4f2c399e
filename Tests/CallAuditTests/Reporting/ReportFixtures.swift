@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// A small, fixed report for renderer tests: 40 outsourced contacts whose agents
/// read the same three script lines (half left unresolved, some customers leaving)
/// and 40 in-house contacts answered with the customer's own specifics.
enum ReportFixtures {
  static let start: Int64 = 1_740_787_200

  static let scriptLines = [
    "Thank you for calling Northwind Broadband, how can I help you today?",
    "Please restart your router and wait two minutes before trying again.",
    "I have escalated this to the relevant team and they will be in touch.",
  ]

  static func contacts(provider: String = "Northwind Broadband", idPrefix: String = "") -> [Contact] {
    var contacts: [Contact] = []
    for index in 0..<40 {
      let unresolved = index % 2 == 0
      let leaving = index % 8 == 0
      var last = unresolved ? "That does not help, it is still not working." : "OK, it works now, thanks."
      if leaving { last += " I'm switching to another provider." }
      contacts.append(Contact(
        id: "\(idPrefix)OUT-\(index)", provider: provider, site: "Cebu", sourcing: .outsourced, channel: "call",
        customerID: "C-\(index)", agentID: "B-\(index % 4)", category: index % 3 == 0 ? "billing" : "no-internet",
        openedAt: Timestamp(secondsSinceEpoch: start + Int64(index) * 3600), status: .closed,
        resolution: unresolved ? "no fault found" : "fixed", transfers: index % 5 == 0 ? 1 : 0,
        escalated: false, csat: unresolved ? 1 : 4, handleSeconds: 300 + index * 7,
        turns: [
          Turn(speaker: .agent, text: scriptLines[0]),
          Turn(speaker: .customer, text: "My line at \(index + 1) Birch Lane has been down since Monday."),
          Turn(speaker: .agent, text: scriptLines[1] + " " + scriptLines[2]),
          Turn(speaker: .customer, text: last),
        ]))
      if index % 10 == 5 {
        // Now and then the in-house site reads the script too, and fails.
        contacts.append(Contact(
          id: "\(idPrefix)IN-\(index)", provider: provider, site: "Leeds", sourcing: .inHouse, channel: "call",
          customerID: "D-\(index)", agentID: "A-\(index % 4)", category: index % 3 == 0 ? "billing" : "no-internet",
          openedAt: Timestamp(secondsSinceEpoch: start + Int64(index) * 3600), status: .closed,
          resolution: "customer advised", transfers: 0, escalated: false, csat: 2, handleSeconds: 240,
          turns: [
            Turn(speaker: .agent, text: scriptLines[0]),
            Turn(speaker: .customer, text: "Nothing works since Monday."),
            Turn(speaker: .agent, text: scriptLines[1]),
            Turn(speaker: .customer, text: "Still not working."),
          ]))
        continue
      }
      contacts.append(Contact(
        id: "\(idPrefix)IN-\(index)", provider: provider, site: "Leeds", sourcing: .inHouse, channel: "call",
        customerID: "D-\(index)", agentID: "A-\(index % 4)", category: index % 3 == 0 ? "billing" : "no-internet",
        openedAt: Timestamp(secondsSinceEpoch: start + Int64(index) * 3600), status: index % 10 == 0 ? .open : .resolved,
        resolution: index % 10 == 0 ? nil : "line repaired", transfers: 0, escalated: index % 10 == 0,
        csat: 5, handleSeconds: 600 + index * 11,
        turns: [
          Turn(speaker: .customer, text: "Order \(88_000 + index) for \(index + 1) Birch Lane shows a fault since 3 March."),
          Turn(speaker: .agent, text: "I found order \(88_000 + index) at \(index + 1) Birch Lane; the port was faulty and I have moved your line."),
          Turn(speaker: .customer, text: "That fixed it, thank you."),
        ]))
    }
    contacts.append(Contact(
      id: "\(idPrefix)END", provider: provider, sourcing: .inHouse, customerID: "Z",
      openedAt: Timestamp(secondsSinceEpoch: start + 30 * 86_400), status: .resolved))
    return contacts
  }

  static func report(_ contacts: [Contact] = contacts(), inputs: [InputSummary] = []) -> AnalysisReport {
    var analyzer = ContactAnalyzer()
    contacts.forEach { analyzer.add($0) }
    return analyzer.finish(inputs: inputs)
  }
}
