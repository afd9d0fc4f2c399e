/// Replaces personal data in free text with typed placeholders that keep the
/// sentence readable: "I'm at 12 Priory Lane, Malahide, call 087 123 4567"
/// becomes "I'm at [address], call [phone]".
///
/// It recognises, by pattern and on the text's UTF-8 bytes:
/// - ``PersonalDataKind/email``: e-mail addresses;
/// - ``PersonalDataKind/phone``: phone numbers in international (`+` or `00`),
///   national (leading 0) and North American forms — not dates, times, money,
///   speeds, ids such as "CF-0000001" or "INC0012345", model numbers or short numbers;
/// - ``PersonalDataKind/card``: 13–19 digit card numbers that pass the Luhn check;
/// - ``PersonalDataKind/account``: numbers after "account", "acct", "a/c",
///   "customer number", "sort code", "IBAN"…, numbers glued to "AC-", and IBANs
///   whose mod-97 check holds;
/// - ``PersonalDataKind/ip``: public IPv4 and IPv6 addresses (private, loopback
///   and link-local ones identify no one and stay);
/// - ``PersonalDataKind/address``: a house number and street with its unit,
///   town, county and postcode, and postcodes after "postcode", "Eircode" or "ZIP".
///
/// Names of people are not redacted: no pattern tells a customer's name from
/// a town, a product or an agent's first name. Nor are the last four digits
/// of a card or phone ("card ending 4821"), which identify no one alone.
/// `docs/privacy.md` ("What is redacted") lists the exact rules and known limits.
///
/// Redaction is idempotent (placeholders hold nothing a pattern matches), and
/// text without personal data comes back unchanged, byte for byte.
public struct PersonalDataRedactor: Sendable {
  /// Creates a redactor.
  public init() {}

  /// `text` with its personal data replaced by placeholders.
  public func redact(_ text: String) -> String {
    scan(text).text
  }

  /// `text` with its personal data replaced by placeholders, and how many of each kind were replaced.
  public func scan(_ text: String) -> RedactionResult {
    var source = text
    return source.withUTF8 { bytes in
      let matches = RedactionScanner(text: ScanText(bytes: bytes)).matches()
      guard matches.contains(where: { $0.kind != nil }) else { return RedactionResult(text: text, counts: [:]) }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var counts: [PersonalDataKind: Int] = [:]
      var copied = 0
      for match in matches {
        guard let kind = match.kind else { continue }
        output.append(contentsOf: bytes[copied..<match.range.lowerBound])
        output.append(contentsOf: kind.placeholder.utf8)
        counts[kind, default: 0] += 1
        copied = match.range.upperBound
      }
      output.append(contentsOf: bytes[copied...])
      return RedactionResult(text: String(decoding: output, as: UTF8.self), counts: counts)
    }
  }
}
