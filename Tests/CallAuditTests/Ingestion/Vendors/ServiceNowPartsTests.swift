import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("ServiceNow text pieces")
struct ServiceNowPartsTests {
  @Test("ServiceNow journal text: headed entries, newest first, with their journal and author")
  func journalText() {
    let text = """
      2019-10-15 03:31:23 - System Administrator (Additional comments)
      second line one
      second line two

      2019-10-15 02:25:50 - Ann Lee (Work notes)
      first
      """
    let entries = ServiceNowJournalText.entries(in: text, kind: .comment, order: .dayFirst)
    #expect(entries.map(\.text) == ["second line one\nsecond line two", "first"])
    #expect(entries.map(\.author) == ["System Administrator", "Ann Lee"])
    #expect(entries.map { $0.at?.iso8601 } == ["2019-10-15T03:31:23Z", "2019-10-15T02:25:50Z"])
    #expect(entries.map { $0.kind == .note } == [false, true])
    let plain = ServiceNowJournalText.entries(in: "just words - no (heading)", kind: .note, order: .dayFirst)
    #expect(plain.map(\.text) == ["just words - no (heading)"])
    #expect(plain.first?.author == nil)
  }

  @Test("ServiceNow callers: display name, first.last login, and the login that opened the incident")
  func caller() {
    let caller = ServiceNowCaller(displayName: "Joe Employee", openerLogin: "employee")
    #expect(caller.isCaller("joe.employee"))
    #expect(caller.isCaller("Joe Employee"))
    #expect(caller.isCaller("employee"))
    #expect(!caller.isCaller("david.loo"))
    #expect(!caller.isCaller(nil))
  }

  @Test(
    "ServiceNow states as codes and labels",
    arguments: [
      ("1", ContactStatus.open, false), ("2", .open, false), ("3", .pending, false), ("6", .resolved, false),
      ("7", .closed, false), ("8", .closed, true), ("New", .open, false), ("In Progress", .open, false),
      ("Active", .open, false), ("On Hold", .pending, false), ("Awaiting User Info", .pending, false),
      ("6 - Resolved", .resolved, false), ("Canceled", .closed, true), ("Whatever", .unknown, false),
    ])
  func states(text: String, status: ContactStatus, canceled: Bool) {
    let read = ServiceNowState.read(text)
    #expect(read.status == status)
    #expect(read.canceled == canceled)
  }

  @Test("Date order is read from dates that allow one reading only")
  func dateOrder() {
    #expect(DateOrderSniffer.sniff(Array("a,29/2/2016 01:16,b".utf8)) == .dayFirst)
    #expect(DateOrderSniffer.sniff(Array("a,02-29-2016 01:16,b".utf8)) == .monthFirst)
    #expect(DateOrderSniffer.sniff(Array("a,05/03/2016,2016-02-29 10:00,b".utf8)) == nil)
    #expect(DateOrderSniffer.sniff(Array("13/01/2016 and 01/13/2016".utf8)) == nil)
    #expect(DateOrderSniffer.sniff(Array("version 113/13/20161".utf8)) == nil)
  }
}
