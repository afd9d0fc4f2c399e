import Testing
@testable import CallAuditText

/// Specifics extraction and the agent's uptake of them.
@Suite struct SpecificDetailsTests {
  @Test func extractsAmountsNumbersTimesDatesIdsAndNames() {
    let specifics = SpecificDetails.extract(
      from: "I was charged $45.99 instead of 30 euros on 12/05/2024. My TP-Link AX1800 drops at "
        + "2:05 pm, ticket #INC-00123, account 88812345. I live at 12 Elm Street in Springfield.")
    for expected in [
      "45.99", "30", "12/5/2024", "tplink", "ax1800", "14:05", "inc00123", "88812345",
      "elm street", "springfield",
    ] {
      #expect(specifics.contains(expected), "missing \(expected) in \(specifics.sorted())")
    }
  }

  @Test func leavesOutGenericDeviceWordsDurationsAndSingleDigits() {
    let specifics = SpecificDetails.extract(
      from: "My router and modem keep dropping. I restarted the ONT 3 times and waited 2 minutes.")
    #expect(specifics.isEmpty, "\(specifics.sorted())")
  }

  @Test func normalisesDatesAndTimes() {
    #expect(SpecificDetails.extract(from: "since the 12th of May").contains("may 12"))
    #expect(SpecificDetails.extract(from: "it went down May 3 again").contains("may 3"))
    #expect(SpecificDetails.extract(from: "since 2pm").contains("14:00"))
    #expect(SpecificDetails.extract(from: "since 9 am on Friday") == ["9:00", "friday"])
  }

  @Test func capitalsMeanNothingWhenShouting() {
    #expect(SpecificDetails.extract(from: "WHY IS MY INTERNET STILL DOWN").isEmpty)
    #expect(SpecificDetails.extract(from: "Please help. Thanks").isEmpty)
  }

  @Test func agentMentionsAreFoundInAnyFormat() {
    let specifics = SpecificDetails.extract(
      from: "Charged $45.99 twice, and my TP-Link still drops. I'm at 12 Elm St.")
    #expect(SpecificDetails.mentionsAny(of: specifics, in: "I have refunded the 45.99 charge."))
    #expect(SpecificDetails.mentionsAny(of: specifics, in: "The tp-link firmware is outdated."))
    #expect(SpecificDetails.mentionsAny(of: specifics, in: "An engineer will visit Elm Street."))
    #expect(
      !SpecificDetails.mentionsAny(
        of: specifics, in: "Please restart your router and wait two minutes."))
    #expect(!SpecificDetails.mentionsAny(of: [], in: "anything"))
  }

  @Test func timesMatchAcrossClockStyles() {
    let specifics = SpecificDetails.extract(from: "It drops every day at 2pm")
    #expect(SpecificDetails.mentionsAny(of: specifics, in: "We see the drop at 14:00 daily."))
    #expect(SpecificDetails.mentionsAny(of: specifics, in: "The 2 pm drop is a known fault."))
  }
}

/// Speech analytics redacts personal data as `[PII]`; a redaction hides a value.
@Suite struct RedactedSpanTests {
  @Test func aRedactedSpanIsNoSpecificAndEchoesNone() {
    let customer = "Hi, this is [PII], my account [PII] has had no internet since Monday."
    let specifics = SpecificDetails.extract(from: customer)
    #expect(!specifics.contains("pii"), "\(specifics.sorted())")
    // An agent who answers with redacted spans only has not taken up the customer's details.
    #expect(!SpecificDetails.mentionsAny(of: specifics, in: "Thanks [PII], I have your account [PII] here."))
    // The same words without brackets are still read as words: "PII" can be what someone said.
    #expect(SpecificDetails.extract(from: "Please delete my PII from your systems.").contains("pii"))
  }
}
