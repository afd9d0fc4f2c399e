import Crypto
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel

@Suite("Contact version digests")
struct ContactVersionTests {
  private func contact(turns: [Turn]? = nil, status: ContactStatus = .closed) -> Contact {
    Contact(
      id: "T-1", provider: "Northwind Broadband", sourcing: .outsourced, channel: "chat", customerID: "C-9",
      agentID: "A-2", category: "no-internet", openedAt: Timestamp(secondsSinceEpoch: 1_740_787_200),
      status: status, resolution: "fixed",
      turns: turns ?? [
        Turn(speaker: .customer, text: "My internet is down é"),
        Turn(speaker: .agent, text: "Please restart your router."),
      ])
  }

  @Test("A contact's digest does not change between releases: history files store it")
  func pinned() {
    // Computed by the digest as it stood when its input was first fed in one piece
    // (stop 29); a change here makes every stored contact look like a new version of itself.
    #expect(ContactVersion.of(contact()) == 729_614_830_433_890_894)
  }

  @Test("A change of any field or turn gives another digest; moving words between turns too")
  func sensitive() {
    let base = ContactVersion.of(contact())
    #expect(ContactVersion.of(contact(status: .open)) != base)
    #expect(
      ContactVersion.of(
        contact(turns: [
          Turn(speaker: .customer, text: "My internet is down"),
          Turn(speaker: .agent, text: " éPlease restart your router."),
        ])) != base)
    #expect(ContactVersion.of(contact(turns: [])) != base)
    #expect(ContactVersion.of(contact()) == base)
  }

  /// The digest as docs and history files define it, written plainly: every field with a
  /// marker (0 absent, 1 text with its length, 2 number, 3 before a team), then the turns.
  private func plainDigest(_ contact: Contact) -> UInt64 {
    var bytes: [UInt8] = []
    func number(_ value: Int64?) {
      guard let value else { return bytes.append(0) }
      bytes.append(2)
      withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
    func text(_ value: String?) {
      guard let value else { return bytes.append(0) }
      bytes.append(1)
      number(Int64(value.utf8.count))
      bytes.append(contentsOf: value.utf8)
    }
    text(contact.id); text(contact.provider); text(contact.site); text(contact.sourcing.rawValue)
    text(contact.channel); text(contact.customerID); text(contact.agentID); text(contact.category)
    number(contact.openedAt?.secondsSinceEpoch); number(contact.closedAt?.secondsSinceEpoch)
    number(contact.updatedAt?.secondsSinceEpoch)
    text(contact.status.rawValue); text(contact.resolution)
    number(contact.transfers.map(Int64.init)); number(contact.escalated.map { $0 ? 1 : 0 })
    number(contact.csat.map { Int64(bitPattern: $0.bitPattern) }); number(contact.handleSeconds.map(Int64.init))
    number(contact.answered.map { $0 ? 1 : 0 })
    if let team = contact.team {
      bytes.append(3)
      text(team)
    }
    number(Int64(contact.turns.count))
    for turn in contact.turns {
      text(turn.speaker.rawValue)
      number(turn.at?.secondsSinceEpoch)
      number(Int64(turn.text.utf8.count))
      bytes.append(contentsOf: turn.text.utf8)
    }
    let value = SHA256.hash(data: bytes).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    return value == 0 ? 1 : value
  }

  @Test("Every field reaches the digest as laid out, long and absent ones alike, written in place")
  func layout() {
    let long = String(repeating: "Ünïcode and long ", count: 4_000)
    var full = contact()
    full.id = long
    full.site = "Manila"
    full.team = "Team " + long
    full.customerID = nil
    full.closedAt = Timestamp(secondsSinceEpoch: 1_740_800_000)
    full.updatedAt = Timestamp(secondsSinceEpoch: -5)
    full.transfers = 3
    full.escalated = true
    full.csat = 4.5
    full.handleSeconds = 600
    full.answered = false
    full.turns = (0..<300).map {
      Turn(
        speaker: $0 % 3 == 0 ? .system : $0 % 2 == 0 ? .agent : .customer,
        at: $0 % 5 == 0 ? nil : Timestamp(secondsSinceEpoch: 1_740_787_200 + Int64($0)),
        text: $0 % 7 == 0 ? "" : "turn \($0) é " + long.prefix($0))
    }
    // Every field given and every turn timed: the buffer's bound is then exact.
    var filled = full
    filled.customerID = "C-" + long
    filled.turns = full.turns.enumerated().map { position, turn in
      Turn(speaker: turn.speaker, at: Timestamp(secondsSinceEpoch: Int64(position)), text: turn.text)
    }
    var empty = Contact(id: "")
    empty.turns = [Turn(speaker: .agent, text: "")]
    for sample in [contact(), full, filled, empty, Contact(id: "x"), contact(turns: [])] {
      #expect(ContactVersion.of(sample) == plainDigest(sample))
    }
  }
}
