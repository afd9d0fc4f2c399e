import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditMetrics
@testable import CallAuditModel

/// The optional `team` of the canonical formats (issue 23): read from a CSV column and
/// an XML attribute, written only when asked (CSV) or given (XML), and a contact
/// without one keeps the version digest it had before teams were read.
@Suite("Canonical team")
struct CanonicalTeamTests {
  @Test("A team column is read beside the site, which it does not change")
  func csvColumn() throws {
    let path = try TestSupport.temporaryFile("contact_id,provider,site,team\nA-1,Acme,Manila,Billing\nA-2,Acme,Manila,\n")
    let (contacts, summary) = ingestAll(path)
    #expect(summary.accepted == 2 && summary.notes.isEmpty)
    #expect(contacts.map(\.site) == ["Manila", "Manila"])
    #expect(contacts.map(\.team) == ["Billing", nil])
  }

  @Test("Written and read back: CSV with writesTeam, XML whenever given")
  func roundTrip() throws {
    let contact = Contact(id: "A-1", provider: "Acme", site: "Pune", team: "Tier 2 billing", sourcing: .outsourced)
    for writer in [CanonicalWriter(format: .csv, writesTeam: true), CanonicalWriter(format: .xml)] {
      let text = writer.header + writer.render(contact) + writer.footer
      let (contacts, _) = ingestAll(try TestSupport.temporaryFile(text, name: writer.format == .csv ? "t.csv" : "t.xml"))
      #expect(contacts.first?.team == "Tier 2 billing")
      #expect(contacts.first?.site == "Pune")
    }
    #expect(!CanonicalWriter(format: .csv).header.contains("team"))
    #expect(CanonicalWriter(format: .csv).render(contact) == CanonicalWriter(format: .csv).render(
      Contact(id: "A-1", provider: "Acme", site: "Pune", sourcing: .outsourced)))
  }

  @Test("A team changes a contact's version, and is not taken for a site")
  func version() {
    let plain = Contact(id: "A-1", provider: "Acme", site: "Pune")
    var teamed = plain
    teamed.team = "Billing"
    #expect(ContactVersion.of(plain) != ContactVersion.of(teamed))
    var site = plain
    site.site = "Billing"
    site.team = nil
    #expect(ContactVersion.of(site) != ContactVersion.of(teamed))
  }
}
