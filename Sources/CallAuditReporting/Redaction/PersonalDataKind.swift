/// A kind of personal data the ``PersonalDataRedactor`` recognises.
///
/// Names of people are deliberately not a kind: telling a customer's name
/// from a town, a product or an agent's first name needs more than patterns.
public enum PersonalDataKind: String, CaseIterable, Sendable, Hashable {
  /// An e-mail address, `name@example.com`.
  case email
  /// A phone number in a national or international form.
  case phone
  /// A payment card number: 13 to 19 digits that pass the Luhn check.
  case card
  /// A bank or customer account number, an IBAN or a sort code.
  case account
  /// A public IPv4 or IPv6 address.
  case ip
  /// A street address with its house number, town and postcode, or a postcode given as such.
  case address

  /// What replaces data of this kind in redacted text: `[email]`, `[phone]`, …
  public var placeholder: String { "[\(rawValue)]" }
}
