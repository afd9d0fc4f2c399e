/// Short answers: a sentence that settles the customer's question in a few words ("that
/// option is not available", "we don't have any information on this yet", "this app is no
/// longer supported"). General support phrasing; a matching sentence is the agent's own
/// words, not a ritual, however few content words it has.
package enum AnswerRules {
  private static let availability = WordSet(
    "available possible supported offered included eligible compatible open running working live delayed cancelled")

  /// The rules.
  package static let rules = PhraseRuleList([
    // "that option is not available", "it's no longer supported"
    PhraseRule(PhraseStep(WordSet("not longer")), PhraseStep(availability, gap: 1, fillers: WordSet("yet currently"))),
    // "we don't have any information on this", "no news yet", "no ETA at the moment", "we
    // haven't made any announcement yet" (twcs-divya-gh/twcs_small.csv, AmazonHelp 1876745)
    PhraseRule(
      PhraseStep(WordSet("not no")),
      PhraseStep(WordSet("information info news update updates eta announcement details timeframe timeline date"), gap: 2,
        fillers: WordSet("have any further new an made released received heard got"))),
    // "that's not something we offer", "we don't offer that"
    PhraseRule(PhraseStep(WordSet("not")), PhraseStep(WordSet("something"), gap: 1), PhraseStep(WordSet("we"))),
    PhraseRule(PhraseStep(WordSet("not")), PhraseStep(WordSet("offer sell stock ship deliver provide carry support"))),
    // "yes, the offer applies in store too", "no, …" opening the sentence
    PhraseRule(PhraseStep(WordSet("yes yep yeah correct"))),
    // "We sure do, Danielle!" to "do you do group flight bookings?" (bench/quality
    // SouthwestAir 7564)
    PhraseRule(
      PhraseStep(WordSet("we i it they")), PhraseStep(WordSet("sure certainly definitely absolutely")),
      PhraseStep(WordSet("do does can are is have will did"))),
    // "there's no way to filter or search that way" (bench/quality SpotifyCares 866)
    PhraseRule(PhraseStep(WordSet("no")), PhraseStep(WordSet("way")), PhraseStep(WordSet("to"))),
  ])
}
