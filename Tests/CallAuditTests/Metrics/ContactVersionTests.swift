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
}
