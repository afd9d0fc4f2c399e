import CallAuditMetrics

/// The one sentence that states a provider's outsourcing verdict with its numbers.
public enum OutsourcingSentence {
  /// E.g. "At Northwind Broadband, outsourced contacts are 2.90× (2.60–3.20) as likely
  /// to end scripted and unresolved, after adjusting for issue mix: beyond the 1.25×
  /// margin, so outsourcing is hurting customers." Each verdict has its own
  /// ending, naming the end of the margin (``PracticalMargin``) it was judged by.
  ///
  /// With `explainingCrude` (the default) a materially different crude ratio is
  /// given and explained after the verdict; the HTML card leaves it to its note.
  public static func make(_ provider: String, _ result: OutsourcingResult, explainingCrude: Bool = true) -> String {
    let c = result.comparison
    let phrase = result.metric.phrase
    guard c.verdict != .noComparison, let adjusted = c.adjusted else {
      return "At \(provider), no comparison on \(result.metric.label): \(reason(result))."
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
    if explainingCrude, c.crudeDiffersMaterially, let crude = c.crude {
      // True whenever the two differ: they are equal when both arms spread
      // their contacts over the strata alike (see ArmComparison).
      text += " Unadjusted, the ratio would be \(ratio(crude.ratio))× "
        + "(\(ratio(crude.interval.lowerBound))–\(ratio(crude.interval.upperBound)))"
        + (c.crudeVerdict != c.verdict ? ", which would read as \(c.crudeVerdict.rawValue)" : "")
        + ": the arms handle a different mix of issues, and the adjusted figure compares like with like."
    }
    return text
  }

  /// Why `result` has no comparison, with its numbers, as the end of a sentence
  /// (no capital, no full stop).
  static func reason(_ result: OutsourcingResult) -> String {
    let arms = result.arms, c = result.comparison
    switch result.noComparison {
    case .noSourcing:
      return "no sourcing is known for its \(count(arms.unknown, "contact")) "
        + "(give --sites to compare outsourced and in-house)"
    case .oneArm(let present):
      let other = present == .inHouse ? "outsourced" : "in-house"
      let known = present == .inHouse ? arms.inHouse : arms.outsourced
      let which = arms.unknown > 0
        ? "all its \(count(known, "contact")) of known sourcing are \(present.rawValue) "
          + "(\(arms.unknown) more are of unknown sourcing)"
        : "all its \(count(known, "contact")) are \(present.rawValue)"
      return which + "; there are no \(other) contacts to compare with"
    case .notMeasured(let outsourced?, let inHouse?):
      let why = outsourced == inHouse ? outsourced : "outsourced: \(outsourced); in-house: \(inHouse)"
      return "none of its \(arms.outsourced) outsourced and \(count(arms.inHouse, "in-house contact")) "
        + "could be measured for it (\(why))"
    case .notMeasured(let outsourced?, nil):
      return "none of its \(count(arms.outsourced, "outsourced contact")) could be measured for it "
        + "(\(outsourced)), though \(c.unexposed.trials) in-house could"
    case .notMeasured(nil, let inHouse?):
      return "none of its \(count(arms.inHouse, "in-house contact")) could be measured for it "
        + "(\(inHouse)), though \(c.exposed.trials) outsourced could"
    case .smallArm:
      func arm(_ measured: Int, _ all: Int, _ name: String) -> String {
        measured == all ? "\(measured) \(name)" : "\(measured) of \(all) \(name)"
      }
      return arm(c.exposed.trials, arms.outsourced, "outsourced") + " and "
        + arm(c.unexposed.trials, arms.inHouse, "in-house") + " contacts could be measured, "
        + "fewer than the \(result.minimumArm) each arm needs"
    case .noSharedStratum:
      return "its \(c.exposed.trials) outsourced and \(c.unexposed.trials) in-house contacts measured "
        + "never share an issue category (\(result.stratifiedBy)), so none can be compared like with like"
    case .tooFewEvents(let outsourced, let inHouse):
      let measured = "\(c.exposed.trials) outsourced and \(c.unexposed.trials) in-house contacts could be measured"
      if outsourced == 0 || inHouse == 0 {
        return measured + ", but the events are too few to estimate a ratio "
          + "(\(outsourced) outsourced, \(inHouse) in-house, in the issue categories both arms handle)"
      }
      return measured + ", but in every issue category both arms handle, the contacts are all events or none, "
        + "so the ratio has no interval"
    case .notMeasured(nil, nil), nil:
      // Not reached: a no-comparison always has a reason, and not-measured names an arm.
      return "\(c.exposed.trials) outsourced and \(c.unexposed.trials) in-house contacts could be measured"
    }
  }

  /// `1 contact`, `652 contacts`.
  static func count(_ value: Int, _ noun: String) -> String {
    "\(value) \(noun)\(value == 1 ? "" : "s")"
  }

  /// Two significant decimals for ratios.
  static func ratio(_ value: Double) -> String {
    TextReportRenderer.decimal(value, places: value >= 10 ? 1 : 2)
  }
}
