/// Everything one customer turn says to the outcome and churn rules, from one tokenisation.
struct CustomerTurnReading {
  /// The words saying the problem persists ("still not working"), as written.
  var persistence: String?
  /// The words confirming a fix ("that worked"), as written.
  var confirmation: String?
  /// The words announcing the customer will leave, as written.
  var churnIntent: String?
  /// Whether the persistence phrase comes after the confirmation ("works now… but still slow").
  var persistsAfterConfirming = false
  /// Only courtesy or acknowledgement: "ok thanks", "DM sent", "will do".
  var courtesyOnly = false
  /// A question, a complaint or a request: something an agent has to answer.
  var raisesSomething = false
  /// Praise or thanks with nothing else to resolve: "love this, thank you!".
  var praises = false
  /// The customer asks how to reach the company: "who can I contact?", "do you have a chat?".
  var asksForChannel = false

  /// Reads one customer turn.
  init(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
      let tokens = SignalTokenizer.tokens(of: buffer)
      guard !tokens.isEmpty else { return }
      tokens.withUnsafeBufferPointer { tokens in read(buffer, tokens) }
    }
  }

  private mutating func read(_ text: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<SignalToken>) {
    func phrase(_ range: ClosedRange<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: text[tokens[range.lowerBound].start..<tokens[range.upperBound].end]), as: UTF8.self)
    }
    let persisting = PersistenceRules.rules.firstMatch(in: tokens)
    let confirming = ConfirmationRules.rules.firstMatch(in: tokens)
    persistence = persisting.map(phrase)
    confirmation = confirming.map(phrase)
    churnIntent = ChurnRules.rules.firstMatch(in: tokens).map(phrase)
    if let persisting, let confirming { persistsAfterConfirming = persisting.lowerBound > confirming.lowerBound }
    asksForChannel = ChannelRequestRules.rules.firstMatch(in: tokens) != nil
    let courtesy = ConversationVocabulary.courtesy, problems = ConversationVocabulary.problemWords
    let praise = ConversationVocabulary.praiseWords, acknowledgements = ConversationVocabulary.acknowledgements
    var courteous = 0
    var words = 0
    var question = false
    var problem = false
    var praised = false
    for token in tokens {
      if token.inQuestion { question = true }
      guard token.kind == .word else { continue }
      words += 1
      if courtesy.contains(word: token.hash) { courteous += 1 }
      if problems.contains(word: token.hash) { problem = true }
      if praise.contains(word: token.hash) { praised = true }
    }
    // "ok thanks", or an acknowledgement opening a remark that raises nothing ("Sure, I'll
    // do that now", "Yes I can. I will update you!").
    let opensWithAcknowledgement = tokens.first.map { $0.kind == .word && acknowledgements.contains(word: $0.hash) } ?? false
    courtesyOnly = (words > 0 && words <= 12 && courteous == words)
      || (opensWithAcknowledgement && words <= 12 && !question && !problem && persistence == nil)
    raisesSomething = question || problem || persistence != nil || churnIntent != nil
    praises = praised && !raisesSomething
  }
}
