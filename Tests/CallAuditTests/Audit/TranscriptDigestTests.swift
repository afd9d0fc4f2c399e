import CallAudit
import ContactGenerator
import Foundation
import Testing

@testable import CallAuditHistory

@Suite("Transcript digests: the history keeps measures, not transcripts")
struct TranscriptDigestTests {
  private func providersJSON(_ report: AnalysisReport) -> String {
    guard case .object(let keys) = JSONReportRenderer().document(report),
      let providers = keys.first(where: { $0.0 == "providers" })?.1
    else { return "" }
    return providers.serialized()
  }

  @Test("figures from digests equal figures from the turns, also after storage encoding")
  func sameFigures() throws {
    let contacts = Array(try SampleGenerator(configuration: GeneratorConfiguration(seed: 41, contacts: 1500)))
      .map(\.contact)
    var fromTurns = ContactAnalyzer()
    var fromDigests = ContactAnalyzer()
    for contact in contacts {
      fromTurns.add(contact)
      let stored = try #require(DigestCoding.decode(DigestCoding.encode(TranscriptDigest(turns: contact.turns))))
      var bare = contact
      bare.turns = []
      fromDigests.add(bare, digest: stored)
    }
    let a = fromTurns.finish(inputs: []), b = fromDigests.finish(inputs: [])
    #expect(providersJSON(a) == providersJSON(b))
    #expect(a.flagged.map(\.measure.contactID) == b.flagged.map(\.measure.contactID))
    #expect(a.flagged.map(\.scriptLines) == b.flagged.map(\.scriptLines))
    #expect(a.scripts.map(\.text) == b.scripts.map(\.text))
    #expect(a.flaggedTotal > 0)
  }

  @Test("the encoding round-trips every field and refuses damaged bytes")
  func encoding() throws {
    let turns = [
      Turn(speaker: .customer, text: "My internet is down again since Monday at 12 Priory Lane."),
      Turn(speaker: .agent, text: "Please restart your router and wait two minutes. Is there anything else I can help with today?"),
      Turn(speaker: .customer, text: "It is still not working and I'm switching to another provider."),
    ]
    let digest = TranscriptDigest(turns: turns)
    #expect(digest.agentSentences.count == 2)
    #expect(digest.persistence != nil)
    #expect(digest.churnIntent != nil)
    #expect(DigestCoding.decode(DigestCoding.encode(digest)) == digest)
    let empty = TranscriptDigest(turns: [])
    #expect(!empty.hasText)
    #expect(DigestCoding.decode(DigestCoding.encode(empty)) == empty)
    var bytes = DigestCoding.encode(digest)
    bytes.removeLast()
    #expect(DigestCoding.decode(bytes) == nil)
    #expect(DigestCoding.decode(DigestCoding.encode(digest) + [0]) == nil)
  }

  @Test("redacting a digest's text changes no measure")
  func redactionKeepsMeasures() {
    let digest = TranscriptDigest(turns: [
      Turn(speaker: .customer, text: "Still no service at 12 Priory Lane, call me on 0871 234 5678."),
      Turn(speaker: .agent, text: "I have booked an engineer for 12 Priory Lane on Tuesday morning."),
    ])
    let redacted = digest.redactingText { _ in "[redacted]" }
    #expect(redacted.agentSentences.map(\.fingerprint) == digest.agentSentences.map(\.fingerprint))
    #expect(redacted.agentSentences.allSatisfy { $0.text == "[redacted]" })
    #expect(redacted.persistence == (digest.persistence == nil ? nil : "[redacted]"))
    #expect(redacted.agentWords == digest.agentWords && redacted.responsive == digest.responsive)
  }
}
