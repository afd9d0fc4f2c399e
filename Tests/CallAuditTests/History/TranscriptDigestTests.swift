import ContactGenerator
import Foundation
import Testing
@testable import CallAuditHistory
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting
@testable import CallAuditText

@Suite("Transcript digests: the history keeps measures, not transcripts")
struct TranscriptDigestTests {
  /// Sentences interned by fingerprint, first text kept, as the history's `agent_sentence` table does.
  final class SentenceTable {
    var ids: [SentenceFingerprint: Int64] = [:]
    var sentences: [Int64: TranscriptDigest.AgentSentence] = [:]

    func id(_ sentence: TranscriptDigest.AgentSentence) -> Int64 {
      if let id = ids[sentence.fingerprint] { return id }
      let id = Int64(ids.count + 1)
      ids[sentence.fingerprint] = id
      sentences[id] = sentence
      return id
    }

    func roundTrip(_ digest: TranscriptDigest) -> TranscriptDigest? {
      DigestCoding.decode(DigestCoding.encode(digest, sentenceID: id)) { self.sentences[$0] }
    }
  }

  /// The providers' figures as JSON. A mined line's text, and a provider's line for a library
  /// move, is the variant first stored for its fingerprint when read from digests, the most
  /// common one when read from turns; like the script lines below, they are left out (kinds and
  /// counts stay compared, and whether a provider line exists).
  private func providersJSON(_ report: AnalysisReport) -> String {
    guard case .object(let keys) = JSONReportRenderer().document(report),
      let providers = keys.first(where: { $0.0 == "providers" })?.1
    else { return "" }
    var json = providers.serialized()
    let quoted = #""(?:[^"\\]|\\.)*""#
    for (pattern, template) in [
      (#""text": "# + quoted + #",(\s*"provider_line": (?:null|"# + quoted + #"),\s*"mined": true)"#, #""text": "…",$1"#),
      (#""provider_line": "# + quoted, #""provider_line": "…""#),
    ] {
      let expression = try! NSRegularExpression(pattern: pattern)
      json = expression.stringByReplacingMatches(
        in: json, range: NSRange(json.startIndex..., in: json), withTemplate: template)
    }
    return json
  }

  @Test("figures from digests equal figures from the turns, also after storage encoding")
  func sameFigures() throws {
    let contacts = Array(try SampleGenerator(configuration: GeneratorConfiguration(seed: 41, contacts: 1500)))
      .map(\.contact)
    var fromTurns = ContactAnalyzer()
    var fromDigests = ContactAnalyzer()
    let table = SentenceTable()
    var occurrences = 0
    for contact in contacts {
      fromTurns.add(contact)
      occurrences += TranscriptDigest(turns: contact.turns).agentSentences.count
      let stored = try #require(table.roundTrip(TranscriptDigest(turns: contact.turns)))
      var bare = contact
      bare.turns = []
      fromDigests.add(bare, digest: stored)
    }
    let a = fromTurns.finish(inputs: []), b = fromDigests.finish(inputs: [])
    #expect(providersJSON(a) == providersJSON(b))
    #expect(a.flagged.map(\.measure.contactID) == b.flagged.map(\.measure.contactID))
    // Script lines are shown as first stored for their fingerprint, so only their number is compared.
    #expect(a.scripts.count == b.scripts.count)
    #expect(a.flagged.map(\.scriptLines.count) == b.flagged.map(\.scriptLines.count))
    // Script lines recur: far fewer sentences are stored than are said.
    #expect(table.sentences.count * 3 < occurrences)
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
    let table = SentenceTable()
    #expect(table.roundTrip(digest) == digest)
    // A reply in Spanish (twcs-monalisapatra26/twcs.csv:937) keeps its "not scored" flag.
    let spanish = TranscriptDigest(turns: [
      Turn(speaker: .customer, text: "compre una tarjeta de 50$ y no se me acreditaron"),
      Turn(speaker: .agent, text: "Lamentamos el inconveniente. Por favor siguenos en Twitter para brindarte asistencia por mensajes directos."),
    ])
    #expect(spanish.reading.otherLanguage && !digest.reading.otherLanguage)
    #expect(table.roundTrip(spanish) == spanish)
    let empty = TranscriptDigest(turns: [])
    #expect(!empty.hasText)
    #expect(table.roundTrip(empty) == empty)
    let bytes = DigestCoding.encode(digest, sentenceID: table.id)
    #expect(DigestCoding.sentenceIDs(bytes) == [1, 2])
    #expect(DigestCoding.decode(Array(bytes.dropLast())) { table.sentences[$0] } == nil)
    #expect(DigestCoding.decode(bytes + [0]) { table.sentences[$0] } == nil)
    #expect(DigestCoding.decode(bytes) { _ in nil } == nil)
    for sentence in digest.agentSentences {
      #expect(DigestCoding.fingerprint(DigestCoding.encode(sentence.fingerprint)) == sentence.fingerprint)
    }
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
