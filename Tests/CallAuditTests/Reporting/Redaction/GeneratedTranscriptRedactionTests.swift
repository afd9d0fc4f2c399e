import Testing
@testable import CallAuditModel
@testable import CallAuditReporting
@testable import ContactGenerator

/// Redaction over the seeded generator's transcripts. The generator plants
/// personal data in known shapes only: a street as "<1–180> <PlacePools street>",
/// often followed by ", <PlacePools town>" (IssueSpecifics, CustomerOpenings,
/// TailoredLines), and an account number as "AC-" and eight digits. Everything
/// else — scripts, ticket references (REF-), invoices, orders, amounts, dates,
/// speeds, router models, the router's 192.168.1.1, the last four digits of a
/// card or phone — is ordinary support language the redactor must leave alone.
@Suite("Redaction of generated transcripts")
struct GeneratedTranscriptRedactionTests {
  private static let turns: [Turn] = {
    do {
      let generator = try SampleGenerator(configuration: GeneratorConfiguration(seed: 1, contacts: 2000))
      return generator.flatMap(\.contact.turns)
    } catch {
      fatalError("invalid test configuration: \(error)")
    }
  }()

  private let redactor = PersonalDataRedactor()

  private static func occurrences(of needle: String, in text: String) -> Int {
    text.ranges(of: needle).count
  }

  private static func plantedStreets(_ text: String) -> Int {
    PlacePools.streets.reduce(0) { $0 + occurrences(of: $1, in: text) }
  }

  @Test("turns without a planted street or account number come back byte for byte")
  func ordinaryTurnsUnchanged() {
    var checked = 0, agentTurns = 0
    for turn in Self.turns where Self.plantedStreets(turn.text) == 0 && !turn.text.contains("AC-") {
      let result = redactor.scan(turn.text)
      #expect(result.text == turn.text)
      #expect(result.counts.isEmpty)
      checked += 1
      if turn.speaker == .agent { agentTurns += 1 }
    }
    // Most turns are plain script and chit-chat; make sure they were really looked at.
    #expect(checked > Self.turns.count / 2)
    #expect(agentTurns > 1000)
  }

  @Test("every planted street and account number is caught, with the town after it, and nothing else")
  func plantedDataCaught() {
    var streets = 0, accounts = 0
    for turn in Self.turns {
      let planted = Self.plantedStreets(turn.text)
      let plantedAccounts = Self.occurrences(of: "AC-", in: turn.text)
      guard planted + plantedAccounts > 0 else { continue }
      let result = redactor.scan(turn.text)
      #expect(result.counts[.address, default: 0] == planted, "\(turn.text)")
      #expect(result.counts[.account, default: 0] == plantedAccounts, "\(turn.text)")
      #expect(Set(result.counts.keys).isSubset(of: [.address, .account]), "\(turn.text)")
      #expect(Self.plantedStreets(result.text) == 0, "\(result.text)")
      #expect(!result.text.contains("AC-"), "\(result.text)")
      // ", Town" after a street belongs to the address.
      #expect(!PlacePools.towns.contains { result.text.contains("[address], \($0)") }, "\(result.text)")
      #expect(redactor.redact(result.text) == result.text)
      streets += planted
      accounts += plantedAccounts
    }
    #expect(streets > 500)
    #expect(accounts > 500)
  }
}
