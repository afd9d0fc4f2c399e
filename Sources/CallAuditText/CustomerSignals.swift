/// What the customer's own words say.
///
/// Each function runs a small ordered list of proximity rules (`PersistenceRules`,
/// `ConfirmationRules`, `ChurnRules`) over the text's tokens: case-folded, contractions
/// expanded ("don't", "doesn't", "isn't", "can't", typed with straight or curly apostrophes,
/// or without one: "dont"), numbers and number words valued. The earliest match in the text
/// wins and is returned as written. English only.
public enum CustomerSignals {
  /// The phrase showing the problem persists / the customer is not satisfied ("still not working", "still no internet", "third time I call", "called three times", "that does not help", "didn't work", "same problem", "nothing has changed", "I want a supervisor"/"manager"...), or nil. Tolerate case, contractions (don't/do not/doesn't/isn't), curly apostrophes.
  public static func persistence(in text: String) -> String? {
    firstPhrase(of: PersistenceRules.rules, in: text)
  }

  /// The customer confirms a fix ("it works now", "that fixed it", "back online", "thanks, all good"), so a later persistence phrase is needed to call it unresolved. Return the phrase or nil.
  ///
  /// Negated, conditional or questioned forms do not count ("not working now", "if that fixed
  /// it", "is it back online?").
  public static func confirmation(in text: String) -> String? {
    firstPhrase(of: ConfirmationRules.rules, in: text)
  }

  /// Churn intent with proximity rules: cancel/terminate/close + (service|contract|account|subscription|internet|line) within a few words; "switch(ing) to <provider>/another provider", "leaving you", "port my number", "change provider"... but NOT "cancel that appointment", "cancel the technician visit", "switch the router off", "leave it on". Return the phrase or nil.
  public static func churnIntent(in text: String) -> String? {
    firstPhrase(of: ChurnRules.rules, in: text)
  }

  /// All three readings of one customer turn, tokenising it once.
  public static func read(_ text: String) -> (persistence: String?, confirmation: String?, churnIntent: String?) {
    withUTF8(of: text) { bytes in
      let tokens = SignalTokenizer.tokens(of: bytes)
      guard !tokens.isEmpty else { return (nil, nil, nil) }
      return tokens.withUnsafeBufferPointer { tokens in
        (
          firstPhrase(of: PersistenceRules.rules, in: bytes, tokens: tokens),
          firstPhrase(of: ConfirmationRules.rules, in: bytes, tokens: tokens),
          firstPhrase(of: ChurnRules.rules, in: bytes, tokens: tokens)
        )
      }
    }
  }

  /// The earliest (then first-listed) rule match, as the text spells it.
  package static func firstPhrase(of rules: PhraseRuleList, in text: String) -> String? {
    withUTF8(of: text) { bytes in
      SignalTokenizer.tokens(of: bytes).withUnsafeBufferPointer { tokens in
        firstPhrase(of: rules, in: bytes, tokens: tokens)
      }
    }
  }

  /// The earliest rule match among the already tokenised UTF-8 `text`.
  private static func firstPhrase(
    of rules: PhraseRuleList, in text: UnsafeBufferPointer<UInt8>,
    tokens: UnsafeBufferPointer<SignalToken>
  ) -> String? {
    guard let best = rules.firstMatch(in: tokens) else { return nil }
    let phrase = text[tokens[best.lowerBound].start..<tokens[best.upperBound].end]
    return String(decoding: UnsafeBufferPointer(rebasing: phrase), as: UTF8.self)
  }

  /// Calls `body` with the UTF-8 bytes of `text`, copying only if they are not contiguous.
  private static func withUTF8<Result>(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }
}
