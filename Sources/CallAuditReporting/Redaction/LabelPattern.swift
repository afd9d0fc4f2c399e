extension ScanText {
  /// Words that may stand between a label and its value: "account number is
  /// AC-…", "a/c no. 1234…", "postcode: D02 X285".
  private static let labelFillers: [[UInt8]] = ["number", "numbers", "no", "nr", "num", "is", "was", "ending", "reads"]
    .map { Array($0.utf8) }

  /// Where the value after a label ending at `index` starts: past spaces,
  /// `:`, `#`, `=`, `(`, a free-standing dash and filler words ("number", "no.",
  /// "is"), at most six of them.
  func labelValueStart(after index: Int) -> Int {
    // The full stop of an abbreviated label ("customer no. 7654321"), not the end of a sentence.
    var letters = 0
    while isLetter(index - letters - 1) { letters += 1 }
    var position = self[index] == UInt8(ascii: ".") && letters <= 4 ? index + 1 : index
    for _ in 0..<6 {
      while self[position] == UInt8(ascii: " ") { position += 1 }
      let byte = self[position]
      if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "(") {
        position += 1
      } else if byte == UInt8(ascii: "-"), self[position + 1] == UInt8(ascii: " ") {
        position += 1
      } else if byte == 0xE2, self[position + 1] == 0x80, self[position + 2] == 0x93 || self[position + 2] == 0x94 {
        position += 3  // en and em dash
      } else if let end = wordEnd(oneOf: Self.labelFillers, at: position) {
        position = self[end] == UInt8(ascii: ".") ? end + 1 : end
      } else {
        break
      }
    }
    return position
  }
}
