/// Phrases stating the intention to leave: cancelling the service, switching providers,
/// porting the number out.
///
/// Proximity keeps them precise: "cancel" counts only near a service word ("cancel my
/// internet"), or after an intention with no other object ("I'm going to cancel"), never
/// near an appointment, a visit or an order; "switch" counts only toward a provider, so
/// "switch the router off" is not churn. A negated intention ("I don't want to cancel")
/// voids every rule.
enum ChurnRules {
  private static let cancelVerbs = WordSet(
    """
    cancel cancelling canceling cancelled canceled cancellation terminate terminating \
    termination close closing discontinue discontinuing
    """)
  private static let serviceNouns = WordSet(
    """
    service services contract account subscription internet line plan broadband membership \
    cable tv phone package bundle wifi fios everything
    """)
  private static let notChurnObjects = WordSet(
    """
    appointment appointments visit technician tech engineer order booking callback call payment \
    autopay ticket request upgrade installation install check repair
    """)
  private static let moveVerbs = WordSet(
    """
    switch switching switched move moving moved go going change changing jump jumping port \
    porting leave leaving sign signing signed head heading
    """)
  private static let providerNouns = WordSet(
    "provider providers company companies carrier carriers isp isps network operator supplier competitor competitors")

  private static func churn(
    _ steps: PhraseStep..., rejectWithin: WordSet? = nil, rejectAfter: WordSet? = nil
  ) -> PhraseRule {
    var rule = PhraseRule(steps: steps)
    rule.rejectNegatedIntent = true
    rule.rejectWithin = rejectWithin
    rule.rejectAfter = rejectAfter
    return rule
  }

  /// The rules, tried in order; the earliest match in the text wins.
  static let rules = PhraseRuleList([
    // "cancel my internet", "close my account", "terminate the contract"
    churn(
      PhraseStep(cancelVerbs), PhraseStep(serviceNouns, gap: 3), rejectWithin: notChurnObjects),
    // "disconnect my service"
    churn(
      PhraseStep(WordSet("disconnect")),
      PhraseStep(WordSet("service services account contract subscription"), gap: 2)),
    // "I'm going to cancel", "I want to cancel" (no object, or none that is not the service)
    churn(
      PhraseStep(
        WordSet("going gonna want will wanna ready about like need planning plan thinking considering decided")),
      PhraseStep(
        WordSet("cancel cancelling canceling terminate"), gap: 2,
        fillers: WordSet("to i just probably definitely seriously")),
      rejectAfter: notChurnObjects.union(WordSet("it that this the a an my your order"))),
    // "switching to Verizon", "leaving for Comcast", "port my number to T-Mobile"
    churn(
      PhraseStep(moveVerbs),
      PhraseStep(
        SignalVocabulary.providers, gap: 3,
        fillers: WordSet("over to back up with for my our service services business internet account number"))),
    // "switching to Proseware Telecom": a provider not in the vocabulary, recognised by the
    // company-like word that ends its name. Product words (fibre, broadband, mobile) are left
    // out, since "switching to fibre" may be an upgrade with the same provider.
    churn(
      PhraseStep(WordSet("switch switching switched go going move moving port porting")),
      PhraseStep(WordSet("to"), gap: 1, fillers: WordSet("over across")),
      PhraseStep(WordSet("telecom telecoms telekom networks communications comms telco telcos isp"), gap: 2)),
    // "switch to another provider", "go with a different company"
    churn(
      PhraseStep(moveVerbs),
      PhraseStep(
        WordSet("another different other new competitor competitors competing"), gap: 3,
        fillers: WordSet("over to back up with for a my our service business internet")),
      PhraseStep(providerNouns, gap: 1, fillers: WordSet("internet broadband cable phone wireless"))),
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
      PhraseStep(WordSet("number numbers out"), gap: 1, fillers: WordSet("my our the"))),
    churn(PhraseStep(WordSet("pac stac")), PhraseStep(WordSet("code"))),
    // "take my business elsewhere"
    churn(
      PhraseStep(WordSet("business money")),
      PhraseStep(WordSet("elsewhere"), gap: 1, fillers: WordSet("somewhere"))),
    // "looking for a new provider"
    churn(
      PhraseStep(WordSet("looking shopping find finding search searching shop")),
      PhraseStep(
        providerNouns, gap: 3,
        fillers: WordSet("for a an another new different other better cheaper internet broadband"))),
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
  ])
}
