/// Phrases in which the customer confirms the problem is fixed.
///
/// Every rule is voided by a negation or conditional just before it ("*not* working now",
/// "*if* that fixed it", "*was* working fine until…") and by being asked rather than said
/// ("is it working now?").
package enum ConfirmationRules {
  private static func confirming(_ steps: PhraseStep...) -> PhraseRule {
    var rule = PhraseRule(steps: steps)
    rule.rejectBefore = SignalVocabulary.voiding
    rule.rejectInQuestion = true
    return rule
  }

  private static let fixedWords = WordSet("fixed solved resolved sorted restored")

  /// The rules, tried in order; the earliest match in the text wins.
  package static let rules = PhraseRuleList([
    // "it works now", "working again", "works fine", "working perfectly now"
    confirming(
      PhraseStep(WordSet("works working")),
      PhraseStep(WordSet("now again fine great perfectly properly"))),
    // "that fixed it", "you solved it", "that did it", "that did the trick"
    confirming(PhraseStep(fixedWords.union(WordSet("did"))), PhraseStep(WordSet("it that"))),
    confirming(PhraseStep(WordSet("did")), PhraseStep(WordSet("the")), PhraseStep(WordSet("trick"))),
    // "it's fixed", "has been resolved", "now sorted"
    confirming(PhraseStep(WordSet("is been got now all")), PhraseStep(fixedWords)),
    // "that worked", "this helped"
    confirming(PhraseStep(WordSet("that this")), PhraseStep(WordSet("worked helped"))),
    // "back online", "back to normal", "back up and running", "up and running"
    confirming(PhraseStep(WordSet("back")), PhraseStep(WordSet("online working connected now"))),
    confirming(PhraseStep(WordSet("back")), PhraseStep(WordSet("to")), PhraseStep(WordSet("normal"))),
    confirming(PhraseStep(WordSet("up")), PhraseStep(WordSet("and")), PhraseStep(WordSet("running"))),
    // "internet is back", "it's back"
    confirming(
      PhraseStep(
        WordSet("internet service connection wifi it everything signal tv cable phone line broadband")),
      PhraseStep(WordSet("is")), PhraseStep(WordSet("back"))),
    // "all good", "all sorted", "all set"
    confirming(PhraseStep(WordSet("all")), PhraseStep(WordSet("good sorted set fixed working fine well"))),
    // "everything is fine", "everything seems to work"
    confirming(
      PhraseStep(WordSet("everything")),
      PhraseStep(
        WordSet("fine good working works ok okay great normal perfect"), gap: 2,
        fillers: WordSet("is seems looks to"))),
    // "problem solved", "issue is resolved", "the problem has gone"
    confirming(
      PhraseStep(WordSet("problem issue issues problems")),
      PhraseStep(fixedWords.union(WordSet("gone")), gap: 2, fillers: WordSet("is has been now"))),
    // "fine now", "much better now"
    confirming(
      PhraseStep(WordSet("fine good great ok okay normal better perfect")), PhraseStep(WordSet("now"))),
  ])
}
