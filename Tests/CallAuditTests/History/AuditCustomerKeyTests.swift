import CallAuditHistory
import ContactGenerator
import Foundation
import GRDB
import Testing

/// Issue 19, item 8: the history knows which key pseudonymised its customers.
@Suite("callaudit audit: the customer key and the history")
struct AuditCustomerKeyTests {
  private static func contactIDs(_ workspace: AuditWorkspace) throws -> [String] {
    try DatabaseQueue(path: workspace.databasePath).read { db in
      try String.fetchAll(db, sql: "SELECT contact_id FROM contact")
    }
  }

  @Test("a changed key is refused by audit and forget (78); a declared rotation is accepted and forget finds both keys' rows")
  func changedKey() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    let (first, second) = AuditData.split(try AuditData.contacts(seed: 81, count: 400), atDay: 20)
    let night1 = first.map(\.contact)
    try workspace.export(night1, as: "night1.csv")
    try workspace.configure()
    #expect(try workspace.runBinary().status == 0)
    let counts = Dictionary(grouping: night1.filter { $0.customerID != nil }) { $0.customerID! }
    let (customer, before) = try #require(counts.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) })
    // The same customer calls again after the key changed.
    let night2 = second.map(\.contact) + before.map { contact in
      var again = contact
      again.id += "-after"
      again.openedAt = second.last?.contact.openedAt
      return again
    }
    try workspace.export(night2, as: "night2.csv")
    let keyFile = workspace.root.appendingPathComponent("customer.key").path
    try FileManager.default.moveItem(atPath: keyFile, toPath: workspace.root.appendingPathComponent("old.key").path)
    try "a-new-key-from-the-rotation-0042\n".write(toFile: keyFile, atomically: true, encoding: .utf8)

    let audit = try workspace.runBinary()
    #expect(audit.status == 78)
    #expect(audit.standardOutput.isEmpty)
    #expect(audit.standardError.contains("\(keyFile)"))
    #expect(audit.standardError.contains("is not the key this history was written with"))
    #expect(try Self.contactIDs(workspace).count == night1.count)

    let refused = try TestSupport.runCallaudit(
      ["forget", "--config", workspace.configurationPath, "--customer", customer])
    #expect(refused.status == 78)
    #expect(!refused.standardOutput.contains("deleted"))
    #expect(try Self.contactIDs(workspace).count == night1.count)

    // Declaring the rotation: the old key is kept for forget, the new one pseudonymises from now on.
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
    try text.replacingOccurrences(
      of: "  customer_key_file: customer.key\n",
      with: "  customer_key_file: customer.key\n  previous_customer_key_files: [old.key]\n")
      .write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    let rotated = try workspace.runBinary()
    #expect(rotated.status == 0, "\(rotated.standardError)")
    #expect(try Self.contactIDs(workspace).count == night1.count + night2.count)

    let forget = try TestSupport.runCallaudit(
      ["forget", "--config", workspace.configurationPath, "--customer", customer])
    #expect(forget.status == 0)
    let theirs = (night1 + night2).filter { $0.customerID == customer }
    #expect(theirs.count >= 2 * before.count)
    #expect(forget.standardOutput.hasPrefix("deleted \(theirs.count) contact(s)"))
    let remaining = Set(try Self.contactIDs(workspace))
    #expect(remaining.count == night1.count + night2.count - theirs.count)
    for contact in theirs { #expect(!remaining.contains(contact.id)) }

    // Without the old key, forget would miss rows it cannot recognise: it refuses.
    try text.write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    let other = try #require(counts.keys.sorted().first { $0 != customer })
    let blind = try TestSupport.runCallaudit(["forget", "--config", workspace.configurationPath, "--customer", other])
    #expect(blind.status == 78)
    #expect(blind.standardError.contains("previous_customer_key_files"))
  }
}
