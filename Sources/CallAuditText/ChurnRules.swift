/// Phrases stating the intention to leave: cancelling the service, switching providers,
/// porting the number out.
///
/// Proximity keeps them precise: "cancel" counts only near a service word ("cancel my
/// internet"), or after an intention with no other object ("I'm going to cancel"), never
/// near an appointment, a visit or an order; "switch" counts only toward a provider, so
/// "switch the router off" is not churn. A negated intention ("I don't want to cancel")
/// voids every rule.
package enum ChurnRules {
  private static let cancelVerbs = WordSet(
    """
    cancel cancelling canceling cancelled canceled cancellation terminate terminating \
    termination close closing discontinue discontinuing ending
    """)
  private static let serviceNouns = WordSet(
    """
    service services contract account subscription internet line plan broadband membership \
    cable tv phone package bundle wifi fios everything premium prime
    """)
  private static let notChurnObjects = WordSet(
    """
    appointment appointments visit technician tech engineer order orders booking bookings callback call \
    payment autopay ticket request upgrade installation install check repair ride rides trip trips journey \
    reservation reservations flight flights delivery deliveries purchase purchases preorder transaction \
    transactions driver credit fee fees charge charges refund
    """)
  private static let moveVerbs = WordSet(
    """
    switch switching switched change changing jump jumping port porting leave leaving
    """)
  /// Verbs of motion that reach a provider only through "to": "moving to T-Mobile", never
  /// "BAD MOVE Verizon" or "hbo go comcast" (telecom-tweets-2015-jlh313, comcast-fcc-complaints).
  private static let towardVerbs = WordSet("go going move moving moved head heading")
  private static let providerNouns = WordSet(
    "provider providers company companies carrier carriers isp isps network operator supplier competitor competitors")

  /// What a provider closes that is not the customer's service: "closing service centers".
  private static let places = WordSet("center centers centre centres store stores office offices station stations")
  /// Any @handle: "I'm switching to @DIRECTV".
  private static let handle = WordSet(words: [], kinds: [.mention])

  /// Words that make a leaving phrase hypothetical ("*if* I cancel I pay $5") when just before it.
  private static let conditionals = WordSet("if unless whether when once")
  /// "back": toward the provider, a customer coming back ("port back", "switch back to you").
  private static let returning = WordSet("back")
  /// Intentions: "thinking of", "about to", "ready to".
  private static let intentions = WordSet(
    """
    thinking considering contemplating planning going gonna about ready want decided deciding debating \
    seriously probably definitely time need gotta have
    """)
  /// Verbs of a step tried to fix a problem: "tried deleting the app" is not leaving.
  private static let tryingVerbs = WordSet("tried try trying tries")
  /// Leaving verbs with no object needed.
  private static let leavingVerbs = WordSet(
    """
    leave leaving switch switching cancel cancelling canceling end ending drop dropping quit quitting port \
    porting ditch ditching dump dumping
    """)

  private static func churn(
    _ steps: PhraseStep..., rejectWithin: WordSet? = nil, rejectAfter: WordSet? = nil, rejectBefore: WordSet? = nil
  ) -> PhraseRule {
    var rule = PhraseRule(steps: steps)
    rule.rejectNegatedIntent = true
    rule.rejectWithin = rejectWithin
    rule.rejectAfter = rejectAfter
    rule.rejectBefore = rejectBefore ?? conditionals
    rule.before = 2
    return rule
  }

  /// The rules, tried in order; the earliest match in the text wins.
  package static let rules = PhraseRuleList([
    // "cancel my internet", "close my account", "terminate the contract"
    churn(
      PhraseStep(cancelVerbs), PhraseStep(serviceNouns, gap: 3), rejectWithin: notChurnObjects,
      rejectAfter: places),
    // "disconnect my service"
    churn(
      PhraseStep(WordSet("disconnect")),
      PhraseStep(WordSet("service services account contract subscription"), gap: 2)),
    // "I'm going to cancel", "I want to cancel" (no object, or none that is not the service)
    churn(
      PhraseStep(
        WordSet("going gonna want will wanna ready about like need planning plan thinking considering decided am are")),
      PhraseStep(
        WordSet("cancel cancelling canceling terminate"), gap: 2,
        fillers: WordSet("to i just probably definitely seriously")),
      rejectAfter: notChurnObjects.union(WordSet("it that this the a an my your order"))),
    // "switching to Verizon", "leaving for Comcast", "port my number to T-Mobile" (not "port
    // back", "switch back": a customer coming back)
    churn(
      PhraseStep(moveVerbs),
      PhraseStep(
        SignalVocabulary.providers, gap: 3,
        fillers: WordSet("over to up with for my our service services business internet account number")),
      rejectWithin: returning),
    churn(
      PhraseStep(towardVerbs), PhraseStep(WordSet("to"), gap: 1, fillers: WordSet("over")),
      PhraseStep(SignalVocabulary.providers, gap: 2, fillers: WordSet("my our service services business internet"))),
    // "I'm switching to @DIRECTV", "later! I'm moving to @TMobile" (telecom-tweets-2015-jlh313):
    // a handle as the target, only for a move under way ("switched to @TMobile 14 days ago",
    // "since switching to @comcast in July" are customers arriving)
    churn(
      PhraseStep(WordSet("switching moving porting jumping")), PhraseStep(WordSet("to"), gap: 1, fillers: WordSet("over")),
      PhraseStep(handle), rejectBefore: conditionals.union(WordSet("since after"))),
    // "dropping Comcast on Monday", "another reason to ditch Verizon"
    churn(
      PhraseStep(WordSet("drop dropping ditch ditching dump dumping quit quitting")),
      PhraseStep(SignalVocabulary.providers, gap: 1, fillers: WordSet("my our the"))),
    // "Now it's gone & I'm switching", "I'm switching services" (telecom-tweets-2015-jlh313)
    {
      // The object follows at once ("switching phones", "cancelling the order"); a word further
      // on ("cancelling tomorrow before the $40 is added") is not it. "I'm switching to X" is left
      // to the rules that name the target, so the evidence quotes it.
      var rule = churn(
        PhraseStep(WordSet("am are")),
        PhraseStep(
          WordSet("switching cancelling canceling quitting porting"), gap: 1,
          fillers: WordSet("just definitely officially finally seriously")),
        rejectAfter: notChurnObjects.union(
          WordSet(
            "it that this the a an my our your order back over off on up to from phone phones plan plans device devices sim card"
          )))
      rule.after = 2
      return rule
    }(),
    // "I'm leaving for good"
    churn(PhraseStep(WordSet("leave leaving")), PhraseStep(WordSet("for")), PhraseStep(WordSet("good"))),
    // "enough to push me to another company"
    churn(
      PhraseStep(WordSet("push pushed pushing drive drove driving")), PhraseStep(WordSet("me us")),
      PhraseStep(WordSet("to")), PhraseStep(WordSet("another different other new competitor"), gap: 1, fillers: WordSet("a")),
      PhraseStep(providerNouns, gap: 2, fillers: WordSet("internet broadband cable phone wireless cell mobile"))),
    // "switching to Proseware Telecom": a provider not in the vocabulary, recognised by the
    // company-like word that ends its name. Product words (fibre, broadband, mobile) are left
    // out, since "switching to fibre" may be an upgrade with the same provider.
    churn(
      PhraseStep(WordSet("switch switching switched go going move moving port porting")),
      PhraseStep(WordSet("to"), gap: 1, fillers: WordSet("over across")),
      PhraseStep(WordSet("telecom telecoms telekom networks communications comms telco telcos isp"), gap: 2)),
    // "switch to another provider", "go with a different company"
    churn(
      PhraseStep(moveVerbs.union(towardVerbs)),
      PhraseStep(
        WordSet("another different other new better cheaper competitor competitors competing"), gap: 3,
        fillers: WordSet("over to up with for a my our service business internet")),
      PhraseStep(providerNouns, gap: 2, fillers: WordSet("internet broadband cable phone wireless cell mobile"))),
    // "change provider", "switching carriers"
    churn(
      PhraseStep(WordSet("change changing switch switching swap swapping")),
      PhraseStep(providerNouns, gap: 1, fillers: WordSet("my our the internet broadband phone cable"))),
    // "leaving you", "leave your company"
    churn(PhraseStep(WordSet("leave leaving")), PhraseStep(WordSet("you"))),
    churn(
      PhraseStep(WordSet("leave leaving")),
      PhraseStep(WordSet("company service network provider"), gap: 1, fillers: WordSet("your this"))),
    // "port my number", "porting out", "PAC code"
    churn(
      PhraseStep(WordSet("port porting")),
      PhraseStep(WordSet("number numbers out"), gap: 1, fillers: WordSet("my our the")), rejectWithin: returning),
    churn(PhraseStep(WordSet("pac stac")), PhraseStep(WordSet("code"))),
    // "take my business elsewhere"
    churn(
      PhraseStep(WordSet("business money")),
      PhraseStep(WordSet("elsewhere"), gap: 1, fillers: WordSet("somewhere"))),
    // "looking for a new provider"
    // ("Home Shopping Network" is not: "looking" and "shopping" need "for" or "around")
    churn(
      PhraseStep(WordSet("looking shopping search searching shop")), PhraseStep(WordSet("for around")),
      PhraseStep(
        providerNouns, gap: 4,
        fillers: WordSet(
          "for a an another new different other better cheaper internet broadband around elsewhere cable and phone tv wireless mobile"))),
    churn(
      PhraseStep(WordSet("find finding")),
      PhraseStep(
        providerNouns, gap: 3,
        fillers: WordSet("a an another new different other better cheaper internet broadband cable phone tv wireless mobile"))),
    // "I'm done with you", "done with Comcast"
    churn(
      PhraseStep(WordSet("done")), PhraseStep(WordSet("with")),
      PhraseStep(
        SignalVocabulary.providers.union(WordSet("you company")), gap: 1,
        fillers: WordSet("your this"))),
    // "I want out of my contract"
    churn(
      PhraseStep(WordSet("out")), PhraseStep(WordSet("of")),
      PhraseStep(WordSet("contract"), gap: 1, fillers: WordSet("my this the"))),
    // "thinking of leaving", "contemplating ending my service", "about to switch": an intention
    // to leave needs no object, unless the object is not the service ("ending the call")
    churn(
      PhraseStep(intentions), PhraseStep(leavingVerbs, gap: 2, fillers: WordSet("of to about on i just really")),
      rejectAfter: notChurnObjects.union(
        WordSet(
          "call chat conversation it that this up over off on plan plans phone phones device devices sim card back my our the a an your")),
      rejectBefore: conditionals.union(SignalVocabulary.not).union(SignalVocabulary.never)),
    // "#neveragain", "never ordering again", "not going back ever again", "never coming back"
    churn(PhraseStep(WordSet("neveragain"))),
    churn(
      PhraseStep(WordSet("never")),
      PhraseStep(
        WordSet(
          "using use ordering order buying buy flying fly shopping shop booking book staying stay coming come going go returning return renting rent eating"),
        gap: 1),
      PhraseStep(WordSet("again back"), gap: 4)),
    churn(PhraseStep(WordSet("not")), PhraseStep(WordSet("going coming")), PhraseStep(WordSet("back"), gap: 0), PhraseStep(WordSet("ever again"), gap: 2)),
    // "leaving after 10 years", "left after a decade with you"
    churn(
      PhraseStep(WordSet("leave leaving left")),
      PhraseStep(WordSet("after"), gap: 2), PhraseStep(WordSet("years yrs decade decades"), gap: 2)),
    // "the last time I fly with you"
    churn(
      PhraseStep(WordSet("last")), PhraseStep(WordSet("time")), PhraseStep(WordSet("i we")),
      PhraseStep(WordSet("use fly order shop buy book stay eat ride travel"), gap: 1)),
    // "delete my account", "request to delete my account", "deleted the app" (not a step
    // tried to fix it: "Tried deleting app and restoring", bench/quality sainsburys 4643)
    churn(
      PhraseStep(WordSet("delete deleting deleted remove removing removed uninstall uninstalled uninstalling")),
      PhraseStep(WordSet("account accounts profile app membership subscription"), gap: 3),
      rejectBefore: conditionals.union(tryingVerbs)),
    // "will probably be getting rid of my membership" (bench/quality AdobeCare 253)
    churn(
      PhraseStep(WordSet("get getting got")), PhraseStep(WordSet("rid")), PhraseStep(WordSet("of")),
      PhraseStep(serviceNouns, gap: 2, fillers: WordSet("my our the this your")), rejectWithin: notChurnObjects),
    // "you've lost me as a customer", "lost our business", "Lost this military customer"
    // (bench/quality HPSupport 3441); not "lost the customer service number"
    churn(
      PhraseStep(WordSet("lost losing")),
      PhraseStep(WordSet("customer customers business"), gap: 4, fillers: WordSet("me us a as another one two my our your this loyal long time military")),
      rejectAfter: WordSet("service services care support number")),
    // "NEVER order from @Store online", "never fly with them": a warning to others
    // (bench/quality 6442)
    churn(
      PhraseStep(WordSet("never")),
      PhraseStep(WordSet("order buy shop fly book use rent stay eat"), gap: 1, fillers: WordSet("ever again")),
      PhraseStep(WordSet("from with at"), gap: 1),
      PhraseStep(SignalVocabulary.providers.union(handle).union(WordSet("them you this these")), gap: 1, fillers: WordSet("the"))),
    // "wish I'd used @Other", "I wish I had not opted eBay" (bench/quality British_Airways 3981,
    // AskeBay 1525): regret of the choice
    churn(
      PhraseStep(WordSet("wish")), PhraseStep(WordSet("i we"), gap: 0),
      PhraseStep(WordSet("used chosen choose picked gone opted booked flown stayed"), gap: 2,
        fillers: WordSet("had would have not never just"))),
    // "shopping somewhere else", "taking my business elsewhere", "go elsewhere"
    churn(
      PhraseStep(WordSet("shop shopping go going take taking went look looking")),
      PhraseStep(WordSet("elsewhere"), gap: 3, fillers: WordSet("my our business money somewhere")),
      rejectAfter: WordSet("for")),
    churn(
      PhraseStep(WordSet("shop shopping go going")), PhraseStep(WordSet("somewhere")), PhraseStep(WordSet("else"))),
  ])
}
