/// Finds specifics (see `SpecificDetails`) in a text, as normalised UTF-8 bytes.
///
/// In customer mode it reports only strong specifics. In agent mode it reports every
/// normalised form a specific could take (all numbers, all words and word pairs and triples)
/// so that membership tests against the customer's set are enough.
///
/// The tokens' normalised bytes sit back to back in one buffer and each candidate is
/// assembled in one scratch buffer: the agent side reports several candidates per word, and
/// building a `String` for each (plus one per token) was a fifth of `analyze` time.
package struct SpecificsScanner {
  /// A lexeme: where its normalised bytes sit in `bytes`, and what the rules look at.
  package struct Token {
    package var kind: LexemeKind
    package var capitalized: Bool
    package var sentenceInitial: Bool
    /// Offset of the normalised bytes in `bytes`.
    package var start: Int
    /// Length of the normalised bytes.
    package var count: Int
    /// Whether the normalised bytes are all ASCII.
    package var ascii: Bool
    /// `TextHash.word` of the normalised bytes (the lexer's vocabulary key).
    package var hash: UInt64
  }

  /// The room `TextHash.word(paddedBytes:count:)` may read past a reported candidate.
  package static let slack = 8

  private var tokens: [Token] = []
  /// Every token's normalised bytes, back to back in `bytes[0..<used]`; the buffer only
  /// grows, and always holds `slack` readable bytes past `used`.
  private var bytes: [UInt8] = []
  private var used = 0
  /// The longest token, which bounds the longest candidate.
  private var longest = 0
  /// Words, and capitalised words among them: whether capitals mean anything.
  private var letters = 0
  private var capitals = 0
  /// Whether the scanner is in the permissive agent mode.
  package let agent: Bool

  /// Tokenises `text`; `agent` selects the permissive agent mode.
  package init(text: String, agent: Bool) {
    self.init(agent: agent)
    read(text)
  }

  /// An empty scanner, to be given a text's lexemes with ``add(_:_:)`` as another reader lexes
  /// it (an agent sentence or a customer turn is lexed once for all its readings).
  package init(agent: Bool) {
    self.agent = agent
  }

  /// Empties the scanner and gives it the lexemes of `text`, as a reader lexing the text
  /// would (``AgentSentenceReading`` does, sentence by sentence).
  package mutating func read(_ text: some StringProtocol) {
    removeAll()
    reserve(bytes: text.utf8.count)
    TextLexer.scan(text) { lexeme, normalised in add(lexeme, normalised) }
  }

  /// The bytes its storage holds, kept by ``removeAll()``.
  package var storageBytes: Int { bytes.capacity + tokens.capacity * MemoryLayout<Token>.stride }

  /// Empties the scanner for the next text, keeping its storage.
  package mutating func removeAll() {
    tokens.removeAll(keepingCapacity: true)
    used = 0
    longest = 0
    letters = 0
    capitals = 0
  }

  /// Makes room for the lexemes of `count` more bytes of text, so that adding them does not
  /// grow the storage token by token.
  package mutating func reserve(bytes count: Int) {
    // Tokens never grow by more than a few bytes ("can't" → "can", "not"): see `TextLexer`.
    grow(to: used + count + 32 + Self.slack)
    tokens.reserveCapacity(tokens.count + count / 5 + 8)  // tokens average over five bytes
  }

  private mutating func grow(to size: Int) {
    guard bytes.count < size else { return }
    bytes.append(contentsOf: repeatElement(0, count: max(size - bytes.count, bytes.count)))
  }

  /// Takes the next lexeme of the text.
  package mutating func add(_ lexeme: Lexeme, _ normalised: UnsafeBufferPointer<UInt8>) {
    // A redacted span ("[PII]") hides a value: it is no detail of the customer's, and
    // an agent's "[PII]" does not echo one. Read as a word, it matched every other.
    if lexeme.kind == .word, lexeme.allCaps, lexeme.bracketed { return }
    let count = normalised.count
    grow(to: used + count + Self.slack)
    var any: UInt8 = 0
    bytes.withUnsafeMutableBufferPointer { storage in
      for index in 0..<count {
        let byte = normalised[index]
        storage[used + index] = byte
        any |= byte
      }
    }
    tokens.append(
      Token(
        kind: lexeme.kind, capitalized: lexeme.capitalized,
        sentenceInitial: lexeme.sentenceInitial, start: used, count: count,
        ascii: any < 0x80, hash: lexeme.hash))
    used += count
    longest = max(longest, count)
    if lexeme.kind == .word {
      letters += 1
      if lexeme.capitalized { capitals += 1 }
    }
  }

  /// Shouting (mostly capitalised words) or all lower case: capitals tell nothing.
  private var trustCapitals: Bool { capitals > 0 && capitals * 10 < letters * 6 }

  /// Calls `report` with each specific found, valid only during the call; stops early when
  /// `report` returns true.
  package func scan(_ report: (SpecificsCandidate) -> Bool) {
    guard !tokens.isEmpty else { return }
    // A candidate is at most three tokens and two blanks, or a token with a short word or a
    // number around it ("september 12", "14:05").
    let capacity = 3 * longest + 64 + Self.slack
    tokens.withUnsafeBufferPointer { tokens in
      bytes.withUnsafeBufferPointer { bytes in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
          scratch.initialize(repeating: 0)
          var walk = SpecificsWalk(
            tokens: tokens, bytes: bytes, candidate: CandidateBuffer(scratch.baseAddress!, tokenBytes: bytes),
            agent: agent, trustCapitals: trustCapitals)
          walk.run(report)
        }
      }
    }
  }

  /// The value of `text` as `Int(String)` reads it: an optional sign and ASCII digits, nil
  /// when empty, malformed or out of range.
  package static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    var negative = false
    if let first = text.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      negative = first == UInt8(ascii: "-")
      index = 1
    }
    guard index < text.count else { return nil }
    var value = 0
    while index < text.count {
      let digit = text[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
      let (next, carry) =
        negative ? shifted.subtractingReportingOverflow(Int(digit)) : shifted.addingReportingOverflow(Int(digit))
      guard !overflow, !carry else { return nil }
      value = next
      index += 1
    }
    return value
  }
}

/// One pass of `SpecificsScanner.scan` over the tokens: the rules, reading tokens and bytes
/// through pointers and writing each candidate into the scratch `candidate`.
private struct SpecificsWalk {
  typealias Token = SpecificsScanner.Token

  let tokens: UnsafeBufferPointer<Token>
  let bytes: UnsafeBufferPointer<UInt8>
  var candidate: CandidateBuffer
  let agent: Bool
  let trustCapitals: Bool
  /// The word lists, read through one pointer (``SpecificsVocabulary/tables``).
  let vocabulary = SpecificsVocabulary.tables
  /// Set when `report` asked to stop.
  var stopped = false

  init(
    tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
    candidate: CandidateBuffer, agent: Bool, trustCapitals: Bool
  ) {
    self.tokens = tokens
    self.bytes = bytes
    self.candidate = candidate
    self.agent = agent
    self.trustCapitals = trustCapitals
  }

  /// The normalised bytes of `token`, followed by readable slack.
  func text(_ token: Token) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[token.start..<(token.start + token.count)])
  }

  /// Reports the bytes of one token as they are (no copy: `bytes` has slack at its end).
  mutating func report(token: Token, _ report: (SpecificsCandidate) -> Bool) {
    if report(SpecificsCandidate(bytes: text(token), isASCII: token.ascii)) { stopped = true }
  }

  /// Reports what `candidate` holds.
  mutating func reportCandidate(_ report: (SpecificsCandidate) -> Bool) {
    if report(SpecificsCandidate(bytes: candidate.contents, isASCII: candidate.ascii)) {
      stopped = true
    }
  }

  mutating func run(_ report: (SpecificsCandidate) -> Bool) {
    var index = 0
    while index < tokens.count, !stopped {
      let token = tokens[index]
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      switch token.kind {
      case .amount, .date, .email, .url:
        self.report(token: token, report)
      case .time:
        if time(token, meridiem: next) {
          reportCandidate(report)
        } else {
          self.report(token: token, report)
        }
      case .number:
        let value = SpecificsScanner.integer(text(token))
        if let next, vocabulary.pointee.meridiem.contains(next.hash), let hour = value, hour <= 12 {
          // "\(hour):00" read as a time: the hour round-trips, the minutes are "00".
          writeTime(hour: hour, meridiem: next, minutes: nil)
          reportCandidate(report)
        } else if monthDay(at: index, day: value) {
          reportCandidate(report)
        } else if agent {
          self.report(token: token, report)
        } else if let next, vocabulary.pointee.durations.contains(next.hash) {
          break  // "2 minutes", "24 hours": what scripts say
        } else if text(token).contains(UInt8(ascii: ".")) || token.count >= 2
          || (next.map { vocabulary.pointee.currencies.contains($0.hash) } ?? false)
        {
          // Number tokens are ASCII digits and dots, so bytes count characters.
          self.report(token: token, report)
        }
      case .ordinal:
        if monthDay(at: index, day: SpecificsScanner.integer(text(token))) {
          reportCandidate(report)
        } else if agent {
          self.report(token: token, report)
        }
      case .identifier:
        if agent || !vocabulary.pointee.genericCodes.contains(token.hash) { self.report(token: token, report) }
      case .word:
        if agent { agentWords(at: index, report) } else { customerWords(at: index, report) }
      case .mention:
        break
      }
      index += 1
    }
  }

  /// Writes "may 12" to `candidate` for a month next to a day number ("May 12", "12 May",
  /// "12th of May"); `day` is the token's integer value, if it has one.
  mutating func monthDay(at index: Int, day: Int?) -> Bool {
    guard let day, (1...31).contains(day) else { return false }
    var month: StaticString?
    if index > 0 { month = vocabulary.pointee.months.lookup(tokens[index - 1].hash) }
    if month == nil {
      var after = index + 1
      if after < tokens.count, tokens[after].hash == vocabulary.pointee.of { after += 1 }
      if after < tokens.count { month = vocabulary.pointee.months.lookup(tokens[after].hash) }
    }
    guard let month else { return false }
    candidate.start()
    candidate.append(month)
    candidate.append(byte: UInt8(ascii: " "))
    candidate.append(decimal: day)
    return true
  }

  /// Agent mode: every word, pair and triple, so customer names and streets are found
  /// however they are written.
  mutating func agentWords(at index: Int, _ report: (SpecificsCandidate) -> Bool) {
    let token = tokens[index]
    self.report(token: token, report)
    if stopped { return }
    if let canonical = vocabulary.pointee.streetTypes.lookup(token.hash), index > 0 {
      candidate.start()
      candidate.append(tokens[index - 1])
      candidate.append(byte: UInt8(ascii: " "))
      candidate.append(canonical)
      reportCandidate(report)
      if stopped { return }
    }
    // The next two tokens that are words (a number in between is skipped, not a stop).
    candidate.start()
    candidate.append(token)
    for next in (index + 1)..<min(tokens.count, index + 3) where tokens[next].kind == .word {
      candidate.append(byte: UInt8(ascii: " "))
      candidate.append(tokens[next])
      reportCandidate(report)
      if stopped { return }
    }
    if let month = vocabulary.pointee.months.lookup(token.hash) {
      candidate.start()
      candidate.append(month)
      reportCandidate(report)
    }
  }

  /// Customer mode: a weekday, a brand, a street, or a run of capitalised name words.
  mutating func customerWords(at index: Int, _ report: (SpecificsCandidate) -> Bool) {
    let token = tokens[index]
    if let weekday = vocabulary.pointee.weekdays.lookup(token.hash) {
      candidate.start()
      candidate.append(weekday)
      return reportCandidate(report)
    }
    if vocabulary.pointee.brands.contains(token.hash) { return self.report(token: token, report) }
    if street(endingAt: index) { return reportCandidate(report) }
    guard trustCapitals, token.capitalized, isName(token) else { return }
    // "Hi Yana", "thanks Phil": the name of the agent being addressed, not of the case.
    if index > 0, tokens[index - 1].kind == .word, vocabulary.pointee.addressWords.contains(tokens[index - 1].hash) {
      return
    }
    // A run of capitalised words ("San Jose", "Elm Street"); a lone one must not open a
    // sentence ("Please", "Yesterday").
    if index > 0 {
      let previous = tokens[index - 1]
      if previous.kind == .word, previous.capitalized, isName(previous) {
        return  // inside a run already reported
      }
    }
    var end = index + 1  // the run is tokens[index..<end]
    while end < tokens.count, end - index < 3, tokens[end].kind == .word,
      tokens[end].capitalized, !tokens[end].sentenceInitial, isName(tokens[end])
    {
      end += 1
    }
    let length = end - index
    if length == 1, token.sentenceInitial { return }
    // The provider's own name ("Virgin Media", "Comcast") is in every reply: not specific.
    for word in index..<end where SignalVocabulary.providers.contains(word: TextHash.word(text(tokens[word]))) {
      return
    }
    if length == 1, let month = vocabulary.pointee.months.lookup(token.hash) {
      candidate.start()
      candidate.append(month)
      return reportCandidate(report)
    }
    candidate.start()
    let last = tokens[end - 1]
    let canonical = length >= 2 ? vocabulary.pointee.streetTypes.lookup(TextHash.word(text(last))) : nil
    for word in index..<(canonical == nil ? end : end - 1) {
      if word > index { candidate.append(byte: UInt8(ascii: " ")) }
      candidate.append(tokens[word])
    }
    if let canonical {
      candidate.append(byte: UInt8(ascii: " "))
      candidate.append(canonical)
    }
    reportCandidate(report)
  }

  /// Writes "elm street" to `candidate` when the word at `index` is a street type after a
  /// name and a house number ("12 elm st") or after a capitalised name ("Elm Street").
  mutating func street(endingAt index: Int) -> Bool {
    guard index > 0, let canonical = vocabulary.pointee.streetTypes.lookup(tokens[index].hash) else {
      return false
    }
    let name = tokens[index - 1]
    guard name.kind == .word, !vocabulary.pointee.commonCapitalised.contains(name.hash),
      !vocabulary.pointee.streetTypes.contains(name.hash)
    else { return false }
    let numbered = index > 1 && tokens[index - 2].kind == .number
    guard numbered || (name.capitalized && trustCapitals) else { return false }
    candidate.start()
    candidate.append(name)
    candidate.append(byte: UInt8(ascii: " "))
    candidate.append(canonical)
    return true
  }

  /// Whether a capitalised word can be part of a name: not a common English word written
  /// with a capital ("Account Number", "To"), nor "I", "Thanks", a weekday or a device word.
  func isName(_ token: Token) -> Bool {
    !vocabulary.pointee.commonCapitalised.contains(token.hash) && !vocabulary.pointee.commonEnglish.contains(token.hash)
      && !vocabulary.pointee.weekdays.contains(token.hash) && !vocabulary.pointee.genericDevices.contains(token.hash)
  }

  /// Writes the time `token` as "h:mm" in 24-hour time to `candidate` when "am"/"pm" follows;
  /// returns false when the token is to be reported as it is.
  mutating func time(_ token: Token, meridiem: Token?) -> Bool {
    guard let meridiem, vocabulary.pointee.meridiem.contains(meridiem.hash) else { return false }
    let written = text(token)
    // As `text.split(separator: ":")`: empty pieces are dropped; exactly two must remain.
    var hourPiece = 0..<0
    var minutePiece = 0..<0
    var pieces = 0
    var pieceStart = 0
    for index in 0...written.count where index == written.count || written[index] == UInt8(ascii: ":") {
      if index > pieceStart {
        pieces += 1
        if pieces == 1 { hourPiece = pieceStart..<index } else { minutePiece = pieceStart..<index }
      }
      pieceStart = index + 1
    }
    guard pieces == 2, let hour = SpecificsScanner.integer(UnsafeBufferPointer(rebasing: written[hourPiece]))
    else { return false }
    writeTime(
      hour: hour, meridiem: meridiem, minutes: UnsafeBufferPointer(rebasing: written[minutePiece]),
      ascii: token.ascii)
    return true
  }

  /// Writes "h:mm" to `candidate`: `hour` moved to 24-hour time by the "am"/"pm" token
  /// `meridiem`, then `minutes` as written ("00" when nil).
  mutating func writeTime(
    hour: Int, meridiem: Token, minutes: UnsafeBufferPointer<UInt8>?, ascii: Bool = true
  ) {
    var hour = hour
    if meridiem.hash == vocabulary.pointee.pm, hour < 12 { hour += 12 }
    if meridiem.hash != vocabulary.pointee.pm, hour == 12 { hour = 0 }
    candidate.start()
    candidate.append(decimal: hour)
    candidate.append(byte: UInt8(ascii: ":"))
    if let minutes {
      candidate.append(minutes, ascii: ascii)
    } else {
      candidate.append(byte: UInt8(ascii: "0"))
      candidate.append(byte: UInt8(ascii: "0"))
    }
  }

}

/// A candidate specific as `SpecificsScanner.scan` reports it.
package struct SpecificsCandidate {
  /// The UTF-8 bytes, followed by at least `SpecificsScanner.slack` readable bytes.
  package let bytes: UnsafeBufferPointer<UInt8>
  /// Whether every byte is ASCII (known from the tokens, so lookups need not scan for it).
  package let isASCII: Bool
}

/// A scratch buffer in which `SpecificsWalk` assembles one candidate at a time.
///
/// The caller sizes the storage for the longest candidate plus `SpecificsScanner.slack`
/// zeroed bytes, so a reader may hash whole 8-byte words past the end.
private struct CandidateBuffer {
  let storage: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  /// Whether everything appended since `start()` is ASCII.
  private(set) var ascii = true
  /// Where the tokens' bytes are.
  let bytes: UnsafeBufferPointer<UInt8>

  init(_ storage: UnsafeMutablePointer<UInt8>, tokenBytes: UnsafeBufferPointer<UInt8>) {
    self.storage = storage
    bytes = tokenBytes
  }

  /// The bytes written since the last `start()`.
  var contents: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

  /// Begins a new candidate.
  mutating func start() {
    count = 0
    ascii = true
  }

  /// Appends an ASCII byte.
  mutating func append(byte: UInt8) {
    storage[count] = byte
    count += 1
  }

  /// Appends bytes; `ascii` tells whether they are all ASCII.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) {
    guard let source = bytes.baseAddress else { return }
    (storage + count).update(from: source, count: bytes.count)
    count += bytes.count
    if !ascii { self.ascii = false }
  }

  /// Appends a token's normalised bytes.
  mutating func append(_ token: SpecificsScanner.Token) {
    append(UnsafeBufferPointer(rebasing: bytes[token.start..<(token.start + token.count)]), ascii: token.ascii)
  }

  /// Appends a vocabulary word.
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { append($0, ascii: text.isASCII) }
  }

  /// Appends `value` in decimal, as `"\(value)"` spells it.
  mutating func append(decimal value: Int) {
    if value < 0 { append(byte: UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits = 0
    repeat {
      storage[count + digits] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
      digits += 1
    } while magnitude > 0
    // Written least significant first: reverse in place.
    var low = count
    var high = count + digits - 1
    while low < high {
      (storage[low], storage[high]) = (storage[high], storage[low])
      low += 1
      high -= 1
    }
    count += digits
  }
}
