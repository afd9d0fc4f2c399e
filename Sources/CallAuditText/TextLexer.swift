/// Splits UTF-8 text into lexemes in one pass over the bytes, without Foundation.
///
/// The lexer works on maximal runs of non-separator bytes ("chunks": `14:02`, `you're`,
/// `$45.99/month`, `t.co/abc`) and classifies each, so that one tokenisation serves the
/// fingerprints, the customer-phrase rules and the specifics extraction alike.
/// It allocates nothing per token: normalised bytes are written into one scratch buffer that
/// is handed to the callback and reused.
///
/// Every method is `mutating`, even read-only helpers: calling a non-mutating method of this
/// ~230-byte struct from a mutating one made Swift copy the whole struct per call. The
/// classification steps live in `TextLexer+Chunks`, `+Words`, `+Numbers` and `+Emission`.
package struct TextLexer {
  /// The callback type: a lexeme and its normalised bytes (valid only during the call).
  package typealias Sink = (Lexeme, UnsafeBufferPointer<UInt8>) -> Void

  /// The text being scanned.
  package let source: UnsafeBufferPointer<UInt8>
  /// The current chunk with curly apostrophes folded to `'` and `£`/`€` folded to `$`.
  package let clean: UnsafeMutableBufferPointer<UInt8>
  /// `offsets[k]` is the source offset of `clean[k]`; one extra slot holds the chunk end.
  package let offsets: UnsafeMutableBufferPointer<Int>
  /// Where each lexeme's normalised bytes are written before the callback sees them.
  package let out: UnsafeMutableBufferPointer<UInt8>
  /// Whether the next lexeme opens a sentence.
  package var initialPending = true
  // The vocabularies are fetched once per scan: a `static let` access per token costs a
  // lazy-initialisation check.
  /// `TextVocabulary.bareContractions`.
  package let contractions = TextVocabulary.bareContractions
  /// `TextVocabulary.negatedStems`.
  package let negatedStems = TextVocabulary.negatedStems
  /// `TextVocabulary.abbreviations`.
  package let abbreviations = TextVocabulary.abbreviations
  /// `TextVocabulary.topLevelDomains`.
  package let topLevelDomains = TextVocabulary.topLevelDomains
  /// `TextVocabulary.isContractionBases`.
  package let isBases = TextVocabulary.isContractionBases
  /// The hash of "let" ("let's" → "let us").
  package static let letHash = TextHash.word("let")

  /// Calls `body` for every lexeme of `text`, in order.
  package static func scan<S: StringProtocol>(_ text: S, _ body: Sink) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { scan(bytes: $0, body) }
    if done == nil {
      let copy = Array(text.utf8)
      copy.withUnsafeBufferPointer { scan(bytes: $0, body) }
    }
  }

  /// Calls `body` for every lexeme of the UTF-8 bytes, in order.
  package static func scan(bytes: UnsafeBufferPointer<UInt8>, _ body: Sink) {
    guard !bytes.isEmpty else { return }
    // Tokens never grow by more than a few bytes ("can't" → "can"), so 2n + 32 is ample.
    let capacity = bytes.count + 32
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity * 2) { scratch in
      scratch.initialize(repeating: 0)  // whole-word hashing may read past a token's end
      withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { offsets in
        var lexer = TextLexer(
          source: bytes,
          clean: UnsafeMutableBufferPointer(rebasing: scratch[0..<capacity]),
          offsets: offsets,
          out: UnsafeMutableBufferPointer(rebasing: scratch[capacity..<(capacity * 2)]))
        lexer.run(body)
      }
    }
  }

  private init(
    source: UnsafeBufferPointer<UInt8>, clean: UnsafeMutableBufferPointer<UInt8>,
    offsets: UnsafeMutableBufferPointer<Int>, out: UnsafeMutableBufferPointer<UInt8>
  ) {
    self.source = source
    self.clean = clean
    self.offsets = offsets
    self.out = out
  }

  /// Scans the whole source, chunk by chunk.
  package mutating func run(_ body: Sink) {
    let count = source.count
    var index = 0
    // Labelled: the shed-byte fast path below moves on to the next chunk from the inner loop.
    chunks: while index < count {
      let byte = source[index]
      if ByteRole.isASCIISeparator(byte) {
        if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == 0x0A || byte == 0x0D {
          initialPending = true
        }
        index += 1
        continue
      }
      if byte >= 0x80 {
        let (role, width) = ByteRole.at(index, in: source)
        if role == .separator {
          if ByteRole.endsSentence(at: index, in: source) { initialPending = true }
          index += width
          continue
        }
      }
      // A chunk: note what it contains so plain words skip the general classifier.
      let start = index
      var sawLower = false
      var special = false
      // Eight bytes at a time while they are ASCII letters (most of any text).
      let raw = UnsafeRawPointer(source.baseAddress!)
      while index + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let letters = LetterBlock.letters(word)
        let others = ~letters & LetterBlock.highBits
        let run = others == 0 ? 8 : others.trailingZeroBitCount >> 3
        let kept = run == 8 ? letters : letters & ((1 << UInt64(run * 8)) &- 1)
        if LetterBlock.hasLowercase(word, letters: kept) { sawLower = true }
        index += run
        if run < 8 { break }
      }
      while index < count {
        let next = source[index]
        if next.isLetterByte {
          if next >= 0x61 { sawLower = true }
          index += 1
        } else if next < 0x80 {
          guard next.isDigitByte || ByteRole.isInnerASCII(next) else { break }
          if !special, index > start, ByteRole.trimsTrailing(next), endsChunk(after: index) {
            // Letters and one byte a chunk sheds ("router.", "account,"): the word a chunk
            // would classify, without the classifying; a full stop ends the sentence unless
            // it closes an abbreviation ("etc.").
            let hash = plainWord(from: start, to: index, allCaps: !sawLower && index - start >= 2, body)
            if next == UInt8(ascii: "."), !abbreviations.contains(hash) { initialPending = true }
            index += 1
            continue chunks
          }
          special = true
          index += 1
        } else {
          let (role, width) = ByteRole.at(index, in: source)
          if role == .separator { break }
          special = true
          index += width
        }
      }
      if special {
        if chunk(from: start, to: index, body) { initialPending = true }
      } else {
        plainWord(from: start, to: index, allCaps: !sawLower && index - start >= 2, body)
      }
    }
  }

  /// The fast path: a chunk of ASCII letters only (most of any text), or the letters before
  /// the one byte a chunk sheds (see `run`).
  ///
  /// Works in 7-byte blocks held in registers: each block is loaded from the source, lower-
  /// cased by setting bit 0x20 (every byte is a letter), stored to `out` and folded into the
  /// word hash, which equals `TextHash.word` of the lower-cased bytes, and which it returns.
  @discardableResult
  package mutating func plainWord(from start: Int, to end: Int, allCaps: Bool, _ body: Sink) -> UInt64 {
    let length = end - start
    let raw = UnsafeRawPointer(source.baseAddress!)
    let target = UnsafeMutableRawPointer(out.baseAddress!)
    var state = WordHasher.seed
    var offset = 0
    var block: UInt64 = 0
    while true {
      let remaining = length - offset
      let take = min(remaining, 7)
      if start + offset + 8 <= source.count {
        block = raw.loadUnaligned(fromByteOffset: start + offset, as: UInt64.self)
      } else {
        block = 0  // the text's last bytes: gather them one by one
        for index in 0..<take {
          block |= UInt64(source[start + offset + index]) << UInt64(index * 8)
        }
      }
      block = (block | 0x2020_2020_2020_2020) & ((1 << UInt64(take * 8)) &- 1)
      target.storeBytes(of: block, toByteOffset: offset, as: UInt64.self)
      if remaining < 7 { break }
      state = TextHash.mix(state ^ block)
      offset += 7
      if offset == length { block = 0; break }
    }
    let hash = TextHash.mix(state ^ block ^ (UInt64(truncatingIfNeeded: length) << 56))
    let shape = Shape(capitalized: source[start] < 0x5B, allCaps: allCaps)
    if length <= 8, contractions.mayContain(hash), let expansion = contractions.lookup(hash) {
      emitWord(expansion.0, start, end, shape, body, source: true)
      emitWord(expansion.1, start, end, Shape(), body, source: true)
    } else {
      emitSpan(.word, length: length, hash: hash, start, end, shape, body)
    }
    return hash
  }

  /// Whether the chunk ends after the byte at `index`: the text ends, or an ASCII byte that is
  /// no letter, digit or inner byte follows (a multi-byte character is left to the chunk).
  @inline(__always)
  package mutating func endsChunk(after index: Int) -> Bool {
    guard index + 1 < source.count else { return true }
    return ByteRole.isASCIISeparator(source[index + 1])
  }

  /// Cleans, trims and classifies one chunk; returns whether it ended a sentence with a full
  /// stop that is not part of a known abbreviation.
  package mutating func chunk(from start: Int, to end: Int, _ body: Sink) -> Bool {
    var count = 0
    var index = start
    while index < end {
      let byte = source[index]
      offsets[count] = index
      if byte == 0xE2, index + 2 < end, source[index + 1] == 0x80 {
        clean[count] = UInt8(ascii: "'")  // ‘ or ’: the only E2 80 xx bytes a chunk holds
        index += 3
      } else if byte == 0xE2, index + 2 < end {
        clean[count] = UInt8(ascii: "$")  // €
        index += 3
      } else if byte == 0xC2, index + 1 < end, source[index + 1] == 0xA3 {
        clean[count] = UInt8(ascii: "$")  // £
        index += 2
      } else {
        clean[count] = byte
        index += 1
      }
      count += 1
    }
    offsets[count] = end
    var low = 0
    var high = count
    while low < high, ByteRole.trimsLeading(clean[low]) { low += 1 }
    var period = false
    while high > low, ByteRole.trimsTrailing(clean[high - 1]) {
      if clean[high - 1] == UInt8(ascii: ".") { period = true }
      high -= 1
    }
    guard low < high else { return period }
    part(low, high, body)
    return period && !isAbbreviation(low, high)
  }

  /// Whether `clean[low..<high]` without its dots is a known abbreviation ("e.g.", "Mr.").
  package mutating func isAbbreviation(_ low: Int, _ high: Int) -> Bool {
    var hasher = WordHasher()
    for index in low..<high where clean[index] != UInt8(ascii: ".") {
      hasher.append(clean[index].asciiLowercasedLetter)
    }
    return abbreviations.contains(hasher.finish())
  }
}
