/// The Luhn (mod 10) check digit scheme of ISO/IEC 7812, which every payment
/// card number satisfies.
enum Luhn {
  /// Whether `digits` (values 0–9, most significant first) pass the check:
  /// doubling every second digit from the right, subtracting 9 from doubles
  /// over 9, the sum is a multiple of 10.
  static func isValid(_ digits: [UInt8]) -> Bool {
    guard !digits.isEmpty else { return false }
    var sum = 0
    for (offset, digit) in digits.reversed().enumerated() {
      var value = Int(digit)
      if offset % 2 == 1 {
        value *= 2
        if value > 9 { value -= 9 }
      }
      sum += value
    }
    return sum % 10 == 0
  }
}
