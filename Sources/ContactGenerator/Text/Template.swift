/// A line of text with slots, in two to four interchangeable phrasings.
///
/// Variants are written with `{slot}` placeholders (see ``Slot``) and parsed
/// once, when the library holding them is first used.
struct Template: Sendable {
  /// The phrasings, each split into literal text and slots.
  let variants: [[Piece]]

  /// Parses the phrasings. An unknown slot name is a programming error.
  init(_ phrasings: String...) {
    variants = phrasings.map(Self.parse)
  }

  /// One part of a phrasing.
  enum Piece: Sendable {
    case text(String)
    case slot(Slot)
  }

  private static func parse(_ phrasing: String) -> [Piece] {
    var pieces: [Piece] = []
    var literal = ""
    var slotName: String? = nil
    for character in phrasing {
      if var name = slotName {
        if character == "}" {
          guard let slot = Slot(rawValue: name) else { preconditionFailure("unknown slot {\(name)} in \(phrasing)") }
          pieces.append(.slot(slot))
          slotName = nil
        } else {
          name.append(character)
          slotName = name
        }
      } else if character == "{" {
        if !literal.isEmpty { pieces.append(.text(literal)) }
        literal = ""
        slotName = ""
      } else {
        literal.append(character)
      }
    }
    precondition(slotName == nil, "unclosed slot in \(phrasing)")
    if !literal.isEmpty { pieces.append(.text(literal)) }
    return pieces
  }
}
