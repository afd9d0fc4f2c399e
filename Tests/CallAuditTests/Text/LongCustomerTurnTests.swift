import Testing
@testable import CallAuditMetrics
@testable import CallAuditText

/// A customer turn longer than one piece (``CustomerTurnReading/pieceBytes``) is read in
/// pieces to bound memory (issue 19, item 4: a 30 MB turn cost 1 GB of tokens); what it
/// says must not depend on where the pieces are cut.
@Suite("Long customer turns")
struct LongCustomerTurnTests {
  /// Filler sentences that say nothing the rules look for, about `bytes` long.
  private static func filler(_ bytes: Int) -> String {
    let sentence = "The weather here was mild and the garden looked green. "
    return String(repeating: sentence, count: bytes / sentence.utf8.count + 1)
  }

  private static let long = CustomerTurnReading.pieceBytes * 3

  @Test("A phrase far beyond the first piece is found, as written")
  func phraseInLaterPiece() {
    let reading = CustomerTurnReading(Self.filler(Self.long) + "I am going to cancel my internet service today.")
    #expect(reading.churnIntent?.lowercased().contains("cancel my internet") == true)
    #expect(reading.raisesSomething)
  }

  @Test("Persisting after confirming compares places across pieces")
  func orderAcrossPieces() {
    let confirmedThenBroken = CustomerTurnReading(
      "Thanks, that fixed it. " + Self.filler(Self.long) + "But it is still not working.")
    #expect(confirmedThenBroken.confirmation != nil && confirmedThenBroken.persistence != nil)
    #expect(confirmedThenBroken.persistsAfterConfirming)
    let brokenThenConfirmed = CustomerTurnReading(
      "It is still not working. " + Self.filler(Self.long) + "Thanks, that fixed it.")
    #expect(brokenThenConfirmed.confirmation != nil && brokenThenConfirmed.persistence != nil)
    #expect(!brokenThenConfirmed.persistsAfterConfirming)
  }

  @Test("The earliest match wins, even when a later piece has another")
  func earliestWins() {
    let reading = CustomerTurnReading(
      "I will switch to another provider. " + Self.filler(Self.long) + "I am going to cancel my account.")
    #expect(reading.churnIntent?.lowercased().contains("switch") == true)
  }

  @Test("A long turn of courtesy words only is not courtesy only, and a question anywhere counts")
  func tallies() {
    let thanks = String(repeating: "thanks ", count: Self.long / 7)
    #expect(!CustomerTurnReading(thanks).courtesyOnly)
    #expect(CustomerTurnReading("ok thanks").courtesyOnly)
    #expect(CustomerTurnReading(Self.filler(Self.long) + "Why is my bill so high?").raisesSomething)
  }

  @Test("A turn with no sentence end or space is cut at character boundaries, every byte read")
  func noBreaks() {
    let text = String(repeating: "é", count: CustomerTurnReading.pieceBytes * 2) + " cancel my service"
    let reading = CustomerTurnReading(text)
    #expect(reading.churnIntent?.contains("cancel my service") == true)
  }
}

@Suite("Long customer texts: specifics")
struct LongCustomerSpecificsTests {
  @Test("Specifics are found in every piece of a long text, and a short text is one piece")
  func specificsAcrossPieces() {
    let filler = String(repeating: "the line was slow again today. ", count: TextPieces.pieceBytes / 20)
    let text = "My account 88412 is billed $45.99. " + filler + "The TP-Link AX1800 router at 12 Elm Street."
    let specifics = SpecificDetails.extract(from: text)
    #expect(specifics.contains("88412") && specifics.contains("45.99"))
    #expect(specifics.contains("elm street"))
    var pieces = 0
    TextPieces.forEach(in: "short text") { _ in pieces += 1 }
    #expect(pieces == 1)
  }

  @Test("Pieces cover every byte once, cut after a sentence end when there is one")
  func piecesCoverText() {
    let text = String(repeating: "Word and more words here. ", count: TextPieces.pieceBytes / 8)
    var joined = ""
    var cuts: [Character] = []
    TextPieces.forEach(in: text) { piece in
      joined += piece
      cuts.append(piece.last ?? " ")
    }
    #expect(joined == text)
    #expect(cuts.count > 2)
    #expect(cuts.dropLast().allSatisfy { $0 == "." })
  }
}
