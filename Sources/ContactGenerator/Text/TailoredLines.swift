/// Sentences a tailored agent says: each takes up the customer's own specifics
/// (amounts, dates, places, models, ids), so no two customers hear the same one.
/// A tailored answer is a diagnosis, then an action, sometimes a follow-up.
enum TailoredLines {
  /// Diagnoses of `category`'s problem, echoing what the customer said.
  static func diagnoses(for category: IssueCategory) -> [Template] { diagnosisTable[category.rawValue] }

  /// Actions taken, echoing the specifics of `category`; for cancellations the
  /// first template keeps the customer and the second lets them go.
  static func actions(for category: IssueCategory) -> [Template] { actionTable[category.rawValue] }

  /// Follow-ups, echoing the specifics of the category's topic.
  static func followUps(for category: IssueCategory) -> [Template] { followUpTable[category.rawValue] }

  // Parsed once: templates are parsed when built, so they are built only here.
  private static let diagnosisTable = IssueCategory.allCases.map(makeDiagnoses(for:))
  private static let actionTable = IssueCategory.allCases.map(makeActions(for:))
  private static let followUpTable = IssueCategory.allCases.map(makeFollowUps(for:))

  private static func makeDiagnoses(for category: IssueCategory) -> [Template] {
    switch category {
    case .noInternet:
      [
        Template(
          "Your {model} has been reporting \"{errorText}\" since {since}; that's a fault on our side, not your wiring at {street}.",
          "I can see why the {model} shows \"{errorText}\": the session for {street}, {town} has been rejected on our side since {since}."),
        Template(
          "The cabinet serving {street} in {town} logged an outage on {since}, which is exactly when your {model} started showing \"{errorText}\".",
          "There's a card fault in the exchange for {town} since {since}, and it's the reason your {model} says \"{errorText}\"."),
      ]
    case .intermittentConnection:
      [
        Template(
          "I can see the line to {street}, {town} has dropped {drops} times a day since {since}, so this isn't your {model}.",
          "You're right, the {model} at {street} is losing sync with the exchange about {drops} times a day, starting on {since}."),
        Template(
          "I've pulled the line history for {street}: the noise margin has been falling since {since}, which explains the {drops} drops a day on your {model}.",
          "The logs for {street}, {town} show the {model} resyncing {drops} times yesterday, and it started on {since} after work on the cabinet."),
      ]
    case .slowSpeed:
      [
        Template(
          "Looking at your {model}, it's syncing at only {speedGot} Mbps against the {speedPaid} Mbps you pay for, and that started on {since}.",
          "You should be getting {speedPaid} Mbps at {street}, and since {since} the line has been capped at about {speedGot} Mbps by mistake."),
        Template(
          "The profile on your line at {street}, {town} was set to a lower tier on {since}, which is why you see {speedGot} Mbps instead of {speedPaid}.",
          "Since {since} the {model} has been on a fallback profile, so {speedGot} Mbps is all it can get out of your {speedPaid} Mbps plan."),
      ]
    case .equipment:
      [
        Template(
          "The {model} from order {order} is from a batch with a known power-supply fault, so it isn't anything you did.",
          "I can see order {order} shipped a refurbished {model} with old firmware, which explains the problems since {since}."),
        Template(
          "Our records show the {model} on order {order} reported overheating twice since {since}.",
          "The {model} on order {order} has dropped off our management system several times since {since}, so it's the unit."),
      ]
    case .billing:
      [
        Template(
          "I see the {amount} charge on {chargeDate} was billed twice to the card ending {card}.",
          "You're right, invoice {invoice} includes {amount} on {chargeDate} that should never have been taken."),
        Template(
          "Looking at invoice {invoice}, the {amount} on {chargeDate} is a late fee that was applied although your payment arrived in time.",
          "The {amount} taken on {chargeDate} from the card ending {card} was a duplicate run of invoice {invoice}."),
      ]
    case .planChange:
      [
        Template(
          "{newPlan} is available on your line, and moving from {plan} won't start a new minimum term.",
          "I've checked your line, and {newPlan} at {newPrice} can replace {plan} straight away."),
        Template(
          "The {newPrice} price you saw for {newPlan} is the online offer, and I can apply it to your account too.",
          "Going from {plan} to {newPlan} at {newPrice} actually saves you money from next month."),
      ]
    case .movingHouse:
      [
        Template(
          "{newStreet} in {newTown} already has a live line, so your {plan} can move on {moveDate} without an engineer.",
          "I've checked {newStreet}, {newTown}: fibre is available there, so the {plan} moves with you on {moveDate}."),
        Template(
          "The property at {newStreet} had our service until last month, so the move on {moveDate} is straightforward.",
          "There's a working socket at {newStreet}, {newTown}, so {moveDate} is no problem for the {plan}."),
      ]
    case .cancellation:
      [
        Template(
          "Your contract ends on {contractEnd}, so there's no early termination fee if you leave then.",
          "I can see the {competitor} offer at {newPrice}; your contract runs until {contractEnd}."),
        Template(
          "Since your contract runs to {contractEnd}, I can waive the fee if you decide to go to {competitor}.",
          "You've been with us a long time, and the {newPrice} from {competitor} is an introductory price that rises after a year."),
      ]
    }
  }

  private static func makeActions(for category: IssueCategory) -> [Template] {
    switch category.topic {
    case .connectivity:
      [
        Template(
          "I've reset your port at the exchange and pushed a fresh profile to the {model}; it should resync within a few minutes.",
          "I've cleared the stuck session on our side, so the {model} at {street} should connect again shortly."),
        Template(
          "I've booked an engineer to check the line at {street} on {appointment}, between 8 and 1.",
          "I've raised a network fault for the cabinet on {street} and I'm crediting you for every day since {since}."),
        Template(
          "I've moved your line at {street} to a different port at the exchange; the {model} should get full service back.",
          "I've corrected the profile on the line at {street}, {town}, so your {model} should be back to normal within the hour."),
      ]
    case .equipment:
      [
        Template(
          "I've ordered a replacement {model} under order {order}; it'll be delivered to {street} on {appointment}.",
          "I've sent a new power supply for the {model} to {street}, {town}, and it'll arrive on {appointment}."),
        Template(
          "I've pushed the latest firmware to your {model}, so the restarts you've had since {since} should stop.",
          "I've swapped order {order} for a new-stock {model}, which the courier will bring to {street} on {appointment}."),
      ]
    case .billing:
      [
        Template(
          "I've refunded {amount} to the card ending {card}; you'll see it within 3 to 5 working days.",
          "I've credited {amount} against invoice {invoice} and removed the fee."),
        Template(
          "I've reversed the {amount} from {chargeDate} and sent you a corrected copy of invoice {invoice}.",
          "The {amount} is on its way back to the card ending {card}, and invoice {invoice} is corrected."),
      ]
    case .account where category == .planChange:
      [
        Template(
          "I've switched account {account} from {plan} to {newPlan}; the {newPrice} price starts with your next bill.",
          "I've applied {newPrice} to account {account}, so {newPlan} costs the same as on the website."),
        Template(
          "{newPlan} is now booked in place of {plan}, at {newPrice} a month from the next bill.",
          "Done: from your next bill you're on {newPlan} at {newPrice} instead of {plan}."),
      ]
    case .account:
      [
        Template(
          "I've booked the move of account {account} from {street} to {newStreet}, {newTown} for {moveDate}.",
          "I've kept your {plan} price and arranged for your number to follow you to {newTown} on {moveDate}."),
        Template(
          "The {plan} will be live at {newStreet} on {moveDate}, and your service at {street} stops the same day.",
          "Your {plan} switches over to {newStreet}, {newTown} on {moveDate}; there's no moving fee."),
      ]
    case .retention:
      [
        Template(
          "I can match the {competitor} offer: {newPlan} at {newPrice} a month, keeping your number.",
          "I've put {newPlan} at {newPrice} on account {account} for 24 months, the same as {competitor} offered."),
        Template(
          "I've waived the termination fee on account {account}, and your service will end on {contractEnd} as you asked.",
          "I've arranged the cancellation for {contractEnd}, with no fee, and the port to {competitor} can go ahead."),
      ]
    }
  }

  private static func makeFollowUps(for category: IssueCategory) -> [Template] {
    switch category.topic {
    case .connectivity:
      [
        Template(
          "I'll check the line again tomorrow and text you on the number ending {phoneTail}.",
          "You'll get a text on the number ending {phoneTail} once the fault on {street} is closed."),
        Template(
          "I've also added a credit for the days since {since} to your next bill.",
          "If the {model} still has trouble after that, quote {ticket} and I'll send the engineer straight to {street}."),
      ]
    case .equipment:
      [
        Template(
          "The courier will collect the old {model} when they drop off the new one at {street}.",
          "I'll text you on the number ending {phoneTail} with the tracking link for order {order}."),
      ]
    case .billing:
      [
        Template(
          "I've also put a note on account {account} so the next bill doesn't repeat the {amount}.",
          "You'll get an e-mail confirming the {amount} refund today."),
      ]
    case .account:
      [
        Template(
          "You'll get a confirmation for account {account} by e-mail within the hour.",
          "I've texted the details to the number ending {phoneTail} as well."),
      ]
    case .retention:
      [
        Template(
          "I'll e-mail the new terms for account {account} today, before {contractEnd}.",
          "You'll have the written confirmation for account {account} today."),
      ]
    }
  }

  static let all: [Template] = IssueCategory.allCases.flatMap {
    diagnoses(for: $0) + actions(for: $0) + followUps(for: $0)
  }
}
