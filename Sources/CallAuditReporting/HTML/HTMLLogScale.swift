#if canImport(Glibc)
  import Glibc
#endif

/// The logarithmic risk-ratio axis of the forest plot: bounds on the 1-2-5
/// series that cover every estimate (within 0.01…100) and always show 1 and the
/// margin's ends (the caller includes them in the values covered), with
/// labelled ticks.
struct HTMLLogScale {
  /// The ratio at the left edge.
  let lower: Double
  /// The ratio at the right edge.
  let upper: Double
  /// The labelled tick values, ascending.
  let ticks: [Double]

  private static let series: [Double] = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]

  /// The narrowest scale covering `values` (interval bounds and points).
  init(covering values: [Double]) {
    let positive = values.filter { $0 > 0 && $0.isFinite }
    let smallest = min(positive.min() ?? 1, 0.5), largest = max(positive.max() ?? 1, 2)
    let low = Self.series.last { $0 <= smallest } ?? Self.series[0]
    let high = Self.series.first { $0 >= largest } ?? Self.series[Self.series.count - 1]
    let inside = Self.series.filter { $0 >= low && $0 <= high }
    let kept: Set<Double> = [0.01, 0.1, 0.5, 1, 2, 10, 100]
    lower = low
    upper = high
    ticks = inside.count <= 7 ? inside : inside.filter { kept.contains($0) || $0 == low || $0 == high }
  }

  /// Whether `ratio` lies left of the axis.
  func isBelow(_ ratio: Double) -> Bool { ratio < lower }

  /// Whether `ratio` lies right of the axis.
  func isAbove(_ ratio: Double) -> Bool { ratio > upper }

  /// The x position of `ratio` on an axis from `left` spanning `width`, clamped to it.
  func position(_ ratio: Double, left: Double, width: Double) -> Double {
    guard ratio > 0, ratio.isFinite else { return ratio > 0 ? left + width : left }
    let share = (log(ratio) - log(lower)) / (log(upper) - log(lower))
    return left + min(max(share, 0), 1) * width
  }

  /// Writes the axis line with ticks and labels at `top`.
  func writeAxis(top: Double, left: Double, width: Double, to w: inout HTMLWriter) {
    w.element("g", [HTMLAttribute("class", "axis")]) { w in
      w.shape("line", [
        HTMLAttribute("class", "reference"), HTMLAttribute("x1", left), HTMLAttribute("x2", left + width),
        HTMLAttribute("y1", top + 2), HTMLAttribute("y2", top + 2),
      ])
      for tick in ticks {
        let x = position(tick, left: left, width: width)
        w.shape("line", [
          HTMLAttribute("class", "reference"), HTMLAttribute("x1", x), HTMLAttribute("x2", x),
          HTMLAttribute("y1", top + 2), HTMLAttribute("y2", top + 6),
        ])
        w.element("text", [
          HTMLAttribute("class", "axis-label"), HTMLAttribute("x", x), HTMLAttribute("y", top + 17),
          HTMLAttribute("text-anchor", "middle"),
        ], text: HTMLFormat.data(tick))
      }
      w.element("text", [
        HTMLAttribute("class", "axis-label"), HTMLAttribute("x", left + width / 2), HTMLAttribute("y", top + 31),
        HTMLAttribute("text-anchor", "middle"),
      ], text: "risk ratio, outsourced ÷ in-house (log scale) — right of 1: worse when outsourced")
    }
  }
}
