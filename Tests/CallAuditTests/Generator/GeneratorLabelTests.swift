import CallAuditModel
import ContactGenerator
import Testing

@Suite("Generator labels")
struct GeneratorLabelTests {
  private let contacts = GeneratorSamples.standard
  private static let week: Int64 = 7 * 86_400
  private static let transferGap: Int64 = 15 * 60

  @Test("flagged is scripted and unresolved; lost implies flagged")
  func derivedLabels() {
    for labeled in contacts {
      let truth = labeled.truth
      #expect(truth.flagged == (truth.scripted && truth.unresolved))
      if truth.lost { #expect(truth.flagged) }
    }
    #expect(contacts.contains { $0.truth.lost })
  }

  /// Later contacts of the same customer, provider and category, per contact.
  private func followers() -> [[LabeledContact]] {
    var byKey: [String: [Int]] = [:]
    for (index, labeled) in contacts.enumerated() {
      let c = labeled.contact
      byKey["\(c.provider)|\(c.customerID ?? "")|\(c.category ?? "")", default: []].append(index)
    }
    var result = Array(repeating: [LabeledContact](), count: contacts.count)
    for indices in byKey.values {
      for (position, index) in indices.enumerated() {
        result[index] = indices[(position + 1)...].map { contacts[$0] }
      }
    }
    return result
  }

  private func isTransfer(_ later: Contact, after earlier: Contact) -> Bool {
    guard let a = earlier.openedAt, let b = later.openedAt else { return false }
    return a.seconds(to: b) <= Self.transferGap && later.agentID != earlier.agentID
  }

  @Test("repeatFollows matches the timeline, and resolved contacts see no repeat within 7 days")
  func repeatsAgreeWithTimeline() {
    let later = followers()
    for (index, labeled) in contacts.enumerated() {
      let c = labeled.contact
      let opened = c.openedAt!.secondsSinceEpoch
      let window = later[index].filter { $0.contact.openedAt!.secondsSinceEpoch - opened <= Self.week }
      let repeats = window.filter { !isTransfer($0.contact, after: c) }
      #expect(labeled.truth.repeatFollows == !repeats.isEmpty, "\(c.provider) \(c.id)")
      if !labeled.truth.unresolved {
        #expect(repeats.isEmpty, "resolved \(c.provider) \(c.id) has a repeat")
      }
      if labeled.contact.resolution != ResolutionVocabulary.transferred, !labeled.truth.unresolved {
        #expect(window.isEmpty, "resolved \(c.provider) \(c.id) has a later contact within 7 days")
      }
    }
  }

  @Test("every unresolved contact shows it, and every resolved one is closed as fixed and confirmed")
  func outcomesAreObservable() {
    let nonResolving = Set(ResolutionVocabulary.nonResolving)
    let resolving = Set(ResolutionVocabulary.resolving)
    for labeled in contacts {
      let c = labeled.contact, truth = labeled.truth
      let last = GeneratorSamples.lastCustomerWords(c) ?? ""
      let persists = GeneratorSamples.persistencePhrases.contains { last.contains($0) }
      if truth.unresolved {
        let openRecord = c.status == .open || c.status == .pending
        let badCode = c.resolution.map(nonResolving.contains) ?? false
        #expect(openRecord || badCode || truth.repeatFollows || persists, "\(c.provider) \(c.id)")
      } else if c.resolution == ResolutionVocabulary.transferred {
        #expect(c.status == .closed && c.transfers == 1)
      } else {
        #expect(c.status == .resolved || c.status == .closed)
        #expect(c.resolution.map(resolving.contains) ?? false, "\(c.provider) \(c.id) \(c.resolution ?? "-")")
        #expect(!persists, "\(c.provider) \(c.id)")
        #expect(c.closedAt != nil)
      }
      if c.status == .open || c.status == .pending { #expect(c.closedAt == nil && truth.unresolved) }
    }
  }

  @Test("churn risk is said or is the category; distractors appear only without it")
  func churnWording() {
    var distractors = 0
    for labeled in contacts {
      let c = labeled.contact
      let said = c.turns.filter { $0.speaker == .customer }.map(\.text).joined(separator: " ")
      let threatens = GeneratorSamples.churnPhrases.contains { said.contains($0) }
      #expect(labeled.truth.churnRisk == (threatens || c.category == "cancellation"), "\(c.provider) \(c.id)")
      if !labeled.truth.churnRisk {
        #expect(c.resolution != "cancelled")
        if said.contains("cancel the technician appointment") || said.contains("switched the router off and on") {
          distractors += 1
        }
      }
    }
    #expect(distractors > 100)
  }

  @Test("scripted agents never take up the customer's specifics nor state account facts; tailored agents do one or the other")
  func scriptedVersusTailored() {
    let markers = GeneratorInternals.specificMarkers + GeneratorInternals.accountFactMarkers
    for labeled in contacts.prefix(6000) {
      let agentText = labeled.contact.turns.filter { $0.speaker == .agent }.map(\.text)
      let engages = agentText.contains { line in markers.contains { line.contains($0) } }
      #expect(engages == !labeled.truth.scripted, "\(labeled.contact.provider) \(labeled.contact.id)")
    }
  }

  @Test("text exercises quoting and encodings")
  func awkwardText() {
    let transcripts = contacts.flatMap(\.contact.turns).map(\.text)
    #expect(transcripts.contains { $0.contains("\n") })
    #expect(transcripts.contains { $0.contains("\"") })
    #expect(transcripts.contains { $0.contains(",") })
    #expect(transcripts.contains { $0.unicodeScalars.contains { !$0.isASCII } })
  }

  @Test("fields are realistic")
  func fieldRanges() {
    for labeled in contacts {
      let c = labeled.contact
      #expect((0...2).contains(c.transfers ?? -1))
      if let csat = c.csat { #expect((1...5).contains(csat)) }
      #expect((c.handleSeconds ?? 0) > 0)
      #expect(c.customerID?.hasPrefix("CUST-") == true)
      if let closed = c.closedAt, let opened = c.openedAt { #expect(closed >= opened) }
      let stamps = c.turns.compactMap(\.at)
      #expect(stamps == stamps.sorted())
      if let first = stamps.first { #expect(first == c.openedAt) }
    }
    let channels = Set(contacts.compactMap(\.contact.channel))
    #expect(channels == ["call", "chat", "email"])
  }
}
