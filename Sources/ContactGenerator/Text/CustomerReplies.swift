/// What customers say besides their opening: verification answers, replies to
/// steps, and the last words that show whether the problem was solved.
enum CustomerReplies {
  static let verificationAnswers = [
    Template(
      "It's {customerFull}, account {account}.",
      "{customerFull}. The account number is {account}.",
      "Sure – {customerFull}, {account}."),
  ]

  /// Replies to any step.
  static let acknowledgements = [
    Template("OK.", "OK, one moment.", "Right, done.", "Sure."),
    Template("Yes, I've done that.", "Fine, go ahead.", "OK, I'll wait.", "Alright."),
  ]

  /// Replies to technical steps.
  static let technicalReplies = [
    Template(
      "I've already restarted it twice today.",
      "I tried that yesterday, it made no difference.",
      "I did that before I called."),
    Template(
      "Yes, all the cables are in properly.",
      "OK, it's restarting now… the lights are flashing.",
      "All the lights are green except the internet one, which is red."),
  ]

  /// Replies to being put on hold or through to a colleague.
  static let holdReplies = [Template("OK.", "OK, thanks.", "Sure.", "Fine.")]

  /// A repeat contact's first words, with `{ordinal}` = second/third.
  static let repeatPrefixes = [
    Template(
      "This is the {ordinal} time I'm contacting you about this.",
      "I've already been in touch about this, this is the {ordinal} time.",
      "I called before about this and nothing has changed."),
  ]

  /// A transfer leg's first words.
  static let transferPrefixes = [
    Template("I've just been transferred to you.", "Your colleague put me through.", "Hi, I was transferred."),
  ]

  /// Last words when the problem is solved.
  static func confirmations(for topic: IssueCategory.Topic) -> [Template] {
    switch topic {
    case .connectivity, .equipment: technicalOrGeneralConfirmations
    case .billing, .account: generalConfirmations
    case .retention: retentionConfirmations
    }
  }

  private static let technicalOrGeneralConfirmations = technicalConfirmations + generalConfirmations

  static let technicalConfirmations = [
    Template(
      "That worked, thanks!",
      "It's back online, thank you.",
      "Yes, it's back online now. Thanks for your help."),
    Template(
      "Perfect, the speed test looks right again. Thanks!",
      "Great, that's fixed it, thanks.",
      "It's working again, thanks a lot."),
  ]

  static let generalConfirmations = [
    Template(
      "Great, that's all sorted then, thanks.",
      "Perfect, that worked, thank you.",
      "Brilliant, thanks for sorting that out."),
    Template(
      "That's exactly what I needed, thanks.",
      "Lovely, that's sorted. Thank you!",
      "Great, that worked, thanks."),
  ]

  static let retentionConfirmations = [
    Template(
      "OK, in that case I'll stay. Thanks.",
      "Fine, that offer works for me, thank you.",
      "Alright, I'll stay on that deal, thanks."),
  ]

  /// Last words when the problem persists (`{ordinal}` only in repeats).
  static let persistence = [
    Template(
      "It's still not working.",
      "It's still not working, nothing has changed.",
      "I've done all of that already and it's still not working."),
    Template("That does not help.", "Sorry, but that does not help at all.", "That doesn't help me at all."),
    Template(
      "I want to speak to a supervisor.",
      "That does not help. I want to speak to a supervisor.",
      "Can I speak to a supervisor, please?"),
  ]

  static let repeatPersistence = [
    Template(
      "This is the {ordinal} time I call about this and it's still not working.",
      "This is the {ordinal} time I call, and it's still not working.",
      "It's the {ordinal} time I call about this. That does not help."),
  ]

  /// Last words that neither confirm a fix nor say it persists.
  static let neutralEndings = [
    Template("OK, I'll wait to hear from you then.", "Fine. Bye.", "Alright, I'll wait for the e-mail."),
    Template("OK, thanks.", "Right. Goodbye.", "OK, I'll keep an eye on it."),
  ]

  /// Threats to leave: these count as churn risk.
  static let churnThreats = [
    Template(
      "I'm cancelling my contract.",
      "I'm going to cancel my contract.",
      "If this isn't fixed today I'm cancelling my contract."),
    Template(
      "I'm switching to another provider.",
      "Honestly, I'm switching to another provider after this.",
      "I'm switching to {competitor}."),
    Template(
      "I'll port my number out and go to {competitor}.",
      "I want to port my number out.",
      "I'm going to port my number out to another provider."),
  ]

  /// A threat a satisfied customer still makes: churn risk, but resolved.
  static let conditionalThreats = [
    Template(
      "But if this happens again, I'm switching to another provider.",
      "If it breaks again I'm cancelling my contract, though."),
  ]

  /// Words that look like churn but are not: cancelling an appointment,
  /// switching equipment off and on.
  static let distractors = [
    Template(
      "Also, can you cancel the technician appointment on {appointment}? I can't be home.",
      "Can you cancel the technician appointment on {appointment}, please?"),
    Template(
      "I already switched the router off and on twice.",
      "I've switched the router off and on like your website says.",
      "Should I switch the router off and on again?"),
    Template(
      "And please cancel the paper bill, I only want e-mail.",
      "Could you also switch my bills to e-mail?",
      "Can I switch the Wi-Fi to 5 GHz myself?"),
  ]

  static let emailSignoffs = [Template("Regards,\n{customerFull}", "Thanks,\n{customer}", "Kind regards,\n{customerFull}")]

  static let all: [Template] =
    verificationAnswers + acknowledgements + holdReplies + technicalReplies + repeatPrefixes + transferPrefixes
    + technicalConfirmations + generalConfirmations + retentionConfirmations + persistence + repeatPersistence
    + neutralEndings + churnThreats + conditionalThreats + distractors + emailSignoffs
}
