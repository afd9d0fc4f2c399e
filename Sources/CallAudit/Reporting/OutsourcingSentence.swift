/// The one sentence that states a provider's outsourcing verdict with its numbers.
public enum OutsourcingSentence {
  /// E.g. "At Northwind Broadband, outsourced contacts are 2.90× (2.60–3.20) as likely
  /// to end scripted and unresolved, after adjusting for issue mix: beyond the 1.25×
  /// margin, so outsourcing is hurting customers." Each verdict has its own
  /// ending, naming the end of the margin (``PracticalMargin``) it was judged by.
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
    let margin = result.margin
    let upper = adjusted.interval.upperBound
    var text = "At \(provider), outsourced contacts are \(ratio(adjusted.ratio))× "
      + "(\(ratio(adjusted.interval.lowerBound))–\(ratio(upper))) as likely to \(phrase), "
      + "after adjusting for issue mix"
    let high = "the \(PracticalMargin.format(margin.high))× margin", low = "the \(PracticalMargin.format(margin.low))× margin"
    switch c.verdict {
    case .hurting:
      text += ": beyond \(high), so outsourcing is hurting customers."
    case .worseButSmall:
      text += ": worse, but within \(high), so the harm is real but small"
      text += upper > margin.high ? " (the data allow up to \(ratio(upper))×)." : "."
    case .inconclusive:
      text += ": the data cannot tell yet; they allow up to \(ratio(upper))×, beyond \(high)."
    case .notHurting:
      text += upper < 1
        ? ": fewer bad outcomes when outsourced, within \(low), so outsourcing is not hurting customers."
        : ": the data rule out harm beyond \(high), so no sign that outsourcing hurts customers."
    case .better:
      text += ": fewer bad outcomes when outsourced, beyond \(low), so outsourcing serves customers better."
    case .noComparison:
      text += "."
    }
    if c.crudeDiffersMaterially, let crude = c.crude {
      // True whenever the two differ: they are equal when both arms spread
      // their contacts over the strata alike (see ArmComparison).
      text += " Unadjusted, the ratio would be \(ratio(crude.ratio))× "
        + "(\(ratio(crude.interval.lowerBound))–\(ratio(crude.interval.upperBound)))"
        + (c.crudeVerdict != c.verdict ? ", which would read as \(c.crudeVerdict.rawValue)" : "")
        + ": the arms handle a different mix of issues, and the adjusted figure compares like with like."
    }
    return text
  }

  /// Two significant decimals for ratios.
  static func ratio(_ value: Double) -> String {
    TextReportRenderer.decimal(value, places: value >= 10 ? 1 : 2)
  }
}
