import CallAuditModel
import Testing

/// Every spelling `Sourcing(label:)` documents reads as its case, the canonical ones (compared
/// as they are) and the variants (lower-cased, blanks and dashes dropped) alike.
@Suite("Sourcing labels")
struct SourcingLabelTests {
  @Test(
    "Canonical spellings and their variants",
    arguments: [
      ("in-house", Sourcing.inHouse), ("outsourced", .outsourced), ("unknown", .unknown),
      ("In-House", .inHouse), ("IN HOUSE", .inHouse), ("in_house", .inHouse), ("internal", .inHouse),
      ("Captive", .inHouse), ("OUTSOURCED", .outsourced), ("BPO", .outsourced), ("Third Party", .outsourced),
      ("third-party", .outsourced), ("Vendor", .outsourced), ("Unknown", .unknown), ("", .unknown),
    ])
  func reads(label: String, expected: Sourcing) {
    #expect(Sourcing(label: label) == expected)
    #expect(Sourcing(label: Substring(label)) == expected)
  }

  @Test("Other words are not a sourcing", arguments: ["in-housed", "outsourcing partner", "offshore", "n/a", "in—house"])
  func rejects(label: String) {
    #expect(Sourcing(label: label) == nil)
  }
}
