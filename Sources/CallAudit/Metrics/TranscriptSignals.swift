/// What one contact's transcript tells the metrics, read once while the
/// contact is in hand so that the text itself need not be kept.
struct TranscriptSignals {
  /// The most agent sentences read from one contact (docs/metrics.md).
  ///
  /// A long real chat holds a few hundred; the limit only bites on an absurd
  /// transcript (a 50 MB field would otherwise keep ~140 bytes per sentence,
  /// a million times over), so memory stays bounded by the record limit.
  static let maximumAgentSentences = 5_000

  /// The agent's sentences long enough to judge, as fingerprints.
  var agentSentences: [SentenceFingerprint] = []
  /// Words in those sentences: the denominator of the script score.
  var agentWords = 0
  /// Whether an agent turn takes up one of the customer's specifics;
  /// `nil` when the customer gave none, so responsiveness cannot be judged.
  var responsive: Bool?
  /// The customer's last word on the outcome, when it says the problem persists.
  var persistence: String?
  /// The customer's words that announce leaving, if any.
  var churnIntent: String?

  /// Reads `turns`, reporting each agent sentence to `observe` for script mining.
  init(turns: [Turn], observe: (Substring, SentenceFingerprint) -> Void) {
    var customerText = ""
    var agentText = ""
    // How the transcript ends decides: the customer's last turn saying the
    // problem persists (not an earlier complaint they later dropped).
    var lastCustomerTurn: String? = nil
    for turn in turns {
      switch turn.speaker {
      case .agent:
        agentText += turn.text + "\n"
        for sentence in SentenceSplitter.sentences(in: turn.text) {
          guard agentSentences.count < Self.maximumAgentSentences else { break }
          guard let fingerprint = SentenceFingerprint(sentence: sentence) else { continue }
          agentSentences.append(fingerprint)
          agentWords += fingerprint.wordCount
          observe(sentence, fingerprint)
        }
      case .customer:
        customerText += turn.text + "\n"
        lastCustomerTurn = turn.text
        if churnIntent == nil, CustomerSignals.churnIntent(in: turn.text) != nil {
          churnIntent = Self.quote(turn.text)
        }
      case .system:
        break
      }
    }
    if let last = lastCustomerTurn {
      let reading = CustomerSignals.read(last)
      // "It works now… but it is still slow" persists; "still not working? ah, it works now" does not.
      if let persists = reading.persistence, reading.confirmation.map({ last.utf8Offset(of: $0) < last.utf8Offset(of: persists) }) ?? true {
        persistence = Self.quote(last)
      }
    }
    let specifics = SpecificDetails.extract(from: customerText)
    if !specifics.isEmpty {
      responsive = SpecificDetails.mentionsAny(of: specifics, in: agentText)
    }
  }

  /// A customer's words as evidence: whole when short, else cut at a word boundary.
  static func quote(_ text: String, limit: Int = 240) -> String {
    let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    guard flat.count > limit else { return flat }
    var cut = String(flat.prefix(limit))
    if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
    return cut + " …"
  }
}

extension String {
  /// The UTF-8 offset of the first occurrence of `phrase`, or the end when absent.
  fileprivate func utf8Offset(of phrase: String) -> Int {
    let haystack = Array(utf8), needle = Array(phrase.utf8)
    guard !needle.isEmpty, needle.count <= haystack.count else { return haystack.count }
    for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
      return start
    }
    return haystack.count
  }
}
