/// The one sentence that states a provider's outsourcing verdict with its numbers.
public enum OutsourcingSentence {
  /// E.g. "At Northwind Broadband, outsourced contacts are 2.9× (2.6–3.2) as likely
  /// to end scripted and unresolved, after adjusting for issue mix."
  public static func make(_ provider: String, _ result: OutsourcingResult) -> String {
    let minimumArm = result.minimumArm
    let c = result.comparison
    let phrase = result.metric.phrase
    guard c.verdict != .noComparison, let adjusted = c.adjusted else {
      let outsourced = c.exposed.trials, inHouse = c.unexposed.trials
      var text = "At \(provider), no comparison on \(result.metric.label): "
        + "\(outsourced) outsourced and \(inHouse) in-house contacts could be measured"
      if outsourced == 0 || inHouse == 0 {
        text += "."
      } else if min(outsourced, inHouse) < minimumArm {
        text += ", fewer than \(minimumArm) in an arm."
      } else {
        text += ", but the events are too few to estimate a ratio."
      }
      return text
    }
    var text = "At \(provider), outsourced contacts are \(ratio(adjusted.ratio))× "
      + "(\(ratio(adjusted.interval.lowerBound))–\(ratio(adjusted.interval.upperBound))) as likely to \(phrase), "
      + "after adjusting for issue mix"
    switch c.verdict {
    case .hurting: text += ": outsourcing is hurting customers."
    case .notHurting: text += ": no sign that outsourcing hurts customers."
    case .inconclusive: text += ": the data cannot tell yet."
    case .noComparison: text += "."
    }
    if c.crudeAndAdjustedDisagree, let crude = c.crude {
      text += " Unadjusted, the ratio would be \(ratio(crude.ratio))× "
        + "(\(ratio(crude.interval.lowerBound))–\(ratio(crude.interval.upperBound))); "
        + "the two disagree because the arms handle different issues."
    }
    return text
  }

  /// Two significant decimals for ratios.
  static func ratio(_ value: Double) -> String {
    TextReportRenderer.decimal(value, places: value >= 10 ? 1 : 2)
  }
}
