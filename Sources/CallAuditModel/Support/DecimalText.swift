/// Fixed-point decimal text without locale or Foundation formatting: the one way numbers are
/// written in reports and in the settings they echo.
package enum DecimalText {
  /// `value` with `places` digits after the point, rounded half away from zero.
  package static func fixed(_ value: Double, places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int64(scaled / scale)
    var fraction = String(Int64(scaled) - whole * Int64(scale))
    while fraction.count < places { fraction = "0" + fraction }
    return (value < 0 && scaled != 0 ? "-" : "") + String(whole) + (places > 0 ? "." + fraction : "")
  }
}
