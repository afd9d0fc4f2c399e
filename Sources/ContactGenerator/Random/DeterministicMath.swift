/// Elementary functions computed with `+`, `-`, `*` and `/` only, which IEEE 754
/// rounds identically everywhere — unlike the C library's `exp`, whose last bit
/// may differ between platforms and would break byte-identical output.
enum DeterministicMath {
  private static let ln2 = 0.693_147_180_559_945_3

  /// eˣ for moderate `x` (|x| < 700), accurate to a few ulps.
  static func exp(_ x: Double) -> Double {
    // x = k·ln2 + r with |r| ≤ ln2/2, then eʳ by its Taylor series.
    let k = (x / ln2 + (x < 0 ? -0.5 : 0.5)).rounded(.towardZero)
    let r = x - k * ln2
    var term = 1.0, sum = 1.0
    for n in 1...18 {
      term *= r / Double(n)
      sum += term
    }
    return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
  }
}
