import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditText

/// What stop 28's second round changed, read from batch 2 of `bench/quality` once it became
/// design data: the agent's signature, a ritual reply to a remark, and replies that only
/// point to a DM already sent. Lines are quoted from
/// `shared/realdata/twcs-monalisapatra26/twcs.csv` with their physical line; none is from the
/// seven held-out ISP accounts or from batch 3.
@Suite("Real conversations: signatures and ritual replies (issue 18)")
struct RealConversationSignOffTests {
  @Test("A thanks signed '-Becky' is all ritual, and answers a remark that raised nothing")
  func signedThanksAnswersARemark() throws {
    // :2551 (customer) and :2550 (ChipotleTweets). "-Becky" read as the agent's own word made
    // the reply "0 % script".
    let measure = try RealThread.measure("ChipotleTweets", [
      (.customer, "$3 burritos at @ChipotleTweets today if you're in costume! RT to save a life! https://t.co/GzrnNVAmwY"),
      (.agent, "@116495 Thanks for the shout out! -Becky"),
    ])
    #expect(measure.scriptScore == 1)
    #expect(measure.scripted)
    #expect(measure.outcome == .answered)
    #expect(measure.unresolvedReasons.isEmpty)
  }

  @Test("Signatures are rituals; a name that is a common word needs its mark", arguments: [
    "-Becky", "*TMB", "- Martin 4/4", "~ Ellen", "– Christie", "Maclaine",
  ])
  func signaturesAreRituals(_ signature: String) {
    #expect(RealThread.role(signature) == .ritual)
  }

  @Test("A short remark of capitalised common words is not a signature")
  func commonWordsAreNoSignature() {
    // :2551's agent reply sentence shape, but words of the agent's own.
    #expect(RealThread.role("Well Played") == .open)
  }

  @Test("An apology and an offer of help, asked as a question, leave a complaint waiting")
  func ritualQuestionWaitsOnTheCustomer() throws {
    // :4742 (customer) and :4741 (AskAmex).
    let measure = try RealThread.measure("AskAmex", [
      (.customer, "@116988 disgusted with your customer service. 🙄"),
      (.agent, "@117134 Hi there, I am so sorry to hear that. Is there something I can help with?"),
    ])
    #expect(measure.outcome == .unknown)
    #expect(measure.unresolvedReasons == [.notShownResolved])
  }

  @Test("Saying a DM was received and answered points elsewhere")
  func dmReceivedIsADeflection() throws {
    // :3676 (customer), :3675 (Ask_WellsFargo)
    #expect(RealThread.role("We received your DM and have responded to it.") == .move(.deflect))
    let measure = try RealThread.measure("Ask_WellsFargo", [
      (.customer, "Okay Wells Fargo where's my check lol"),
      (.agent, "@116825 We received your DM and have responded to it. Thanks. ^NC"),
    ])
    #expect(measure.outcome == .deflected)
  }
}
