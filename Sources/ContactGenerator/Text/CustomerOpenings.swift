/// How customers describe their problem, full of specifics a tailored answer can take up.
enum CustomerOpenings {
  /// The openings for `category`.
  static func openings(for category: IssueCategory) -> [Template] {
    switch category {
    case .noInternet: noInternet
    case .intermittentConnection: intermittent
    case .slowSpeed: slowSpeed
    case .equipment: equipment
    case .billing: billing
    case .planChange: planChange
    case .movingHouse: movingHouse
    case .cancellation: cancellation
    }
  }

  static let noInternet = [
    Template(
      "My internet has been down since {since}. The {model} at {street}, {town} just shows \"{errorText}\".",
      "Hi, I've had no internet at all since {since}. I'm at {street} in {town} and the {model} says \"{errorText}\"."),
    Template(
      "There's no connection at {street}, {town}. Nothing since {since}, and the {model} keeps showing \"{errorText}\". I work from home, so this is a real problem.",
      "Our broadband is completely dead since {since}. {model}, {street}, {town}. The display says \"{errorText}\"."),
    Template(
      "Internet's down at {street}, {town} – the {model} has shown \"{errorText}\" since {since}.",
      "No internet since {since} at {street}, {town}; my {model} only says \"{errorText}\"."),
  ]

  static let intermittent = [
    Template(
      "The connection keeps dropping, about {drops} times a day since {since}. It's a {model} at {street}, {town}.",
      "Since {since} my internet cuts out {drops} times a day or so. I'm at {street}, {town}, using the {model} you sent."),
    Template(
      "My {model} loses the connection several times a day – I counted {drops} yesterday. This started on {since}, address is {street}, {town}.",
      "Every evening the internet drops out, {drops} times yesterday alone. It's been like this since {since} at {street}, {town}. The router is a {model}."),
  ]

  static let slowSpeed = [
    Template(
      "I'm paying for {speedPaid} Mbps but getting {speedGot} Mbps since {since}. It's a {model} at {street}, {town}.",
      "My speed tests show {speedGot} Mbps instead of the {speedPaid} Mbps I pay for. This has been going on since {since} at {street}, {town}, on a {model}."),
    Template(
      "Since {since} the internet is really slow, {speedGot} Mbps on a cable, and my plan is {speedPaid} Mbps. {model}, {street}, {town}.",
      "Speeds have dropped to {speedGot} Mbps since {since}. I'm on the {speedPaid} Mbps package. Router: {model}. Address: {street}, {town}."),
  ]

  static let equipment = [
    Template(
      "The {model} you sent me with order {order} keeps switching itself off since {since}. I'm at {street}, {town}.",
      "My {model} (order {order}) has a red power light and won't start since {since}. Address is {street}, {town}."),
    Template(
      "The new {model} from order {order} arrived on {since} and the Wi-Fi doesn't work at all. Delivery address was {street}, {town}.",
      "I think the {model} is faulty – it restarts every few minutes since {since}. It came with order {order} to {street}, {town}."),
  ]

  static let billing = [
    Template(
      "I've been charged {amount} twice on {chargeDate}, from my card ending {card}. The invoice is {invoice}.",
      "My bill {invoice} has a charge of {amount} on {chargeDate} that I don't recognise. It came out of the card ending {card}."),
    Template(
      "There's a late fee of {amount} on invoice {invoice}, dated {chargeDate}, but I paid on time with my card ending {card}.",
      "Why was {amount} taken from my card ending {card} on {chargeDate}? Invoice {invoice} says something different."),
    Template(
      "You charged me {amount} on {chargeDate} for a \"premium support\" add-on I never ordered. Invoice {invoice}, card ending {card}.",
      "Invoice {invoice} lists {amount} on {chargeDate} for \"premium support\", which I never asked for. It went out of my card ending {card}."),
  ]

  static let planChange = [
    Template(
      "I'd like to upgrade from {plan} to {newPlan}. Your website says it's {newPrice} a month at {street}, {town}.",
      "I'm on {plan} and want to move to {newPlan} for {newPrice}. The address is {street}, {town}."),
    Template(
      "Can I change my package from {plan} to {newPlan}? I saw the {newPrice} offer online for {street}, {town}.",
      "I want to go from {plan} down to {newPlan}, the {newPrice} one, because I'm working abroad for a few months."),
  ]

  static let movingHouse = [
    Template(
      "I'm moving from {street}, {town} to {newStreet}, {newTown} on {moveDate}, and I want to keep my {plan}.",
      "We're moving house on {moveDate}. New address: {newStreet}, {newTown}. Can the {plan} move with us?"),
    Template(
      "I need to move my broadband to {newStreet} in {newTown} from {moveDate}. I'm currently at {street}, {town}.",
      "Moving on {moveDate} to {newStreet}, {newTown}; what do I need to do to take my {plan} there?"),
  ]

  /// Cancellation openings; every one states the intention to leave.
  static let cancellation = [
    Template(
      "I want to cancel my contract. {competitor} is offering me {newPlan} for {newPrice} a month, and my contract ends on {contractEnd}.",
      "I'm cancelling my contract – it ends on {contractEnd} and {competitor} is cheaper at {newPrice}."),
    Template(
      "I'm switching to another provider. {competitor} quoted me {newPrice} a month; how do I port my number out before {contractEnd}?",
      "Please cancel my broadband. I've signed up with {competitor} at {newPrice} a month and my contract ends on {contractEnd}."),
  ]

  static let all: [Template] = IssueCategory.allCases.flatMap { openings(for: $0) }
}
