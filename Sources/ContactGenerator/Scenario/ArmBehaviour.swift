import CallAuditModel

/// How agents at one kind of site handle one category under a scenario.
struct ArmBehaviour: Sendable {
  /// Probability that the agent only reads script lines.
  var scripted: Double
  /// Probability a scripted contact leaves the problem unsolved.
  var unresolvedIfScripted: Double
  /// Probability a tailored contact leaves the problem unsolved.
  var unresolvedIfTailored: Double
}

extension GeneratorScenario {
  /// The behaviour of `sourcing` sites on `category` under this scenario.
  func behaviour(for category: IssueCategory, at sourcing: Sourcing) -> ArmBehaviour {
    let difficulty = category.difficulty
    switch self {
    case .hurting:
      let scripted = sourcing == .outsourced ? 0.55 : 0.15
      switch difficulty {
      case .hard: return ArmBehaviour(scripted: scripted, unresolvedIfScripted: 0.80, unresolvedIfTailored: 0.25)
      case .medium: return ArmBehaviour(scripted: scripted, unresolvedIfScripted: 0.70, unresolvedIfTailored: 0.18)
      case .easy: return ArmBehaviour(scripted: scripted, unresolvedIfScripted: 0.60, unresolvedIfTailored: 0.08)
      case .retention: return ArmBehaviour(scripted: scripted, unresolvedIfScripted: 0.75, unresolvedIfTailored: 0.35)
      }
    case .neutral, .noOutsourcing:
      switch difficulty {
      case .hard: return ArmBehaviour(scripted: 0.30, unresolvedIfScripted: 0.55, unresolvedIfTailored: 0.30)
      case .medium: return ArmBehaviour(scripted: 0.25, unresolvedIfScripted: 0.45, unresolvedIfTailored: 0.20)
      case .easy: return ArmBehaviour(scripted: 0.20, unresolvedIfScripted: 0.35, unresolvedIfTailored: 0.10)
      case .retention: return ArmBehaviour(scripted: 0.25, unresolvedIfScripted: 0.60, unresolvedIfTailored: 0.40)
      }
    case .harderCategories:
      switch difficulty {
      case .hard: return ArmBehaviour(scripted: 0.60, unresolvedIfScripted: 0.80, unresolvedIfTailored: 0.35)
      case .medium: return ArmBehaviour(scripted: 0.35, unresolvedIfScripted: 0.60, unresolvedIfTailored: 0.20)
      case .easy: return ArmBehaviour(scripted: 0.12, unresolvedIfScripted: 0.30, unresolvedIfTailored: 0.06)
      case .retention: return ArmBehaviour(scripted: 0.25, unresolvedIfScripted: 0.60, unresolvedIfTailored: 0.40)
      }
    }
  }

  /// The probability that an episode of `category` is routed to an outsourced site
  /// (when the provider has both kinds).
  func outsourcedShare(for category: IssueCategory) -> Double {
    switch self {
    case .hurting, .neutral: 0.5
    case .noOutsourcing: 0
    case .harderCategories:
      switch category.difficulty {
      case .hard: 0.85
      case .medium: 0.5
      case .easy: 0.12
      case .retention: 0.3
      }
    }
  }
}
