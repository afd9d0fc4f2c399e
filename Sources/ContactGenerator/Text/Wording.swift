/// Fills templates for one contact: the people, the customer's specifics and the
/// agent's own numbers are fixed for the contact, while set phrases
/// (restart/reboot, router/modem, "two minutes"/"a couple of minutes") vary
/// from line to line, as they do when a script is recited.
struct Wording {
  /// The contact's wording stream.
  var rng: Xoshiro256StarStar
  let agent: String
  let customerFirst: String
  let customerFull: String
  let provider: String
  let specifics: IssueSpecifics
  /// The agent's ticket reference for this contact.
  let ticket: String
  /// "morning", "afternoon" or "evening".
  let daypart: String
  /// "second", "third"… for repeat contacts.
  let ordinal: String

  private static let restarts = ["restart", "reboot", "power-cycle", "restart"]
  private static let routers = ["router", "modem", "hub", "router"]
  private static let minutes = ["two minutes", "a couple of minutes", "2 minutes"]
  private static let teams = [
    "the relevant team", "our technical team", "the specialist team", "the relevant department",
  ]
  private static let hours = ["24", "48", "72"]

  /// One phrasing of `template`, with its slots filled.
  mutating func say(_ template: Template) -> String {
    let pieces = template.variants[rng.below(template.variants.count)]
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let text): out += text
      case .slot(let slot): out += value(slot)
      }
    }
    return out
  }

  /// One phrasing of a template picked from `templates`.
  mutating func sayAny(_ templates: [Template]) -> String {
    say(templates[rng.below(templates.count)])
  }

  private mutating func value(_ slot: Slot) -> String {
    let s = specifics
    switch slot {
    case .agent: return agent
    case .customer: return customerFirst
    case .customerFull: return customerFull
    case .provider: return provider
    case .ticket: return ticket
    case .hours: return rng.pick(Self.hours)
    case .minutes: return rng.pick(Self.minutes)
    case .restart: return rng.pick(Self.restarts)
    case .router: return rng.pick(Self.routers)
    case .team: return rng.pick(Self.teams)
    case .daypart: return daypart
    case .ordinal: return ordinal
    case .option: return String(rng.int(in: 1...4))
    case .model: return s.model
    case .street: return s.street
    case .town: return s.town
    case .since: return s.since
    case .errorText: return s.errorText
    case .drops: return s.drops
    case .speedPaid: return s.speedPaid
    case .speedGot: return s.speedGot
    case .amount: return s.amount
    case .chargeDate: return s.chargeDate
    case .card: return s.card
    case .invoice: return s.invoice
    case .account: return s.account
    case .order: return s.order
    case .plan: return s.plan
    case .newPlan: return s.newPlan
    case .newPrice: return s.newPrice
    case .moveDate: return s.moveDate
    case .newStreet: return s.newStreet
    case .newTown: return s.newTown
    case .appointment: return s.appointment
    case .competitor: return s.competitor
    case .contractEnd: return s.contractEnd
    case .phoneTail: return s.phoneTail
    }
  }
}
