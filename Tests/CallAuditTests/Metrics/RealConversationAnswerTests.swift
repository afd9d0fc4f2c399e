import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditText

/// What stop 28's third round changed, read from batch 3 of `bench/quality` once it became
/// design data: short answers beside a deflection, and a link to a form as a deflection. Lines are quoted from
/// `shared/realdata/twcs-monalisapatra26/twcs.csv` with their physical line; none is from the
/// seven held-out ISP accounts or from batch 4.
@Suite("Real conversations: answers beside deflections (issue 18)")
struct RealConversationAnswerTests {
  @Test("A short answer wins over the deflection in the same sentence", arguments: [
    // :1684 (customer), :1683 (AdobeCare)
    ("@115769 I can't find the edit filename option on either the cloud, mobile or MAC based version of the new LR CC - it was easy on Classic",
     "@116235 Hi there, this feature is not available as of now, please suggest a feature request at: https://t.co/SE1u3g161W .  ^Tanuj"),
    // :5240 (customer), :5239 (SouthwestAir)
    ("Hey @SouthwestAir do you do group flight bookings ?!",
     "@117264 We sure do, Danielle! Check out more information here: https://t.co/MNEpfi4LuR. ^MA"),
  ])
  func shortAnswerBesideADeflection(_ question: String, _ reply: String) throws {
    let measure = try RealThread.measure("Provider", [(.customer, question), (.agent, reply)])
    #expect(measure.outcome == .answered)
    #expect(measure.unresolvedReasons.isEmpty)
    #expect(!measure.scripted)
  }

  @Test("'That doesn't sound right. Please tell us more: <link>' deflects to a form")
  func tellUsMoreAtALink() throws {
    // :5290 (customer), :5289 (ChipotleTweets)
    let measure = try RealThread.measure("ChipotleTweets", [
      (.customer, "Lol when @ChipotleTweets charges you for queso an you dont even like queso😒"),
      (.agent, "@117286 That doesn't sound right. Please tell us more: https://t.co/Ax7W1Dx3Y9 -Becky"),
    ])
    #expect(measure.outcome == .deflected)
    #expect(measure.scripted)
    #expect(measure.flagged)
  }
}
