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

  /// Creates a pseudonymizer from the secret key's bytes.
  public init?(key bytes: [UInt8]) {
    guard bytes.count >= Self.minimumKeyBytes else { return nil }
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
