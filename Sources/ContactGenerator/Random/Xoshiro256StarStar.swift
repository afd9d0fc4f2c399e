/// Blackman and Vigna's xoshiro256**: the generator behind every random choice
/// the sample generator makes.
///
/// The standard library's `random(in:using:)`, `randomElement(using:)` and
/// `shuffle(using:)` are deliberately not used on it: their algorithms are not
/// part of Swift's stability promise, so the draws in ``RandomDraws`` are
/// written out here to keep one seed's output byte-identical everywhere.
struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Creates a generator; the state is filled by SplitMix64, as the authors recommend.
  init(seed: UInt64) {
    var expander = SplitMix64(seed: seed)
    s0 = expander.next()
    s1 = expander.next()
    s2 = expander.next()
    s3 = expander.next()
  }

  /// A generator with the given raw state (not all zero); for checking against
  /// the reference implementation.
  init(state: (UInt64, UInt64, UInt64, UInt64)) {
    (s0, s1, s2, s3) = state
  }

  /// A generator for the `index`-th member of `stream` under `seed`.
  init(seed: UInt64, stream: RandomStream, index: UInt64) {
    self.init(seed: SplitMix64.derive(seed, stream: stream.rawValue, index: index))
  }

  mutating func next() -> UInt64 {
    let result = Self.rotate(s1 &* 5, 7) &* 9
    let t = s1 &<< 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = Self.rotate(s3, 45)
    return result
  }

  private static func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x &<< k) | (x &>> (64 &- k))
  }
}

/// The independent random streams of one generation run. Keeping them apart
/// means, for example, that rewording a template cannot shift the timeline.
enum RandomStream: UInt64, Sendable {
  /// Episode planning: providers, customers, categories, outcomes and times.
  case planning = 1
  /// The wording of one contact, indexed by its plan sequence number.
  case wording = 2
  /// The customer's specifics of one episode (models, amounts, addresses…).
  case specifics = 3
  /// Names of customers and agents, indexed by a person key.
  case names = 4
}
