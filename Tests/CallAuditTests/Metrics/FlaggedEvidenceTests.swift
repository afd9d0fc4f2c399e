import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

@Suite("Flagged contacts and their evidence")
struct FlaggedEvidenceTests {
  private let start: Int64 = 1_740_787_200
  private let day: Int64 = 86_400

  private let scriptLines = [
    "Thank you for calling Northwind Broadband, how can I help you today?",
    "Please restart your router and wait two minutes before trying again.",
    "I have escalated this to the relevant team and they will be in touch.",
  ]

  /// A scripted contact: the agent says only script lines.
  private func scripted(_ id: String, customer: String, at offset: Int64, sourcing: Sourcing = .outsourced,
                        status: ContactStatus = .closed, resolution: String = "fixed", last: String = "OK, thanks.")
    -> Contact
  {
    Contact(
      id: id, provider: "Northwind Broadband", sourcing: sourcing, channel: "call", customerID: customer,
      agentID: "A-\(id)", category: "no-internet",
      openedAt: Timestamp(secondsSinceEpoch: start + offset), status: status, resolution: resolution,
      turns: [
        Turn(speaker: .agent, text: scriptLines[0]),
        Turn(speaker: .customer, text: "My internet has been down since Monday at 14 Birch Lane."),
        Turn(speaker: .agent, text: scriptLines[1] + " " + scriptLines[2]),
        Turn(speaker: .customer, text: last),
      ])
  }

  private func analyze(_ contacts: [Contact]) -> AnalysisReport {
    var analyzer = ContactAnalyzer(configuration: AnalysisConfiguration(keepContactMeasures: true))
    contacts.forEach { analyzer.add($0) }
    return analyzer.finish(inputs: [])
  }

  @Test("A scripted contact the customer calls unresolved is flagged, quoted, and lost when they leave")
  func flaggedAndLost() throws {
    var contacts = (0..<12).map { scripted("S-\($0)", customer: "C-\($0)", at: Int64($0) * 3600) }
    contacts.append(scripted(
      "BAD", customer: "C-99", at: 0,
      last: "That does not help, it is still not working. I'm switching to another provider."))
    // A tailored contact: the agent answers with the customer's own specifics.
    contacts.append(Contact(
      id: "GOOD", provider: "Northwind Broadband", sourcing: .inHouse, channel: "call", customerID: "C-50",
      agentID: "A-9", category: "billing", openedAt: Timestamp(secondsSinceEpoch: start),
      status: .resolved, resolution: "refund issued",
      turns: [
        Turn(speaker: .customer, text: "I was charged €45.99 twice on 3 March for order 88123."),
        Turn(speaker: .agent, text: "I can see order 88123 was billed €45.99 twice on 3 March; I have refunded the second charge."),
        Turn(speaker: .customer, text: "That fixed it, thank you."),
      ]))
    contacts.append(scripted("END", customer: "C-77", at: 30 * day))
    let report = analyze(contacts)
    let measures = try #require(report.contactMeasures)
    let bad = try #require(measures.first { $0.contactID == "BAD" })
    #expect(bad.scripted)
    #expect(bad.unresolvedReasons == [.customerSaysUnresolved])
    #expect(bad.flagged && bad.lost && bad.churnRisk)
    let good = try #require(measures.first { $0.contactID == "GOOD" })
    #expect(good.responsive == true)
    #expect(!good.scripted && !good.flagged)
    // The ordinary scripted contacts end with "OK, thanks": scripted but resolved.
    #expect(measures.first { $0.contactID == "S-3" }?.scripted == true)
    #expect(measures.first { $0.contactID == "S-3" }?.flagged == false)

    let flagged = try #require(report.flagged.first)
    #expect(report.flaggedTotal == 1)
    #expect(flagged.measure.contactID == "BAD")
    #expect(flagged.scriptLines.count == 3)
    #expect(flagged.customerWords?.contains("still not working") == true)
    #expect(flagged.churnWords?.contains("switching to another provider") == true)
    #expect(report.scripts.contains { $0.text.hasPrefix("Please restart your router") })
  }

  @Test("Churn risk follows the customer's words, not distractors like cancelling an appointment")
  func churnProximity() throws {
    var contacts = (0..<12).map { scripted("S-\($0)", customer: "C-\($0)", at: Int64($0) * 3600) }
    contacts.append(scripted("APPT", customer: "C-60", at: 0, last: "Can you cancel the technician appointment for Friday?"))
    contacts.append(scripted("GONE", customer: "C-61", at: 0, last: "Please cancel my contract, I am done."))
    contacts.append(scripted("NAMED", customer: "C-62", at: 0, last: "Forget it, I'm switching to Proseware Telecom."))
    contacts.append(scripted("UPGRADE", customer: "C-63", at: 0, last: "OK. I'm switching to fibre next month anyway."))
    contacts.append(scripted("CHANNEL", customer: "C-64", at: 0, last: "I switched the router to channel 6 networks."))
    let measures = try #require(analyze(contacts).contactMeasures)
    #expect(measures.first { $0.contactID == "NAMED" }?.churnRisk == true)
    #expect(measures.first { $0.contactID == "UPGRADE" }?.churnRisk == false)
    #expect(measures.first { $0.contactID == "CHANNEL" }?.churnRisk == false)
    #expect(measures.first { $0.contactID == "APPT" }?.churnRisk == false)
    #expect(measures.first { $0.contactID == "GONE" }?.churnRisk == true)
  }

  @Test("A repeat after a scripted, unresolved contact flags it, and churn in the repeat makes it lost")
  func repeatMakesLost() throws {
    var contacts = (0..<12).map { scripted("S-\($0)", customer: "C-\($0)", at: Int64($0) * 3600 + 20 * day) }
    contacts.append(scripted("FIRST", customer: "C-70", at: 0))
    contacts.append(Contact(
      id: "AGAIN", provider: "Northwind Broadband", sourcing: .inHouse, customerID: "C-70", agentID: "A-2",
      category: "no-internet", openedAt: Timestamp(secondsSinceEpoch: start + 2 * day), status: .closed,
      resolution: "fixed",
      turns: [Turn(speaker: .customer, text: "Third time I call. I want to cancel my broadband service.")]))
    let report = analyze(contacts)
    let first = try #require(report.contactMeasures?.first { $0.contactID == "FIRST" })
    #expect(first.repeatStatus == .repeated(by: "AGAIN"))
    #expect(first.unresolvedReasons == [.repeatFollowed])
    #expect(first.flagged && first.lost)
    #expect(!first.churnRisk)
    let evidence = try #require(report.flagged.first { $0.measure.contactID == "FIRST" })
    #expect(evidence.churnWords?.contains("cancel my broadband") == true)
  }

  @Test("Only how the transcript ends counts: a complaint the customer later drops is not unresolved")
  func lastTurnDecides() throws {
    var contacts = (0..<12).map { scripted("S-\($0)", customer: "C-\($0)", at: Int64($0) * 3600) }
    var dropped = scripted("DROPPED", customer: "C-80", at: 0)
    dropped.turns.insert(Turn(speaker: .customer, text: "I tried that yesterday, it is still not working."), at: 2)
    contacts.append(dropped)
    contacts.append(scripted("RELAPSE", customer: "C-81", at: 0, last: "It works now, but the speed is still not working properly."))
    contacts.append(scripted("RECOVERED", customer: "C-82", at: 0, last: "Still not working? Oh wait, it works now."))
    let measures = try #require(analyze(contacts).contactMeasures)
    #expect(measures.first { $0.contactID == "DROPPED" }?.unresolved == false)
    #expect(measures.first { $0.contactID == "RELAPSE" }?.unresolvedReasons == [.customerSaysUnresolved])
    #expect(measures.first { $0.contactID == "RECOVERED" }?.unresolved == false)
  }
}
