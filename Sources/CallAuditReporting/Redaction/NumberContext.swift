/// What the words just before a number say it is: "order 0123456789" is a
/// reference, "phone: 7703743799" and "my number is 7703743799" are phone
/// numbers, "customer id 1234567890" belongs to an account.
enum NumberContext {
  /// An order, invoice, ticket, tracking or similar reference.
  case reference
  /// An account, customer, membership or card number.
  case account
  /// A phone number.
  case phone
  /// Nothing said.
  case none
}

extension ScanText {
  private static let referenceWords: [[UInt8]] = [
    "order", "invoice", "ticket", "ref", "reference", "case", "incident", "tracking", "serial", "model",
    "part", "sku", "job", "request", "transaction", "booking", "receipt", "claim", "policy", "purchase",
    "confirmation", "item", "product", "track", "payment", "payments",
  ].map { Array($0.utf8) }

  private static let accountWords: [[UInt8]] = [
    "account", "acct", "customer", "member", "membership", "card", "iban", "user", "username",
  ].map { Array($0.utf8) }

  private static let phoneWords: [[UInt8]] = [
    "phone", "telephone", "tel", "mobile", "mob", "cell", "cellphone", "landline", "fax", "whatsapp",
  ].map { Array($0.utf8) }

  private static let number = Array("number".utf8)

  /// Words passed over on the way back to what the number is: "… id is", "… no.".
  private static let fillerWords: [[UInt8]] = ["is", "was", "it's", "its", "no", "nr", "num", "id"].map { Array($0.utf8) }

  /// What up to three words before `index` say the number there is. A bare
  /// "number" ("my number is …") means a phone number unless a reference or
  /// account word comes before it.
  func numberContext(before index: Int) -> NumberContext {
    var position = index
    var numberWord = false
    for _ in 0..<3 {
      guard let word = wordRange(before: position) else { break }
      if isOne(of: Self.referenceWords, word) { return .reference }
      if isOne(of: Self.accountWords, word) { return .account }
      if isOne(of: Self.phoneWords, word) { return .phone }
      if isOne(of: [Self.number], word) {
        numberWord = true
      } else if !isOne(of: Self.fillerWords, word) {
        break
      }
      position = word.lowerBound
    }
    return numberWord ? .phone : .none
  }

  private func isOne(of words: [[UInt8]], _ range: Range<Int>) -> Bool {
    words.contains { $0.count == range.count && hasWord($0, at: range.lowerBound) }
  }
}
