/// Who employs the agents at the site that handled a contact.
public enum Sourcing: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
  /// The provider's own staff.
  case inHouse = "in-house"
  /// An outsourcing vendor working for the provider.
  case outsourced
  /// The export does not say.
  case unknown

  /// Parses the canonical spellings and the common variants
  /// (`in-house`, `inhouse`, `internal`, `outsourced`, `vendor`, `bpo`).
  public init?(label: some StringProtocol) {
    // The canonical spellings, in every record of a canonical export, are compared as they
    // are: no lower-cased, filtered copy made character by character.
    for sourcing in Self.allCases where label == sourcing.rawValue {
      self = sourcing
      return
    }
    switch label.lowercased().filter({ $0 != " " && $0 != "_" && $0 != "-" }) {
    case "inhouse", "internal", "own", "captive": self = .inHouse
    case "outsourced", "outsource", "vendor", "bpo", "external", "thirdparty": self = .outsourced
    case "unknown", "": self = .unknown
    default: return nil
    }
  }

  public static func < (lhs: Sourcing, rhs: Sourcing) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Sourcing: CaseIndexed {
  /// Hashed by case (``CaseIndexed``), not by raw value.
  public func hash(into hasher: inout Hasher) { hasher.combine(caseIndex) }

  package var caseIndex: UInt8 {
    switch self {
    case .inHouse: 0
    case .outsourced: 1
    case .unknown: 2
    }
  }
}
