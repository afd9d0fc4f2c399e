/// Names for generated customers and agents; some are non-ASCII or carry an
/// apostrophe on purpose, so encodings and quoting get exercised.
enum PeoplePools {
  static let customerFirstNames = [
    "Aoife", "Zoë", "Liam", "Chloé", "José", "Siobhán", "Mateusz", "Priya", "Oluwaseun", "Noah",
    "Emma", "Hannah", "Ahmed", "Fatima", "Jürgen", "Sinéad", "Olivia", "Jack", "Grace", "Tomasz",
    "Renée", "Björn", "Ana", "Luca", "Mei", "Daniel", "Sarah", "Kevin", "Niamh", "Marek",
    "Conor", "Eilís", "Yusuf", "Isabel", "Piotr", "Ciara", "Sean", "Maria", "Thomas", "Laura",
  ]

  static let customerLastNames = [
    "Müller", "O'Brien", "Murphy", "Kowalski", "Nguyen", "Smith", "Byrne", "García", "Novák", "Jones",
    "Walsh", "Dubois", "Ó Súilleabháin", "Patel", "Okafor", "Schmidt", "Kelly", "Brennan", "Ferreira",
    "Lindqvist", "Hughes", "Doyle", "Nowak", "Rossi", "Fitzgerald", "Ahmed", "Brown", "Wilson", "Ryan",
    "Lynch", "Costa", "Jansen", "Moreau", "Lehmann", "McCarthy", "Zieliński", "Taylor", "Quinn",
  ]

  static let agentFirstNames = [
    "Mark", "Jenny", "Paolo", "Anna", "Ruth", "Kyle", "Joy", "Carlo", "Liza", "Omar",
    "Nadia", "Tom", "Sophie", "Ben", "Aidan", "Karim", "Mona", "Rhea", "Dave", "Ines",
    "Marco", "Katie", "Rafael", "Agnieszka", "Hassan", "Claire", "Jomar", "Bea", "Ryan", "Salma",
  ]

  /// The stable name of a customer: the same key always gives the same name.
  static func customerName(seed: UInt64, key: UInt64) -> (first: String, full: String) {
    var rng = Xoshiro256StarStar(seed: seed, stream: .names, index: key)
    let first = rng.pick(customerFirstNames)
    return (first, first + " " + rng.pick(customerLastNames))
  }

  /// The stable first name of an agent.
  static func agentName(seed: UInt64, key: UInt64) -> String {
    var rng = Xoshiro256StarStar(seed: seed, stream: .names, index: key | 1 << 63)
    return rng.pick(agentFirstNames)
  }
}
