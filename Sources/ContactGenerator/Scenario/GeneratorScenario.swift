/// How a provider's outsourced and in-house sites behave in generated data —
/// each scenario is a known answer the analysis must reproduce.
public enum GeneratorScenario: String, CaseIterable, Sendable {
  /// Outsourcing hurts: outsourced agents read the script far more often
  /// (P(scripted) 0.55 vs 0.15), and scripted contacts stay unresolved far more
  /// often than tailored ones in every category. Both arms get the same category mix.
  case hurting
  /// No effect: both arms have the same scripted and unresolved rates per category
  /// and the same category mix.
  case neutral
  /// Only in-house sites take contacts (outsourced sites in the spec are ignored).
  case noOutsourcing = "no-outsourcing"
  /// Confounding by case mix: per category both arms behave the same, but the
  /// outsourced sites receive mostly the hard connectivity categories and the
  /// in-house sites mostly the easy account ones. The crude risk ratio is high;
  /// stratified by category (Mantel–Haenszel) it is about 1.
  case harderCategories = "harder-categories"
}
