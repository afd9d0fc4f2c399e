/// Phrases showing the customer's problem persists or that the customer is not satisfied.
///
/// Deliberately past-tense or comparative ("didn't work", "still", "again", "third time"):
/// a first description of the problem ("my internet is not working") is not persistence.
package enum PersistenceRules {
  private static let problem = WordSet(
    """
    not no nothing down out broken slow same issue issues problem problems waiting without \
    unable offline dropping drops dropped disconnecting disconnected disconnects lagging \
    buffering error errors failing cutting losing happening off dead unresolved having
    """)
  private static let callVerbs = WordSet(
    """
    call called calling calls contacted contact contacting phoned phone rang ring messaged \
    message tweeted dm dmed chatted spoke spoken talked reached emailed
    """)
  private static let manyTimes = WordSet(
    "multiple several many numerous countless dozens few", numbersFrom: 2)
  private static let remedies = WordSet(
    "help helped helping fix fixed solve solved resolve resolved change changed")
  private static let softFillers = WordSet("really seem seems even to actually still at all")

  /// The rules, tried in order; the earliest match in the text wins.
  package static let rules = PhraseRuleList([
    // "still not working", "still no internet", "still having the same problem"
    PhraseRule(PhraseStep(WordSet("still")), PhraseStep(problem, gap: 2)),
    // "didn't work", "did not help", "didn't really fix it", "didn't do anything"
    PhraseRule(
      PhraseStep(WordSet("did")), PhraseStep(WordSet("not")),
      PhraseStep(WordSet("work works worked anything").union(remedies), gap: 2, fillers: softFillers)),
    // "that does not help", "doesn't seem to fix"
    PhraseRule(
      PhraseStep(WordSet("does do")), PhraseStep(WordSet("not")),
      PhraseStep(remedies, gap: 3, fillers: softFillers)),
    // "that isn't working", "this is not helpful"
    PhraseRule(
      PhraseStep(WordSet("that this which")), PhraseStep(WordSet("does do did is was has")),
      PhraseStep(WordSet("not")),
      PhraseStep(WordSet("work working helpful helping help"), gap: 1, fillers: softFillers)),
    // "rebooting isn't helping" (but not "is not working": that describes the problem)
    PhraseRule(
      PhraseStep(WordSet("is are was were")), PhraseStep(WordSet("not")),
      PhraseStep(WordSet("helping helpful"), gap: 1, fillers: softFillers)),
    // "hasn't been fixed", "not resolved yet", "haven't been sorted"
    PhraseRule(
      PhraseStep(WordSet("not")),
      PhraseStep(
        WordSet("fixed solved resolved restored sorted repaired improved changed"), gap: 2,
        fillers: WordSet("been yet even ever fully really properly actually"))),
    PhraseRule(PhraseStep(WordSet("unresolved unsolved unacceptable"))),
    // "not happy", "not satisfied"
    PhraseRule(PhraseStep(WordSet("not")), PhraseStep(WordSet("satisfied happy acceptable"))),
    // "same problem", "the same issue again"
    PhraseRule(
      PhraseStep(WordSet("same")),
      PhraseStep(
        WordSet("problem problems issue issues thing error errors outage story fault"), gap: 1)),
    // "nothing has changed", "nothing helped"
    PhraseRule(
      PhraseStep(WordSet("nothing")),
      PhraseStep(
        WordSet("changed changes happened improved works worked helped helps fixed different better"),
        gap: 1, fillers: WordSet("has have is was"))),
    // "no change", "no difference", "no luck"
    PhraseRule(
      PhraseStep(WordSet("no")),
      PhraseStep(WordSet("change changes difference improvement better luck"))),
    // "called three times", "contacted you guys multiple times", "called twice"
    PhraseRule(
      PhraseStep(callVerbs), PhraseStep(manyTimes, gap: 4), PhraseStep(WordSet("times time"))),
    PhraseRule(PhraseStep(callVerbs), PhraseStep(WordSet("twice again repeatedly"), gap: 3)),
    // "third time I call", "3rd time", "second call"
    PhraseRule(
      PhraseStep(WordSet("", ordinalsFrom: 2)),
      PhraseStep(WordSet("time call attempt day week visit"))),
    // "how many times do I have to…"
    PhraseRule(
      PhraseStep(WordSet("how")), PhraseStep(WordSet("many")),
      PhraseStep(WordSet("times"), gap: 1, fillers: WordSet("more"))),
    // "I've been waiting / calling / trying"
    PhraseRule(
      PhraseStep(WordSet("been")),
      PhraseStep(WordSet("calling trying waiting complaining dealing chasing"))),
    // "down again", "it's happening again", "dropped out again"
    PhraseRule(
      PhraseStep(
        WordSet(
          "down out dropping dropped disconnected disconnecting happening broken broke offline stopped failing failed lost slow"
        )),
      PhraseStep(WordSet("again"), gap: 2, fillers: WordSet("out all it is off"))),
    // "keeps dropping", "keeps on disconnecting"
    PhraseRule(
      PhraseStep(WordSet("keeps keep keeping kept")),
      PhraseStep(
        WordSet(
          "dropping disconnecting happening losing going cutting crashing failing rebooting restarting buffering freezing dying"
        ), gap: 1, fillers: WordSet("on"))),
    // "I want a supervisor", "let me speak to your manager"
    PhraseRule(
      PhraseStep(WordSet("want need speak talk get give transfer put connect escalate like")),
      PhraseStep(WordSet("supervisor supervisors manager managers superior senior"), gap: 4)),
    PhraseRule(PhraseStep(WordSet("escalate escalated escalating escalation"))),
  ])
}
