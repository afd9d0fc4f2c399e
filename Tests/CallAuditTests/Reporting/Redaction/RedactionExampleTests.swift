import Testing
@testable import CallAuditReporting

/// Single sentences the redactor must change, and ones it must leave alone.
@Suite("Redaction examples")
struct RedactionExampleTests {
  private let redactor = PersonalDataRedactor()

  @Test("must redact", arguments: [
    // E-mail
    ("Email: a@b.co", "Email: [email]"),
    ("write to x.y-z@sub.example.museum.", "write to [email]."),
    ("(renée.o'neill@example.fr)", "([email])"),
    // Phone
    ("Call 087-123-4567.", "Call [phone]."),
    ("ring 0871234567 tonight", "ring [phone] tonight"),
    ("Berlin +49 30 12345678", "Berlin [phone]"),
    ("00353 87 123 4567", "[phone]"),
    ("+1 (202) 555-0143", "[phone]"),
    ("My number's 555 123 4567.", "My number's [phone]."),
    ("0044 (0) 20 7946 0958", "[phone]"),
    ("call +44 20 7946 0958 12 Priory Lane", "call [phone] [address]"),
    ("on 01 234 5678 24 hours a day", "on [phone] 24 hours a day"),
    ("“0871 234 5678”", "“[phone]”"),
    ("tel. 01.23.45.67.89", "tel. [phone]"),
    ("Phone#: 7703743799; Zip:30093", "Phone#: [phone]; Zip:[address]"),
    ("my number is 7916676427", "my number is [phone]"),
    ("tel 555-1234", "tel [phone]"),
    ("mobile: 0871234567", "mobile: [phone]"),
    // Card
    ("card 4012 8888 8888 1881 exp 12/26", "card [card] exp 12/26"),
    ("JCB 3530111333300000", "JCB [card]"),
    ("Visa 4222222222222.", "Visa [card]."),
    ("4111 1111 1111 1111 1234", "[card] 1234"),
    ("CVC: 0421", "CVC: [card]"),
    ("the security code is 987.", "the security code is [card]."),
    // Account
    ("account no: 12345678", "account no: [account]"),
    ("ACCT-00912345 is mine", "[account] is mine"),
    ("customer no. 7654321", "customer no. [account]"),
    ("bank account 1234 5678, thanks", "bank account [account], thanks"),
    ("routing number 021000021", "routing number [account]"),
    ("sort code: 20-00-00", "sort code: [account]"),
    ("IBAN FR1420041010050500013M02606", "IBAN [account]"),
    ("to NL91ABNA0417164300 today", "to [account] today"),
    ("account AB-7766554433", "account [account]"),
    // IP
    ("from 81.2.69.142 at night", "from [ip] at night"),
    ("[2001:db8::1]:443", "[[ip]]:443"),
    ("mapped ::ffff:203.0.113.9", "mapped [ip]"),
    ("2a00:1450:4009:81f::200e answered", "[ip] answered"),
    // Address
    ("12A Church Street", "[address]"),
    ("12-14 Castle Street, Kilkenny.", "[address]."),
    ("at 3 The Crescent, Wexford", "at [address]"),
    ("Unit 7, 4 Market Square, Navan", "[address]"),
    ("350 5th Avenue, New York, NY 10118", "[address]"),
    ("123 Main St Apt 4B, Springfield", "[address]"),
    ("postcode: M1 1AE", "postcode: [address]"),
    ("zip 90210", "zip [address]"),
    ("8 O’Connell Street, Clonmel", "[address]"),
    ("at 60 Seaview Park, Dún Laoghaire – the router", "at [address] – the router"),
    ("534 Holdcombe Road, Greenmount, Bury BL8 4EJ email", "[address] email"),
    ("3021 Veterans Rd West, Charleston area", "[address] area"),
    ("street_address: 6821 1st ave", "street_address: [address]"),
    ("at 8865 lexington ave.", "at [address]."),
    ("ship to 12 main st please", "ship to [address] please"),
    ("Acct#0045127833", "Acct#[account]"),
    ("Go 2 804 H St NE 2 find out more", "Go 2 [address] 2 find out more"),
    ("532 W. Broadway location", "[address] location"),
    ("1050 Sunnyview Road Northeast, Salem, OR", "[address]"),
    ("324 South State Street, Salt Lake City, UT 84111", "[address]"),
  ])
  func mustRedact(_ input: String, _ expected: String) {
    #expect(redactor.redact(input) == expected)
  }

  @Test("must not redact", arguments: [
    "2025-03-01", "01/03/2025", "3/1/25", "10:30", "10:30:00", "at 14:05:59.123", "€45.00", "€ 1 234 567",
    "£0871.23", "100 Mbps", "1000/100 Mbps", "CF-0000001", "INC0012345", "REF-482913", "INV-2025-004512",
    "2024", "TG789", "VMG8825-T50", "RT-AX58U", "5.0.1", "version 10.0.19045.3803", "firmware 1.2.3.4",
    "1h30", "00:45:12", "999", "112", "call 555-1234", "4111 1111 1111 1112", "1234567890123456",
    "the 3 Musketeers", "meet at 10 Park", "room 12 Building C", "Press 2 Then 3", "I waited 45 Minutes",
    "cvv 12", "CVV 12345", "ping 8.8.8.8", "DNS 1.1.1.1 and 9.9.9.9", "192.168.1.254", "255.255.255.0", "0.0.0.0", "172.20.1.9", "169.254.10.1", "fd12:3456:789a::1",
    "account 2 weeks ago", "account since 2019", "account ending 4821", "account for 24 months",
    "F@st", "@handle", "user@localhost", "ISBN 978-3-16-148410-0", "+1", "+353", "+10%", "score 3-2",
    "53.3498, -6.2603", "order 0123456789", "ticket #0871234567", "1741234567890", "serial 20250301103000",
    "Thursday 13 March", "14 August 2025", "Fibre 500", "Gigabit 1000", "Error 651", "5 GHz",
    "between 8 and 1", "3 to 5 working days", "dead::beef", "std::vector", "a::b", "IPv6 ::",
    // Words with a street's ending, and lower-case phrases with a street word.
    "502 Bad Gateway", "504 Gateway Timeout", "3 Reviews", "a 2 way street", "the 2 lane road", "in 3 days time",
    "ends on 6 August 2025 and Woodgrove Fibre", "open 9 to 5, and the Main Street branch",
    // References that look like phone or card numbers.
    "purchase 00004587345", "order number 7703743799", "customer id 2025550143", "tracking 5180735251790",
    "Track ID is 20174042201", "payments number 54488886",
    // Toll-free numbers belong to businesses.
    "call 1-800-379-6453", "on 0800 028 0202", "(855) 551 2113", "+1 888 555 0100", "phone 8005550100",
    "+353 1800 123 456", "+44 800 123 4567",
    // Known limits: an unbroken ten-digit number with no phone word could as well be an order id;
    // a street without a house number.
    "7703743799", "Willow Crescent, Malahide",
  ])
  func mustNotRedact(_ input: String) {
    let result = redactor.scan(input)
    #expect(result.text == input)
    #expect(result.counts.isEmpty)
  }

  @Test("counts per kind")
  func counts() {
    let result = redactor.scan(
      "Mail a@example.com or b@example.org, call 087 123 4567, card 4111 1111 1111 1111, account 12345678, "
        + "IP 203.0.113.5, at 12 Mill Lane, Bray.")
    #expect(result.counts == [.email: 2, .phone: 1, .card: 1, .account: 1, .ip: 1, .address: 1])
    #expect(result.total == 7)
    #expect(result.text == "Mail [email] or [email], call [phone], card [card], account [account], IP [ip], at [address].")
  }

  @Test("placeholders are the kind's name in brackets")
  func placeholders() {
    #expect(PersonalDataKind.allCases.map(\.placeholder) == [
      "[email]", "[phone]", "[card]", "[account]", "[ip]", "[address]",
    ])
  }

  @Test("text without personal data is the same string, and empty text stays empty")
  func unchanged() {
    #expect(redactor.redact("") == "")
    #expect(redactor.scan("").counts.isEmpty)
    let text = "Thank you for calling, how can I help? Zoë, Dún Laoghaire, “quotes” – dashes…"
    #expect(redactor.redact(text) == text)
    #expect(redactor.redact(text).utf8.elementsEqual(text.utf8))
  }

  @Test("redacting twice changes nothing more")
  func idempotent() {
    let text = "Flat 3, 12 Priory Lane, Swords; +44 20 7946 0958; 4111-1111-1111-1111; account AC-48213377; "
      + "a@b.ie; 2001:db8::7; IBAN: IE29 AIBK 9311 5212 3456 78 and 01 234 5678 24 hours"
    let once = redactor.redact(text)
    #expect(redactor.redact(once) == once)
    #expect(redactor.scan(once).counts.isEmpty)
  }
}
