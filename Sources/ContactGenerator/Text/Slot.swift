/// A placeholder in a ``Template``, filled per contact by ``Wording``.
enum Slot: String, CaseIterable, Sendable {
  // People and the provider.
  case agent, customer, customerFull, provider
  // Agent-side numbers and set phrases that vary between recitals of a script.
  case ticket, hours, minutes, restart, router, team, daypart, ordinal, option
  // The customer's specifics (see IssueSpecifics).
  case model, street, town, since, errorText, drops, speedPaid, speedGot
  case amount, chargeDate, card, invoice, account, order
  case plan, newPlan, newPrice, moveDate, newStreet, newTown
  case appointment, competitor, contractEnd, phoneTail
  // Facts of the account the agent reads from its systems, drawn per sentence: they vary
  // from customer to customer in the same templated sentence (see AccountFacts).
  case linkDrops, firmware, margin, clock, laterClock, credit, reference, bill, failedPayments
}
