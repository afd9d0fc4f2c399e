/// Templated sentences a tailored agent says with facts read from the provider's systems:
/// the same sentence to many customers, with values that differ for each (a link that
/// dropped 14 times, firmware 7.2.31, an outage since 09:40, a credit of £12.40).
///
/// They are not what the customer said, so they do not echo it; and they recur nearly
/// verbatim, so the miner clusters them. A detector that took every recurring sentence for
/// a script would call these agents scripted (issue 18): the values in the slots are data.
enum AccountFacts {
  /// What the systems show, by topic.
  static func findings(for topic: IssueCategory.Topic) -> [Template] { findingTable[topic] ?? [] }
  /// What the agent did with it, by topic.
  static func actions(for topic: IssueCategory.Topic) -> [Template] { actionTable[topic] ?? [] }

  private static let findingTable: [IssueCategory.Topic: [Template]] = [
    .connectivity: [
      Template(
        "From our diagnostics, your line lost sync {linkDrops} times today, and the noise margin fell to {margin} dB at {clock}.",
        "Our diagnostics show the line losing sync {linkDrops} times today, with the noise margin down to {margin} dB at {clock}."),
      Template(
        "There is an outage on your exchange since {clock}, logged as {reference}, with service due back at {laterClock}.",
        "Your exchange has had an outage since {clock}, reference {reference}, and service is due back at {laterClock}."),
    ],
    .equipment: [
      Template(
        "Your gateway is on firmware {firmware} and rebooted itself {linkDrops} times since {clock} yesterday.",
        "The gateway on your account runs firmware {firmware} and has rebooted {linkDrops} times since {clock} yesterday."),
    ],
    .billing: [
      Template(
        "Your last bill came to {bill}, and {failedPayments} payments against it failed since the reference {reference} was opened.",
        "The last bill on the account was {bill}, with {failedPayments} failed payments since case {reference} was opened."),
    ],
    .account: [
      Template(
        "Your account shows the change made at {clock} under {reference}, with a new monthly charge of {bill}.",
        "The change on your account was made at {clock} under {reference}, and the new monthly charge is {bill}."),
    ],
    .retention: [
      Template(
        "Your current bill is {bill} a month, and the loyalty price on file for you is {credit} less, reference {reference}.",
        "You pay {bill} a month at the moment, and the loyalty price on file is {credit} lower, reference {reference}."),
    ],
  ]

  private static let actionTable: [IssueCategory.Topic: [Template]] = [
    .connectivity: [
      Template(
        "So I have upgraded the firmware on your gateway to {firmware} remotely and moved the line to a stable profile at {clock}.",
        "I have upgraded your gateway to firmware {firmware} remotely and put the line on a stable profile as of {clock}."),
    ],
    .equipment: [
      Template(
        "I have upgraded it to firmware {firmware} remotely and credited {credit} to the account under {reference}.",
        "I have pushed firmware {firmware} to it remotely and applied a credit of {credit} under {reference}."),
    ],
    .billing: [
      Template(
        "I have applied a credit of {credit} under {reference}, so the next bill comes to {bill}.",
        "A credit of {credit} is now on the account under {reference}, which brings the next bill to {bill}."),
    ],
    .account: [
      Template(
        "I have confirmed the change under {reference}; it took effect at {laterClock} and the first bill at the new price is {bill}.",
        "The change is confirmed under {reference}, effective at {laterClock}, with a first bill at the new price of {bill}."),
    ],
    .retention: [
      Template(
        "I have applied the loyalty price under {reference}: {credit} off from the next bill, which comes to {bill}.",
        "The loyalty price is applied under {reference}, {credit} off, so the next bill comes to {bill}."),
    ],
  ]
}
