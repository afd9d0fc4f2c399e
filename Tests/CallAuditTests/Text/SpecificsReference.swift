@testable import CallAuditText

/// The `SpecificsScanner` that built a `String` per token and per candidate, kept verbatim
/// (vocabulary values aside) as the reference the byte-level scanner must agree with.
///
/// Finds specifics (see `SpecificDetails`) in a text, as normalised strings.
///
/// In customer mode it reports only strong specifics. In agent mode it reports every
/// normalised form a specific could take (all numbers, all words and word pairs and triples)
/// so that membership tests against the customer's set are enough.
struct ReferenceSpecificsScanner {
  /// A lexeme with its normalised text.
  private struct Token {
    var kind: LexemeKind
    var text: String
    var hash: UInt64
    var capitalized: Bool
    var sentenceInitial: Bool
  }

  private var tokens: [Token] = []
  private let agent: Bool
  /// Whether capitalisation means anything (not in an all-caps or all-lower-case text).
  private let trustCapitals: Bool

  /// Tokenises `text`; `agent` selects the permissive agent mode.
  init(text: String, agent: Bool) {
    self.agent = agent
    var letters = 0
    var capitals = 0
    var tokens: [Token] = []
    TextLexer.scan(text) { lexeme, bytes in
      tokens.append(
        Token(
          kind: lexeme.kind, text: String(decoding: bytes, as: UTF8.self), hash: lexeme.hash,
          capitalized: lexeme.capitalized, sentenceInitial: lexeme.sentenceInitial))
      if lexeme.kind == .word {
        letters += 1
        if lexeme.capitalized { capitals += 1 }
      }
    }
    self.tokens = tokens
    // Shouting (mostly capitalised words) or all lower case: capitals tell nothing.
    trustCapitals = capitals > 0 && capitals * 10 < letters * 6
  }

  /// Calls `report` with each specific found; stops early when it returns true.
  func scan(_ report: (String) -> Bool) {
    let vocabulary = SpecificsVocabulary.self
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      var candidates: [String] = []
      switch token.kind {
      case .amount, .date, .email, .url:
        candidates.append(token.text)
      case .time:
        candidates.append(Self.time(token.text, meridiem: next))
      case .number:
        if let next, vocabulary.meridiem.contains(next.hash), let hour = Int(token.text), hour <= 12 {
          candidates.append(Self.time("\(hour):00", meridiem: next))
        } else if let day = monthDay(at: index) {
          candidates.append(day)
        } else if agent {
          candidates.append(token.text)
        } else if let next, vocabulary.durations.contains(next.hash) {
          break  // "2 minutes", "24 hours": what scripts say
        } else if token.text.contains(".") || token.text.count >= 2
          || (next.map { vocabulary.currencies.contains($0.hash) } ?? false)
        {
          candidates.append(token.text)
        }
      case .ordinal:
        if let day = monthDay(at: index) { candidates.append(day) } else if agent {
          candidates.append(token.text)
        }
      case .identifier:
        if agent || !vocabulary.genericCodes.contains(token.hash) { candidates.append(token.text) }
      case .word:
        candidates.append(contentsOf: words(at: index))
      case .mention:
        break
      }
      for candidate in candidates where report(candidate) { return }
      index += 1
    }
  }

  /// "may 12" for a month next to a day number ("May 12", "12 May", "12th of May").
  private func monthDay(at index: Int) -> String? {
    let vocabulary = SpecificsVocabulary.self
    let token = tokens[index]
    guard token.kind == .number || token.kind == .ordinal, let day = Int(token.text),
      (1...31).contains(day)
    else { return nil }
    if index > 0, let month = vocabulary.months.lookup(tokens[index - 1].hash) {
      return "\(month) \(day)"
    }
    var after = index + 1
    if after < tokens.count, tokens[after].hash == vocabulary.of { after += 1 }
    if after < tokens.count, let month = vocabulary.months.lookup(tokens[after].hash) {
      return "\(month) \(day)"
    }
    return nil
  }

  /// Specifics starting at the word at `index`.
  private func words(at index: Int) -> [String] {
    let vocabulary = SpecificsVocabulary.self
    let token = tokens[index]
    if agent {
      // Every word, pair and triple: customer names and streets are found however written.
      var result = [token.text]
      if let canonical = vocabulary.streetTypes.lookup(token.hash), index > 0 {
        result.append(tokens[index - 1].text + " " + "\(canonical)")
      }
      var phrase = token.text
      for next in (index + 1)..<min(tokens.count, index + 3) where tokens[next].kind == .word {
        phrase += " " + tokens[next].text
        result.append(phrase)
      }
      if let month = vocabulary.months.lookup(token.hash) { result.append("\(month)") }
      return result
    }
    if let weekday = vocabulary.weekdays.lookup(token.hash) { return ["\(weekday)"] }
    if vocabulary.brands.contains(token.hash) { return [token.text] }
    if let street = street(endingAt: index) { return [street] }
    guard trustCapitals, token.capitalized, isName(token) else { return [] }
    if index > 0, tokens[index - 1].kind == .word, vocabulary.addressWords.contains(tokens[index - 1].hash) { return [] }
    // A run of capitalised words ("San Jose", "Elm Street"); a lone one must not open a
    // sentence ("Please", "Yesterday").
    let previous = index > 0 ? tokens[index - 1] : nil
    if let previous, previous.kind == .word, previous.capitalized, isName(previous) {
      return []  // inside a run already reported
    }
    var run = [token.text]
    var next = index + 1
    while next < tokens.count, run.count < 3, tokens[next].kind == .word,
      tokens[next].capitalized, !tokens[next].sentenceInitial, isName(tokens[next])
    {
      run.append(tokens[next].text)
      next += 1
    }
    if run.count == 1, token.sentenceInitial { return [] }
    // The provider's own name ("Virgin Media", "Comcast") is in every reply: not specific.
    for word in run where SignalVocabulary.providers.contains(word: TextHash.word(word)) {
      return []
    }
    if vocabulary.months.lookup(token.hash) != nil, run.count == 1 {
      return ["\(vocabulary.months.lookup(token.hash)!)"]
    }
    if let last = run.last.map(TextHash.word), let canonical = vocabulary.streetTypes.lookup(last),
      run.count >= 2
    {
      return [run.dropLast().joined(separator: " ") + " " + "\(canonical)"]
    }
    return [run.joined(separator: " ")]
  }

  /// "elm street" when the word at `index` is a street type after a name and a house number
  /// ("12 elm st") or after a capitalised name ("Elm Street").
  private func street(endingAt index: Int) -> String? {
    let vocabulary = SpecificsVocabulary.self
    guard index > 0, let canonical = vocabulary.streetTypes.lookup(tokens[index].hash) else {
      return nil
    }
    let name = tokens[index - 1]
    guard name.kind == .word, !vocabulary.commonCapitalised.contains(name.hash),
      !vocabulary.streetTypes.contains(name.hash)
    else { return nil }
    let numbered = index > 1 && tokens[index - 2].kind == .number
    guard numbered || (name.capitalized && trustCapitals) else { return nil }
    return name.text + " " + "\(canonical)"
  }

  /// Whether a capitalised word can be part of a name (not "I", "Thanks", "Internet", a
  /// weekday or a generic device word).
  private func isName(_ token: Token) -> Bool {
    let vocabulary = SpecificsVocabulary.self
    return !vocabulary.commonCapitalised.contains(token.hash) && !CommonEnglishWords.contains(token.hash)
      && !vocabulary.weekdays.contains(token.hash) && !vocabulary.genericDevices.contains(token.hash)
  }

  /// "h:mm" in 24-hour time when "am"/"pm" follows.
  private static func time(_ text: String, meridiem: Token?) -> String {
    guard let meridiem, SpecificsVocabulary.meridiem.contains(meridiem.hash) else { return text }
    let parts = text.split(separator: ":")
    guard parts.count == 2, var hour = Int(parts[0]) else { return text }
    if meridiem.hash == SpecificsVocabulary.pm, hour < 12 { hour += 12 }
    if meridiem.hash != SpecificsVocabulary.pm, hour == 12 { hour = 0 }
    return "\(hour):\(parts[1])"
  }
}

/// `SpecificDetails` as it was, over `ReferenceSpecificsScanner`.
enum ReferenceSpecificDetails {
  static func extract(from customerText: String) -> Set<String> {
    var result: Set<String> = []
    ReferenceSpecificsScanner(text: customerText, agent: false).scan { result.insert($0); return false }
    return result
  }

  static func mentionsAny(of specifics: Set<String>, in agentText: String) -> Bool {
    guard !specifics.isEmpty else { return false }
    var found = false
    ReferenceSpecificsScanner(text: agentText, agent: true).scan { candidate in
      found = specifics.contains(candidate)
      return found
    }
    return found
  }

  /// Every candidate the agent-mode scanner reports, in order.
  static func agentCandidates(in agentText: String) -> [String] {
    var result: [String] = []
    ReferenceSpecificsScanner(text: agentText, agent: true).scan { result.append($0); return false }
    return result
  }
}
