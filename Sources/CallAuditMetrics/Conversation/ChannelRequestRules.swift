import CallAuditText

/// Phrases in which the customer asks how to reach the company: "who can I contact?", "is
/// there a number I can call?", "do you have a live chat?". A reply that names the channel
/// answers the question; it is not a deflection (docs/metrics.md, "Scripted").
package enum ChannelRequestRules {
  private static let reachVerbs = WordSet("contact call ring phone email reach speak talk chat complain write message")
  private static let channels = WordSet("number phone email address chat helpline hotline line contact")

  /// The rules, tried in order.
  package static let rules = PhraseRuleList([
    // "who can I contact?", "how do I reach you", "where can I complain"
    PhraseRule(PhraseStep(WordSet("who whom how where")), PhraseStep(reachVerbs, gap: 4)),
    // "is there a number I can call", "do you have a chat", "what is the phone number"
    PhraseRule(PhraseStep(WordSet("is are do does what whats")), PhraseStep(channels, gap: 4)),
    // "any number I can call?", "any email to contact you": "any" asks for a channel only with
    // a way to reach after it; "I didn't receive any email" asks for none
    // (twcs-monalisapatra26/twcs.csv:3548).
    PhraseRule(PhraseStep(WordSet("any")), PhraseStep(channels, gap: 2), PhraseStep(reachVerbs, gap: 3)),
    // "can I get a number to call"
    PhraseRule(PhraseStep(WordSet("number email address")), PhraseStep(WordSet("to for"), gap: 1), PhraseStep(reachVerbs, gap: 2)),
  ])
}
