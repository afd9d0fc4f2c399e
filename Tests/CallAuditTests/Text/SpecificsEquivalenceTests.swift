import ContactGenerator
import Testing
@testable import CallAuditText

/// The byte-level specifics scanner and lookup answer exactly as the `String`-based code they
/// replaced (`ReferenceSpecificsScanner`), on generated transcripts and on mutations of them
/// that reach the edge cases: shouting, am/pm, months, streets, non-ASCII and canonically
/// equivalent spellings.
@Suite struct SpecificsEquivalenceTests {
  /// Customer and agent texts of generated contacts, joined per contact as the transcript
  /// reader joins them.
  private static func transcripts(seed: UInt64, contacts: Int) throws -> [(customer: String, agent: String)] {
    try SampleGenerator(configuration: GeneratorConfiguration(seed: seed, contacts: contacts)).map {
      labeled in
      var customer = ""
      var agent = ""
      for turn in labeled.contact.turns {
        switch turn.speaker {
        case .customer: customer += turn.text + "\n"
        case .agent: agent += turn.text + "\n"
        case .system: break
        }
      }
      return (customer, agent)
    }
  }

  /// Words spliced into texts to reach the scanner's rules and the lookup's Unicode cases.
  private static let spliced = [
    "2", "12", "3 pm", "12 am", "12:30pm", "9:05 AM", "7 PM", "May", "12th of May", "3rd",
    "Sept 4", "31 december", "Elm St", "12 elm st", "Main Street", "San Jose", "TP-Link",
    "Netgear", "Friday", "tues", "$45.99", "45 euros", "2 minutes", "#INC-0012", "AX1800",
    "wifi6", "a@b.co", "example.com/x", "Comcast", "Virgin Media", "Café", "Cafe\u{301}",
    "café", "cafe\u{301}", "São Paulo", "Sa\u{303}o Paulo", "\u{212A}elvin", "Kelvin",
    "kelvin", "\u{212A}", "x\u{037E}y", "x;y", "Zoë", "Ωmega", "東京", "naïve", "Dr. Smith",
    "O'Brien", "don't", "1,299.50", "007", "12/05/2024", "2024-05-12", "14:02", "3:1",
    "ｆｕｌｌ", "\u{1FEF}", "I", "THE", "Springfield Avenue", "4 Privet Drive",
  ]

  /// `text` with a few of `spliced` inserted at word boundaries, and sometimes shouted or
  /// lower-cased.
  private static func mutate(_ text: String, _ random: inout ScriptCorpusRandom) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<Int.random(in: 1...6, using: &random) {
      let position = Int.random(in: 0...words.count, using: &random)
      words.insert(spliced.randomElement(using: &random)!, at: position)
    }
    let joined = words.joined(separator: " ")
    switch Int.random(in: 0..<8, using: &random) {
    case 0: return joined.uppercased()
    case 1: return joined.lowercased()
    default: return joined
    }
  }

  @Test func extractAgreesWithTheStringScanner() throws {
    var random = ScriptCorpusRandom(seed: 17)
    for (customer, agent) in try Self.transcripts(seed: 23, contacts: 300) {
      for text in [customer, agent, Self.mutate(customer, &random), Self.mutate(agent, &random)] {
        #expect(SpecificDetails.extract(from: text) == ReferenceSpecificDetails.extract(from: text), "\(text)")
      }
    }
    for word in Self.spliced {
      let text = "Yes it is at \(word) and \(word.uppercased()) since \(word)."
      #expect(SpecificDetails.extract(from: text) == ReferenceSpecificDetails.extract(from: text), "\(text)")
    }
  }

  @Test func mentionsAnyAgreesWithTheStringScanner() throws {
    var random = ScriptCorpusRandom(seed: 29)
    for (customer, agent) in try Self.transcripts(seed: 31, contacts: 150) {
      let customers = [customer, Self.mutate(customer, &random)]
      let agents = [agent, Self.mutate(agent, &random), Self.mutate(agent, &random)]
      for customerText in customers {
        let specifics = ReferenceSpecificDetails.extract(from: customerText)
        for agentText in agents {
          #expect(
            SpecificDetails.mentionsAny(of: specifics, in: agentText)
              == ReferenceSpecificDetails.mentionsAny(of: specifics, in: agentText))
          // Sets that do hit: some of the agent's own candidates (pairs, triples, times),
          // respelt the ways a String set may hold them.
          let candidates = ReferenceSpecificDetails.agentCandidates(in: agentText)
          guard !candidates.isEmpty else { continue }
          let picked = candidates.randomElement(using: &random)!
          for set: Set<String> in [
            [picked], [picked.uppercased(), "zz"], [picked + " x"],
            [picked.replacingKelvin(), Self.spliced.randomElement(using: &random)!],
          ] {
            #expect(
              SpecificDetails.mentionsAny(of: set, in: agentText)
                == ReferenceSpecificDetails.mentionsAny(of: set, in: agentText), "\(set) in \(agentText)")
          }
        }
      }
    }
  }

  @Test func agentTextsWithBothKindsOfCandidates() {
    // Found among the ASCII candidates, with non-ASCII ones about; found only among the
    // non-ASCII ones (the second walk); found in neither.
    #expect(SpecificDetails.mentionsAny(of: ["elm street"], in: "Ich habe geprüft: Elm Street, café"))
    #expect(SpecificDetails.mentionsAny(of: ["geprüft"], in: "Ich habe Elm Street geprüft"))
    #expect(!SpecificDetails.mentionsAny(of: ["münchen", "oak road"], in: "Ich habe Elm Street geprüft"))
  }

  @Test func canonicallyEquivalentSpellingsMatchAsStringsDo() {
    // Precomposed and decomposed accents are the same String.
    #expect(SpecificDetails.mentionsAny(of: ["café"], in: "we checked the cafe\u{301} line"))
    #expect(SpecificDetails.mentionsAny(of: ["cafe\u{301}"], in: "we checked the café line"))
    // The Kelvin sign, U+037E and U+1FEF are canonically ASCII ("K", ";", "`").
    #expect("\u{212A}" == "K" && "\u{037E}" == ";" && "\u{1FEF}" == "`")
    let lookup = SpecificsLookup(["\u{212A}elvin", "x;y"])
    #expect(lookup.containsText("Kelvin"))
    #expect(lookup.containsText("x\u{037E}y"))
    #expect(!lookup.containsText("kelvin"))
    #expect(SpecificsLookup(["kelvin"]).containsText("kelvin"))
    #expect(SpecificsLookup(["Kelvin"]).containsText("\u{212A}elvin"))
    #expect(!SpecificsLookup(["Kelvin"]).containsText("\u{212A}elvi"))
    #expect(SpecificsLookup(["`"]).containsText("\u{1FEF}"))
    #expect(!SpecificsLookup(["e"]).containsText("e\u{301}"))
    #expect(SpecificsLookup.asciiEquivalent(of: "\u{212A}m") == "Km")
    #expect(SpecificsLookup.asciiEquivalent(of: "é") == nil)
    // No other scalar is canonically equal to an ASCII character (Set<String> hashes and
    // compares by canonical equivalence).
    let ascii = Set((0..<0x80).map { String(Character(Unicode.Scalar(UInt8($0)))) })
    var equalToASCII: [UInt32] = []
    for value in 0x80...0x10_FFFF {
      guard let scalar = Unicode.Scalar(value), ascii.contains(String(Character(scalar))) else { continue }
      equalToASCII.append(scalar.value)
    }
    #expect(equalToASCII == [0x037E, 0x1FEF, 0x212A])
  }

  /// The matcher built straight from a scanner's candidates (no `String` per specific) holds
  /// what the `Set<String>` of ``SpecificDetails/extract(from:)-(SpecificsScanner)`` holds:
  /// as many specifics, and the same answers for every agent text.
  @Test func matcherFromTheScannerHoldsWhatTheStringSetHolds() throws {
    var random = ScriptCorpusRandom(seed: 41)
    var compared = 0
    for (customer, agent) in try Self.transcripts(seed: 43, contacts: 150) {
      let customers = [customer, Self.mutate(customer, &random), Self.mutate(customer, &random)]
      let agents = [agent, Self.mutate(agent, &random), Self.mutate(customer, &random)]
      for customerText in customers {
        let scanner = SpecificsScanner(text: customerText, agent: false)
        let strings = SpecificDetails.extract(from: scanner)
        var lookup = SpecificsLookup()
        scanner.scan { lookup.insert($0) && false }
        #expect(lookup.count == strings.count, "\(customerText)")
        let direct = SpecificDetails.Matcher(customerSpecificsIn: scanner)
        let viaStrings = SpecificDetails.Matcher(strings)
        #expect(direct.isEmpty == viaStrings.isEmpty)
        for agentText in agents {
          #expect(direct.mentionsAny(in: agentText) == viaStrings.mentionsAny(in: agentText), "\(agentText)")
          compared += 1
        }
      }
    }
    #expect(compared > 1_000)
  }

  /// Spellings equal as strings count once, in whichever order they come.
  @Test func equalSpellingsCountOnce() {
    for words in [
      ["K", "\u{212A}"], ["\u{212A}", "K"], ["café", "cafe\u{301}"], ["x;y", "x\u{037E}y", "x;y"],
      ["\u{212A}elvin", "Kelvin", "kelvin"], ["\u{1FEF}", "`", "e\u{301}", "é", "e"],
    ] {
      var lookup = SpecificsLookup()
      for word in words { _ = lookup.insertText(word) }
      #expect(lookup.count == Set(words).count, "\(words)")
      for word in words { #expect(lookup.containsText(word), "\(word) in \(words)") }
    }
  }

  /// A customer text naming more than ``SpecificDetails/maximumSpecifics`` specifics: the
  /// matcher keeps as many as the string set does, and the same ones.
  @Test func theLimitKeepsTheSameSpecifics() throws {
    let values = (1...5_000).map { $0 * 7 + 10 }
    let text = values.map { "order \($0)" }.joined(separator: ", ")
    let scanner = SpecificsScanner(text: text, agent: false)
    let strings = SpecificDetails.extract(from: scanner)
    #expect(strings.count == SpecificDetails.maximumSpecifics)
    // The lookup filled with the matcher's rule holds as many.
    var lookup = SpecificsLookup()
    scanner.scan { specific in
      lookup.insert(specific)
      return lookup.count >= SpecificDetails.maximumSpecifics
    }
    #expect(lookup.count == strings.count)
    // Where the set stops keeping values: the matcher must agree on both sides of it.
    let boundary = try #require(values.firstIndex { !strings.contains(String($0)) }, "the limit cut the list")
    #expect(boundary > 0)
    let direct = SpecificDetails.Matcher(customerSpecificsIn: scanner)
    let viaStrings = SpecificDetails.Matcher(strings)
    let probes = [0, boundary - 2, boundary - 1, boundary, boundary + 1, values.count - 1].filter { $0 >= 0 }
    var mentioned = Set<Bool>()
    for index in probes {
      let agentText = "about order \(values[index])"
      let answer = direct.mentionsAny(in: agentText)
      #expect(answer == viaStrings.mentionsAny(in: agentText), "\(values[index])")
      mentioned.insert(strings.contains(String(values[index])))
    }
    #expect(mentioned == [true, false], "the probes reach values kept and values left out")
  }

  @Test(arguments: [
    "", "+", "-", "0", "-0", "+7", "12", "007", "1.5", " 1", "1 ", "9223372036854775807",
    "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999",
    "١٢", "1a", "--1",
  ])
  func integerReadsAsIntDoes(text: String) {
    var copy = text
    let value = copy.withUTF8 { SpecificsScanner.integer($0) }
    #expect(value == Int(text))
  }
}

/// A lookup emptied and filled again answers as a new one does (the transcript reading keeps
/// one per thread), after small sets and after one large enough to be dropped.
@Suite struct SpecificsLookupReuseTests {
  @Test func emptiedLookupAnswersAsANewOne() {
    let pool = [
      "kelvin", "\u{212A}elvin", "Kelvin", "x;y", "x\u{037E}y", "`", "\u{1FEF}", "café", "cafe\u{301}", "elm street",
      "ac-71426823", "45.99", "may 12", "14:05", "tp-link", "san jose", "e", "e\u{301}",
    ]
    var generator = ScriptCorpusRandom(seed: 11)
    var reused = SpecificsLookup()
    // Round sizes: small, then past the kept table (dropped), then small again.
    for size in [3, 12, 0, 7, 3_000, 5, 18, 1] {
      var fresh = SpecificsLookup()
      // What the lookup stands for: a set of the strings, compared as Swift compares them.
      var inserted: Set<String> = []
      reused.removeAll()
      #expect(reused.isEmpty && reused.count == 0)
      for index in 0..<size {
        let text = index < 2_000 ? pool[Int(generator.next() % UInt64(pool.count))] : "street \(index)"
        #expect(reused.insertText(text) == fresh.insertText(text), "size \(size): \(text)")
        inserted.insert(text)
      }
      #expect(reused.count == fresh.count)
      for text in pool + ["street 2500", "street 1", "kelvi", ""] {
        #expect(reused.containsText(text) == fresh.containsText(text), "size \(size): \(text)")
        #expect(reused.containsText(text) == inserted.contains(text), "size \(size): \(text)")
        // The pointer view answers an ASCII candidate as the set does.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
          #expect(reused.containsThroughView(text) == inserted.contains(text), "size \(size): \(text)")
        }
      }
    }
  }
}

extension SpecificsLookup {
  /// `insert` for a `String` (its bytes as a candidate).
  fileprivate mutating func insertText(_ text: String) -> Bool {
    Self.withCandidate(text) { insert($0) }
  }

  /// `contains` for a `String`.
  fileprivate func containsText(_ text: String) -> Bool {
    Self.withCandidate(text) { contains($0) }
  }

  /// `View.contains(ascii:)` for an ASCII `String`.
  fileprivate func containsThroughView(_ text: String) -> Bool {
    Self.withCandidate(text) { candidate in withView { $0.contains(ascii: candidate) } }
  }

  /// Calls `body` with `text` as a candidate, copied into a padded buffer as the scanner's are.
  private static func withCandidate<Result>(_ text: String, _ body: (SpecificsCandidate) -> Result) -> Result {
    let bytes = Array(text.utf8) + Array(repeating: 0, count: SpecificsScanner.slack)
    return bytes.withUnsafeBufferPointer {
      body(
        SpecificsCandidate(
          bytes: UnsafeBufferPointer(rebasing: $0[0..<text.utf8.count]), isASCII: text.utf8.allSatisfy { $0 < 0x80 }))
    }
  }
}

extension String {
  /// The string with every "k" spelt as the Kelvin sign (canonically "K", not "k").
  fileprivate func replacingKelvin() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "k" || $0 == "K" ? "\u{212A}" : $0 }))
  }
}
