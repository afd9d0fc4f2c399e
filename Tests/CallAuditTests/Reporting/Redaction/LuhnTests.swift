import Testing
@testable import CallAuditReporting

/// The Luhn check that decides whether 13–19 digits are a card number.
@Suite("Luhn check")
struct LuhnTests {
  private static func digits(_ text: String) -> [UInt8] {
    text.utf8.filter { $0 >= 48 && $0 <= 57 }.map { $0 - 48 }
  }

  @Test("published test card numbers pass", arguments: [
    "4111 1111 1111 1111", "4012 8888 8888 1881", "4222 2222 2222 2", "5555 5555 5555 4444", "5105 1051 0510 5100",
    "2223 0000 4841 0010", "3782 822463 10005", "3714 496353 98431", "6011 1111 1111 1117", "3530 1113 3330 0000",
    "3056 9309 0259 04", "6304 0000 0000 0000 018", "79927398713",
  ])
  func positives(_ number: String) {
    #expect(Luhn.isValid(Self.digits(number)))
  }

  @Test("one changed or swapped digit fails", arguments: [
    "4111 1111 1111 1112", "4012 8888 8888 1882", "5555 5555 5555 4445", "3782 822463 10006", "6011 1111 1111 1171",
    "1234 5678 9012 3456", "79927398710", "",
  ])
  func negatives(_ number: String) {
    #expect(!Luhn.isValid(Self.digits(number)))
  }

  @Test("a 16-digit number failing Luhn is not a card, but after an account label it is an account")
  func failingSixteenDigits() {
    let redactor = PersonalDataRedactor()
    #expect(redactor.redact("card 4111 1111 1111 1112") == "card 4111 1111 1111 1112")
    #expect(redactor.redact("account 4111 1111 1111 1112") == "account [account]")
    #expect(redactor.redact("card 4111 1111 1111 1111") == "card [card]")
  }
}
