import CallAuditText

/// Everything one customer turn says to the outcome and churn rules, from one tokenisation.
package struct CustomerTurnReading {
  /// The words saying the problem persists ("still not working"), as written.
  package var persistence: String?
  /// The words confirming a fix ("that worked"), as written.
  package var confirmation: String?
  /// The words announcing the customer will leave, as written.
  package var churnIntent: String?
  /// Whether the persistence phrase comes after the confirmation ("works now… but still slow").
  package var persistsAfterConfirming = false
  /// Only courtesy or acknowledgement: "ok thanks", "DM sent", "will do".
  package var courtesyOnly = false
  /// A question, a complaint or a request: something an agent has to answer.
  package var raisesSomething = false
  /// Praise or thanks with nothing else to resolve: "love this, thank you!".
  package var praises = false
  /// The customer asks how to reach the company: "who can I contact?", "do you have a chat?".
  package var asksForChannel = false

  /// The size of the pieces a long turn is read in (``TextPieces``).
  package static var pieceBytes: Int { TextPieces.pieceBytes }

  /// Where a phrase was found: the piece, then the token in it.
  private typealias Place = (piece: Int, token: Int)

  /// Reads one customer turn.
  package init(_ text: String) {
    var noSpecifics: SpecificsScanner?
    var tokens: [SignalToken] = []
    self.init(text, specifics: &noSpecifics, tokens: &tokens)
  }

  /// Reads one customer turn and, when `specifics` is a scanner, adds the turn's lexemes to
  /// it from the same pass (see ``TranscriptSignals``); `tokens` is scratch space reused
  /// across turns.
  package init(_ text: String, specifics: inout SpecificsScanner?, tokens: inout [SignalToken]) {
    var text = text
    var tally = Tally()
    // Read in pieces (``TextPieces``), so a turn of any length costs a bounded token array.
    text.withUTF8 { buffer in
      TextPieces.forEach(in: buffer) { slice, piece in
        SignalTokenizer.tokens(of: slice, specifics: &specifics, into: &tokens)
        guard !tokens.isEmpty else { return }
        tokens.withUnsafeBufferPointer { tokens in read(slice, tokens, piece: piece, into: &tally) }
      }
    }
    if let persisting = tally.persisting, let confirming = tally.confirming {
      persistsAfterConfirming = persisting > confirming
    }
    // "ok thanks", or an acknowledgement opening a remark that raises nothing ("Sure, I'll
    // do that now", "Yes I can. I will update you!").
    courtesyOnly = (tally.words > 0 && tally.words <= 12 && tally.courteous == tally.words)
      || (tally.opensWithAcknowledgement == true && tally.words <= 12 && !tally.question && !tally.problem
        && persistence == nil)
    raisesSomething = tally.question || tally.problem || persistence != nil || churnIntent != nil
    praises = tally.praised && !raisesSomething
  }

  /// What the pieces of one turn add up to.
  private struct Tally {
    var persisting: Place?
    var confirming: Place?
    var opensWithAcknowledgement: Bool?
    var courteous = 0
    var words = 0
    var question = false
    var problem = false
    var praised = false
  }

  private mutating func read(
    _ text: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<SignalToken>, piece: Int,
    into tally: inout Tally
  ) {
    func phrase(_ range: ClosedRange<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: text[tokens[range.lowerBound].start..<tokens[range.upperBound].end]), as: UTF8.self)
    }
    // The earliest match in the turn wins: a later piece only fills what earlier ones did not.
    var seeking: CustomerWords.Flags = []
    if persistence == nil { seeking.insert(.opensPersistence) }
    if confirmation == nil { seeking.insert(.opensConfirmation) }
    if churnIntent == nil { seeking.insert(.opensChurn) }
    if !asksForChannel { seeking.insert(.opensChannelRequest) }
    let anyToken = CustomerWords.openingOnAnyToken
    let commonWords = CommonEnglishWords.Cache.forThisThread
    let persistenceRules = PersistenceRules.rules, confirmationRules = ConfirmationRules.rules
    let churnRules = ChurnRules.rules, channelRequestRules = ChannelRequestRules.rules
    // One pass, one probe per token (``CustomerWords``): each list is tried only where one
    // of its rules may start, in token order, so the first match found is its earliest.
    for start in tokens.indices {
      let token = tokens[start]
      let flags = CustomerWords.flags(of: token)
      let trying = seeking.intersection(flags.union(anyToken))
      if !trying.isEmpty {
        if trying.contains(.opensPersistence), let persisting = persistenceRules.match(at: start, in: tokens) {
          persistence = phrase(persisting)
          tally.persisting = (piece, persisting.lowerBound)
          seeking.remove(.opensPersistence)
        }
        if trying.contains(.opensConfirmation), let confirming = confirmationRules.match(at: start, in: tokens) {
          confirmation = phrase(confirming)
          tally.confirming = (piece, confirming.lowerBound)
          seeking.remove(.opensConfirmation)
        }
        if trying.contains(.opensChurn), let leaving = churnRules.match(at: start, in: tokens) {
          churnIntent = phrase(leaving)
          seeking.remove(.opensChurn)
        }
        if trying.contains(.opensChannelRequest), channelRequestRules.match(at: start, in: tokens) != nil {
          asksForChannel = true
          seeking.remove(.opensChannelRequest)
        }
      }
      if start == 0, tally.opensWithAcknowledgement == nil {
        tally.opensWithAcknowledgement = token.kind == .word && flags.contains(.acknowledgement)
      }
      if token.inQuestion { tally.question = true }
      guard token.kind == .word else { continue }
      tally.words += 1
      // A name ("Night Joel", twcs-monalisapatra26 contact 3116) is neither courtesy nor a problem.
      if flags.contains(.courtesy) || (token.capitalized && !commonWords.contains(token.hash)) {
        tally.courteous += 1
      }
      if flags.contains(.problem) { tally.problem = true }
      if flags.contains(.praise) { tally.praised = true }
    }
  }
}
