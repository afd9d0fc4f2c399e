/// Long texts are read in pieces so that what reading them costs is bounded by a piece,
/// not by the text: tokens take about 100 bytes each and the lexer a word of scratch per
/// byte, so a 30 MB customer turn read whole took over 1 GB (issue 19, item 4).
///
/// Pieces are cut after a sentence's end or a line break, so a phrase rule, which reads
/// within a sentence, sees what it would in the whole text. A text of at most
/// ``pieceBytes`` is one piece: ordinary contacts are read exactly as before.
package enum TextPieces {
  /// The size a piece reaches before it is cut at the next sentence end.
  package static let pieceBytes = 64 << 10
  /// How far past ``pieceBytes`` a sentence end (or else a space) is looked for.
  package static let slack = 4 << 10

  /// Calls `body` with each piece of `text`'s UTF-8 bytes, in order, with its number.
  /// - Complexity: O(*n*) in the text's bytes.
  package static func forEach(in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
    var start = 0
    var piece = 0
    while start < text.count {
      let end = self.end(in: text, from: start)
      body(UnsafeBufferPointer(rebasing: text[start..<end]), piece)
      start = end
      piece += 1
    }
  }

  /// Calls `body` with each piece of `text`: the text itself when it is one piece.
  package static func forEach(in text: String, _ body: (String) -> Void) {
    guard text.utf8.count > pieceBytes else {
      body(text)
      return
    }
    var text = text
    text.withUTF8 { bytes in
      forEach(in: bytes) { piece, _ in body(String(decoding: piece, as: UTF8.self)) }
    }
  }

  /// The end of the piece starting at `start`: just after the first sentence end or line
  /// break past ``pieceBytes``, else after a space, else at a character boundary.
  private static func end(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let target = start + pieceBytes
    guard target < text.count else { return text.count }
    let limit = min(text.count, target + slack)
    let breaks: [UInt8] = [0x0A, 0x2E, 0x21, 0x3F]  // \n . ! ?
    if let end = (target..<limit).first(where: { breaks.contains(text[$0]) }) { return end + 1 }
    if let space = (target..<limit).first(where: { text[$0] == 0x20 }) { return space + 1 }
    var end = target
    while end < text.count, text[end] & 0xC0 == 0x80 { end += 1 }  // never inside a character
    return end
  }
}
