import Crypto

/// Replaces customer identifiers with a keyed hash before they reach the history.
///
/// HMAC-SHA-256 of `provider NUL customer id`, with a secret key the operator
/// keeps outside the database: the same customer gets the same pseudonym every
/// night, so repeat contacts are still found across runs, while the database
/// holds no raw identifier and, without the key, a pseudonym cannot be checked
/// against a guessed id. The first 128 bits are kept, as 32 hex digits.
public struct CustomerPseudonymizer: Sendable {
  private let key: SymmetricKey

  /// The fewest key bytes accepted: shorter keys are guessable.
  public static let minimumKeyBytes = 16
  /// The fewest different byte values a key must use: sixteen spaces or
  /// `aaaa…` is long enough but guessable at once. A random key of 16 or more
  /// characters (`openssl rand -base64 32`) easily has this many.
  public static let minimumDistinctBytes = 8

  /// Why a key is refused.
  public enum Weakness: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing but blanks (spaces, tabs, line breaks), or nothing at all.
    case blank
    /// Fewer than ``minimumKeyBytes`` bytes.
    case short(bytes: Int)
    /// Fewer than ``minimumDistinctBytes`` different byte values.
    case repetitive(distinct: Int)

    /// What is wrong, to follow "the customer key from …".
    public var description: String {
      let advice = "make a random one, e.g. with `openssl rand -base64 32`"
      switch self {
      case .blank: return "is empty or only blanks (spaces, tabs, line breaks); \(advice)"
      case .short(let bytes):
        return "is shorter than \(CustomerPseudonymizer.minimumKeyBytes) bytes (\(bytes)); \(advice)"
      case .repetitive(let distinct):
        return "uses only \(distinct) distinct byte value\(distinct == 1 ? "" : "s"), fewer than the "
          + "\(CustomerPseudonymizer.minimumDistinctBytes) a key needs not to be guessed; \(advice)"
      }
    }
  }

  /// Why `bytes` cannot be a key, or `nil` when they can.
  public static func weakness(of bytes: [UInt8]) -> Weakness? {
    if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { return .blank }
    if bytes.count < minimumKeyBytes { return .short(bytes: bytes.count) }
    let distinct = Set(bytes).count
    if distinct < minimumDistinctBytes { return .repetitive(distinct: distinct) }
    return nil
  }

  /// Creates a pseudonymizer from the secret key's bytes; `nil` for a key
  /// with a ``weakness(of:)``.
  public init?(key bytes: [UInt8]) {
    guard Self.weakness(of: bytes) == nil else { return nil }
    key = SymmetricKey(data: bytes)
  }

  /// A fingerprint of the key, stored in the history so a changed key is noticed
  /// (docs/privacy.md): HMAC-SHA-256 of a fixed text under the key, first 128
  /// bits in hex. It tells keys apart without saying anything about the key.
  public var fingerprint: String {
    let code = HMAC<SHA256>.authenticationCode(for: Array("callaudit customer key fingerprint 1".utf8), using: key)
    return Hex.string(code.prefix(16))
  }

  /// The pseudonym of `customer` at `provider`.
  public func pseudonym(provider: String, customer: String) -> String {
    var message = Array(provider.utf8)
    message.append(0)
    message.append(contentsOf: customer.utf8)
    let code = HMAC<SHA256>.authenticationCode(for: message, using: key)
    return "h:" + Hex.string(code.prefix(16))
  }
}
