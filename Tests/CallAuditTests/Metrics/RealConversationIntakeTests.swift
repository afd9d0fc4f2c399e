import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditText

/// What stop 28 changed on batch 1 of `bench/quality` (all of it design data from then on):
/// intake questions, the customer's name, a company phone number, generic wording the move
/// library lacked, and churn phrasings. Every line is quoted from
/// `shared/realdata/twcs-monalisapatra26/twcs.csv` with its physical line; none is from the
/// seven held-out ISP accounts, and none from the fresh batch.
@Suite("Real conversations: intake, courtesy and churn (issue 18)")
struct RealConversationIntakeTests {
  @Test("Version questions and a request for details are intake: a thread of them and a DM is flagged")
  func intakeQuestionsAreVerification() throws {
    // :1997, :1994, :1995, :1996 (AppleSupport). Before: the agent's "Which iOS version…",
    // "when did this issue begin?" and "additional details" were the agent's own words.
    let measure = try RealThread.measure("AppleSupport", [
      (.customer, "Question- @249 @115858 my iPhone6 dies very quick (have to charge it 3 times a day) my iPhone5 battery was faulty. Could this be the same?"),
      (.agent, "@116337 We know how important your battery is &amp; we'll be happy to help. Which iOS version are you using? Also, when did this issue begin?"),
      (.customer, "@AppleSupport iOS 11.1 it’s been getting worse for a few months now"),
      (.agent, "@116337 Please meet with us in DM. We'd like to gather some additional details from you. https://t.co/GDrqU22YpT"),
    ])
    #expect(measure.responsive == false)
    #expect(measure.scripted)
    #expect(measure.flagged)
  }

  @Test("An intake question naming the customer's product is a ritual; a question that follows the symptom is not")
  func intakeQuestionNamingTheProduct() {
    // The wording of :1994 with the product of the customer's question in it.
    #expect(RealThread.role("Which version of iOS is on your iPhone?") == .ritual)
    // :1770 (AppleSupport, labelled engaged): a diagnostic question, no version asked.
    #expect(RealThread.role("Has Home Sharing worked with these devices before?") == .open)
  }

  @Test("The customer's name beside an apology is no content: the apology stays a move")
  func vocativeNameIsNoContent() throws {
    // :3631 (customer), :3627 (AskPapaJohns). "Kris" made the apology three content words
    // long, so it counted as the agent's own words.
    let measure = try RealThread.measure("AskPapaJohns", [
      (.customer, "80 minutes for my delivery?! @116076 , you could have told me that on the front end of this... BEFORE you took my money."),
      (.agent, "@116811 We're so sorry your order is late, Kris! Please DM us your contact info and store address. Thank you!"),
    ])
    #expect(measure.scriptScore == 1)
    #expect(measure.scripted)
  }

  @Test("A company phone number written as one code is not a fact of the case")
  func phoneNumberIsNoValue() throws {
    // :3722 (Ask_WellsFargo) and its customer's tweet. "1-800-956-4442" counted as a value
    // the agent stated, so the referral engaged.
    let measure = try RealThread.measure("Ask_WellsFargo", [
      (.customer, "@Ask_WellsFargo is there an SMS outage? I have been unable to log into my account due to 2FA (text) and unable to do text banking. Thanks."),
      (.agent, "@116841 Hi there. I suggest that you call 1-800-956-4442 immediately for assistance from a banker. You can get back to us if further review is needed. ^HE"),
    ])
    #expect(measure.responsive == false)
    #expect(measure.scripted)
    #expect(measure.outcome == .deflected)
  }

  @Test("Generic referrals and feedback notes are moves", arguments: [
    // :1149 (AskPapaJohns)
    ("@116075 Hi there! This would be a question for your local store. Thanks for your time! 😊",
     "This would be a question for your local store.", MoveKind.deflect),
    // :3420 (sainsburys)
    ("@116748 Thanks Katie, I've fed this back for review with the relevant team. Hope you have a great time. Maclaine",
     "I've fed this back for review with the relevant team.", MoveKind.escalate),
  ])
  func genericReferralsAreMoves(_ reply: String, _ sentence: String, _ kind: MoveKind) throws {
    #expect(RealThread.role(sentence) == .move(kind))
    let measure = try RealThread.measure("Store", [(.customer, "Why don't you deliver here?"), (.agent, reply)])
    #expect(measure.scripted)
  }

  @Test("Getting rid of a membership, regret of the choice, a lost customer and a warning to others are churn", arguments: [
    // :204 (AdobeCare thread)
    "@AdobeCare no its still broken. i deleted it and will probably be getting rid of my membership and return when its working properly. thanks",
    // :1003 (AskeBay thread)
    "@AskeBay I don't care about that I want my product. . I wish I had not opted ebay.but in future I am not going to choose eBay . Because Its the worst",
    // :2620 (HPSupport thread)
    "@116523 From tech rep: HP won't regionalize my current, working printer, wants me to buy a new one. What? Bad business. Lost this military customer",
    // :3170 (British_Airways thread)
    "@British_Airways booked us into @103574 @73772 when it’s closed wish I’d used @116665 #disappointed #noholiday",
    // :4752: the handle after "from" needs a word set that keeps the kinds of both sets it joins
    "NEVER order from @116062 online because thy send multiple defective items and don’t care for customer satisfaction",
    // :780 (hulu_support thread)
    "Love @115940 but lost home internet&amp; just learned can’t Mirror Hulu on iPad hdmi adapter. Wanted to get Hulu live. Guess I’ll have to cancel all of Hulu &amp; look at @115946 or something like that 😢 why #Hulu why???",
  ])
  func churnFound(_ line: String) {
    #expect(CustomerSignals.churnIntent(in: line) != nil)
  }

  @Test("Deleting the app as a step tried is not churn")
  func deletingTheAppAsAStep() {
    // :3622 (sainsburys thread)
    let line = "@sainsburys 2 of 2 On 4G signal same thing but error message is Sorry There Was an Unexpected error. Tried deleting app and restoring as well."
    #expect(CustomerSignals.churnIntent(in: line) == nil)
  }

  @Test("A word set joined with a set of kinds accepts those kinds")
  func unionKeepsKinds() {
    let handle = WordSet(words: [], kinds: [.mention])
    let joined = WordSet("them you").union(handle)
    #expect(joined.acceptedKinds == handle.acceptedKinds)
  }
}
