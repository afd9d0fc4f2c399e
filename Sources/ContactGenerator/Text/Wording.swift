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
    case .linkDrops: return String(rng.int(in: 11...64))
    case .firmware: return "\(rng.int(in: 5...9)).\(rng.int(in: 0...9)).\(rng.int(in: 10...99))"
    case .margin: return "\(rng.int(in: 2...5)).\(rng.int(in: 1...9))"
    case .clock: return String(format2: rng.int(in: 0...11), rng.int(in: 0...59))
    case .laterClock: return String(format2: rng.int(in: 12...23), rng.int(in: 0...59))
    case .credit: return "£\(rng.int(in: 10...60)).\(rng.int(in: 10...99))"
    case .bill: return "£\(rng.int(in: 30...95)).\(rng.int(in: 10...99))"
    case .reference: return "CASE-\(rng.int(in: 100_000...999_999))"
    case .failedPayments: return String(rng.int(in: 2...4))
    }
  }

  /// Openers and tails a reciting agent wraps around a script line, and the words it swaps:
  /// the same script said in more ways, as real agents say it (issue 18).
  private static let openers = ["Okay, ", "Alright, ", "Right, ", "So, ", "Now, ", "Just so you know, "]
  private static let tails = [
    " if that's alright", " for me, please", " when you get a chance", " as a first step", " just to be sure",
  ]
  private static let swaps: [(String, String)] = [
    ("Please ", "Kindly "), ("please ", "kindly "), ("make sure", "ensure"), ("Could you", "Would you"),
    ("Can you", "Could you"), ("check", "verify"), ("I've", "I have"), ("I'm", "I am"),
  ]

  /// `line` paraphrased the way an agent reciting a script varies it: sometimes an opener,
  /// sometimes a tail before the final punctuation, sometimes a word swapped.
  mutating func paraphrase(_ line: String) -> String {
    var line = line
    if rng.chance(0.3), let swap = Self.swaps.first(where: { line.contains($0.0) }) {
      line = line.replacingFirst(swap.0, with: swap.1)
    }
    if rng.chance(0.25), let first = line.first, first.isUppercase, !line.hasPrefix("I ") {
      line = rng.pick(Self.openers) + first.lowercased() + line.dropFirst()
    }
    if rng.chance(0.15), let last = line.last, last == "." || last == "?" {
      line = line.dropLast() + rng.pick(Self.tails) + String(last)
    }
    return line
  }
}

extension String {
  /// "09:05" from 9 and 5.
  fileprivate init(format2 hour: Int, _ minute: Int) {
    self = (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
  }

  /// The string with the first occurrence of `target` replaced.
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = firstRange(of: target) else { return self }
    var copy = self
    copy.replaceSubrange(range, with: replacement)
    return copy
  }
}
