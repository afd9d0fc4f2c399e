/// The linear 0…max axis of a rate chart, with a "nice" maximum that covers
/// every interval shown and evenly spaced percentage ticks.
struct HTMLRateScale {
  /// The share at the right edge.
  let maximum: Double
  /// Tick values from 0 to ``maximum``.
  let ticks: [Double]

  /// Nice maxima and their tick steps, smallest first.
  private static let steps: [(maximum: Double, step: Double)] = [
    (0.05, 0.01), (0.1, 0.02), (0.2, 0.05), (0.3, 0.1), (0.4, 0.1), (0.5, 0.1), (0.6, 0.2), (0.8, 0.2), (1.0, 0.2),
  ]

  /// The smallest nice scale that reaches `maximum` (a share, 0…1).
  init(maximum: Double) {
    let chosen = Self.steps.first { $0.maximum >= maximum - 1e-12 } ?? (1.0, 0.2)
    self.maximum = chosen.maximum
    let count = Int((chosen.maximum / chosen.step).rounded())
    ticks = (0...count).map { Double($0) * chosen.step }
  }

  /// The x position of `share` on an axis `width` wide, clamped to the axis.
  func position(_ share: Double, width: Double) -> Double {
    min(max(share / maximum, 0), 1) * width
  }

  /// Writes the axis line, its ticks and percentage labels below `top`.
  func writeAxis(top: Double, width: Double, to w: inout HTMLWriter) {
    w.element("g", [HTMLAttribute("class", "axis")]) { w in
      w.shape("line", [
        HTMLAttribute("class", "reference"), HTMLAttribute("x1", 0.0), HTMLAttribute("x2", width),
        HTMLAttribute("y1", top + 2), HTMLAttribute("y2", top + 2),
      ])
      for (index, tick) in ticks.enumerated() {
        let x = position(tick, width: width)
        w.shape("line", [
          HTMLAttribute("class", "reference"), HTMLAttribute("x1", x), HTMLAttribute("x2", x),
          HTMLAttribute("y1", top + 2), HTMLAttribute("y2", top + 6),
        ])
        let anchor = index == 0 ? "start" : index == ticks.count - 1 ? "end" : "middle"
        w.element("text", [
          HTMLAttribute("class", "axis-label"), HTMLAttribute("x", x), HTMLAttribute("y", top + 17),
          HTMLAttribute("text-anchor", anchor),
        ], text: HTMLFormat.fixed(tick * 100, places: 0) + "%")
      }
    }
  }
}
