/// The issue categories generated contacts carry, with how hard each is to solve.
enum IssueCategory: Int, CaseIterable, Sendable {
  case noInternet, intermittentConnection, slowSpeed, equipment
  case billing, planChange, movingHouse, cancellation

  /// The exported, lower-cased category name.
  var label: String {
    switch self {
    case .noInternet: "no-internet"
    case .intermittentConnection: "intermittent-connection"
    case .slowSpeed: "slow-speed"
    case .equipment: "equipment"
    case .billing: "billing"
    case .planChange: "plan-change"
    case .movingHouse: "moving-house"
    case .cancellation: "cancellation"
    }
  }

  /// How hard the category is to solve; scenario rates are set per difficulty.
  var difficulty: Difficulty {
    switch self {
    case .noInternet, .intermittentConnection, .slowSpeed: .hard
    case .equipment: .medium
    case .billing, .planChange, .movingHouse: .easy
    case .cancellation: .retention
    }
  }

  /// Which script and wording library the category draws on.
  var topic: Topic {
    switch self {
    case .noInternet, .intermittentConnection, .slowSpeed: .connectivity
    case .equipment: .equipment
    case .billing: .billing
    case .planChange, .movingHouse: .account
    case .cancellation: .retention
    }
  }

  /// The share of a provider's episodes in this category.
  var baseWeight: Double {
    switch self {
    case .noInternet: 0.16
    case .intermittentConnection: 0.14
    case .slowSpeed: 0.14
    case .equipment: 0.10
    case .billing: 0.20
    case .planChange: 0.10
    case .movingHouse: 0.10
    case .cancellation: 0.06
    }
  }

  /// Hard categories are technical faults; easy ones are account chores.
  enum Difficulty: Sendable { case hard, medium, easy, retention }

  /// The wording library a category uses.
  enum Topic: Sendable { case connectivity, equipment, billing, account, retention }
}
