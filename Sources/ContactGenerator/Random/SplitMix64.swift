/// Sebastiano Vigna's SplitMix64: a tiny 64-bit generator used here to expand one
/// seed into the state of ``Xoshiro256StarStar`` and to derive independent streams.
///
/// Only wrapping integer arithmetic is involved, so the sequence is the same on
/// every platform and toolchain.
struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator whose first output depends on every bit of `seed`.
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// The SplitMix64 output function: a bijective avalanche of 64 bits.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z &>> 31)
  }

  /// A seed for the `index`-th member of stream `stream` under `seed`; distinct
  /// (seed, stream, index) triples give unrelated seeds.
  static func derive(_ seed: UInt64, stream: UInt64, index: UInt64) -> UInt64 {
    mix(mix(seed ^ mix(stream &* 0xD1B5_4A32_D192_ED03)) &+ index &* 0x9E37_79B9_7F4A_7C15)
  }
}
