import Foundation
import Testing
@testable import CallAudit
@testable import CallAuditIngestion
@testable import CallAuditModel

@Suite("Salesforce Case and CaseComment CSV")
struct SalesforceCaseReaderTests {
  private func time(_ text: String) -> Timestamp? { Timestamp(iso8601: text) }

  /// A directory holding `files` (name → content), as a data export lays them out.
  private func export(_ files: [String: String]) throws -> URL {
    let directory = try TestSupport.temporaryDirectory()
    for (name, text) in files {
      try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }
    return directory
  }

  @Test("Cases read with the comments beside them joined in time order")
  func fixture() throws {
    // fixtures/vendors/salesforce-csv/export uses the exact headers of a real
    // weekly Data Export (realdata/salesforce-export-headers-winkeldev); the
    // rows are invented, since the real files hold headers only.
    let casePath = TestSupport.fixture("vendors/salesforce-csv/export/Case.csv")
    let commentPath = TestSupport.fixture("vendors/salesforce-csv/export/CaseComment.csv")
    let (contacts, summary) = ingestAll(casePath)
    #expect(summary.format == .salesforceCaseCSV)
    #expect(summary.records == 3 && summary.accepted == 3 && summary.rejected == 0)
    #expect(summary.notes == ["joined 3 comments from the CaseComment CSV beside it (\(commentPath))"])
    #expect(contacts.map(\.id) == ["00001001", "00001002", "00001003"])

    let closed = contacts[0]
    #expect(closed.customerID == "0035g00000XyZ12AAA" && closed.agentID == "0055g00000AgT01AAA" && closed.site == nil)
    #expect(closed.channel == "call" && closed.category == "no internet")
    #expect(closed.status == .resolved && closed.resolution == nil && closed.escalated == false)
    #expect(closed.openedAt == time("2025-03-03T09:00:00Z") && closed.closedAt == time("2025-03-03T11:02:00Z"))
    #expect(
      closed.turns == [
        Turn(speaker: .customer, at: time("2025-03-03T09:00:00Z"), text: "My internet has been down since Monday."),
        Turn(speaker: .system, at: time("2025-03-03T09:05:00Z"), text: "Line test failed on port 14."),
        Turn(
          speaker: .agent, at: time("2025-03-03T09:10:00Z"), text: "Please restart your router and wait two minutes."),
      ])

    // Owned by a queue: no agent yet, the queue is the site.
    let escalated = contacts[1]
    #expect(escalated.status == .open && escalated.escalated == true)
    #expect(escalated.site == "00G5g00000QuE01EAA" && escalated.agentID == nil)
    #expect(escalated.channel == "email" && escalated.category == "billing")
    #expect(escalated.turns.map(\.speaker) == [.customer, .agent])
    #expect(escalated.turns[0].text == "I was charged twice in March, \"again\".\nPlease fix this.")

    let noResponse = contacts[2]
    #expect(noResponse.status == .closed && noResponse.resolution == "no response")
    #expect(noResponse.customerID == "rae@example.com" && noResponse.channel == "web" && noResponse.category == nil)
    #expect(noResponse.turns.count == 1)

    let comments = ingestAll(commentPath)
    #expect(comments.summary.format == .salesforceCaseCommentCSV)
    #expect(comments.contacts.isEmpty)
    #expect(comments.summary.records == 3 && comments.summary.accepted == 3 && comments.summary.rejected == 0)
    #expect(
      comments.summary.notes == ["comments are joined into their cases by the Case CSV beside this file (\(casePath))"])
  }

  @Test("Every comment row is counted: joined ones accepted, the others rejected with why")
  func commentAccounting() throws {
    let directory = try export([
      "cases.csv": """
      "Id","CaseNumber","Status","IsClosed","CreatedDate","Description","IsDeleted"
      "5001x000001AbcdAAA","42","New","false","2025-04-01T10:00:00.000Z","Slow speeds every evening.","false"
      "5001x000001DelAAAA","43","New","false","2025-04-01T10:00:00.000Z","spam","true"
      """,
      "comments.csv": """
      "ParentId","IsPublished","CommentBody","CreatedDate","IsDeleted"
      "5001x000001AbcdAAA","true","We see congestion on your street cabinet.","2025-04-01T11:00:00.000Z","false"
      "5001x000009ZzzzAAA","true","A comment whose case is not exported.","2025-04-01T11:00:00.000Z","false"
      "5001x000001Abcd","false","Same case, written with its 15-character id.","2025-04-01T10:30:00.000Z","false"
      "5001x000001AbcdAAA","true","Removed.","2025-04-01T12:00:00.000Z","true"
      "5001x000001AbcdAAA","true","","2025-04-01T12:00:00.000Z","false"
      "5001x000001DelAAAA","true","On a deleted case.","2025-04-01T12:00:00.000Z","false"
      "5001x000001AbcdAAA","true","Bad time.","first of April","false"
      """,
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let casePath = directory.appendingPathComponent("cases.csv").path
    let (contacts, caseSummary) = ingestAll(casePath)
    #expect(caseSummary.records == 2 && caseSummary.accepted == 1 && caseSummary.rejected == 1)
    #expect(caseSummary.problems.first == IngestionProblem(line: 3, message: "the case is deleted (IsDeleted is true)"))
    #expect(contacts.count == 1)
    #expect(contacts[0].id == "42")
    #expect(
      contacts[0].turns.map(\.text) == [
        "Slow speeds every evening.", "Same case, written with its 15-character id.",
        "We see congestion on your street cabinet.",
      ])
    #expect(contacts[0].turns.map(\.speaker) == [.customer, .system, .agent])
    #expect(caseSummary.notes.first?.hasPrefix("joined 2 comments from the CaseComment CSV beside it") == true)

    let comments = ingestAll(directory.appendingPathComponent("comments.csv").path).summary
    #expect(comments.format == .salesforceCaseCommentCSV)
    #expect(comments.records == 7 && comments.accepted == 2 && comments.rejected == 5)
    let byLine = Dictionary(uniqueKeysWithValues: comments.problems.map { ($0.line, $0.message) })
    #expect(byLine[3] == "the comment's case 5001x000009ZzzzAAA is not in the Case CSV beside this file")
    #expect(byLine[5] == "the comment is deleted (IsDeleted is true)")
    #expect(byLine[6] == "the comment has no CommentBody")
    #expect(byLine[7] == "the comment's case 5001x000001DelAAAA is not in the Case CSV beside this file")
    #expect(byLine[8] == "CreatedDate 'first of April' is not a date and time")
  }

  @Test("A CaseComment CSV with no Case CSV beside it rejects every row")
  func orphanFile() throws {
    let directory = try export([
      "comments.csv": "ParentId,CommentBody\n5001x000001AbcdAAA,hello\n5001x000001AbceAAA,again\n",
      "notes.txt": "not an export",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let summary = ingestAll(directory.appendingPathComponent("comments.csv").path).summary
    #expect(summary.records == 2 && summary.accepted == 0 && summary.rejected == 2)
    #expect(
      summary.problems.map(\.message)
        == Array(repeating: "no Case CSV is beside this file to join the comment to", count: 2))
    #expect(
      summary.notes == ["no Salesforce Case CSV is beside this file, so its comments cannot be joined to their cases"])
  }

  @Test("Statuses: the standard Closed is resolved; qualified or custom closed statuses keep their code")
  func statuses() {
    func read(_ label: String?, _ closed: Bool?) -> SalesforceStatus.Reading? {
      SalesforceStatus.read(label: label, isClosed: closed)
    }
    #expect(read("Closed", true) == .init(status: .resolved))
    #expect(read("Closed", nil) == .init(status: .resolved))
    #expect(read("Closed - Duplicate", true) == .init(status: .closed, resolution: "duplicate"))
    #expect(read("Closed (No Response)", true) == .init(status: .closed, resolution: "no response"))
    #expect(read("Closed - Resolved", true) == .init(status: .resolved))
    #expect(read("Cancelled", true) == .init(status: .closed, resolution: "cancelled"))
    #expect(read("New", false) == .init(status: .open))
    #expect(read("Working", false) == .init(status: .open))
    #expect(read("On Hold", false) == .init(status: .pending))
    #expect(read("Waiting on Customer", false) == .init(status: .pending))
    #expect(read(nil, nil) == .init(status: .unknown))
    #expect(read("Triage", false) == nil)
  }

  @Test("The real header-only Data Export files read cleanly, with no rows and no rejections")
  func realHeaders() throws {
    // /work/shared/realdata/salesforce-export-headers-winkeldev: headers of a
    // real weekly Data Export (WinkelDev/Salesforce-Data-Changelog, no licence;
    // used for tests only). The files have no rows and no final newline.
    let directory = "/work/shared/realdata/salesforce-export-headers-winkeldev"
    try #require(FileManager.default.fileExists(atPath: directory))
    let cases = ingestAll(directory + "/Case.csv").summary
    #expect(cases.format == .salesforceCaseCSV)
    #expect(cases.records == 0 && cases.stoppedBy == nil)
    #expect(
      cases.notes == [
        "joined 0 comments from the CaseComment CSV beside it (\(directory)/CaseComment.csv)",
        "no records: the input was read as salesforce-case-csv but holds only a header or an empty document",
      ])
    let comments = ingestAll(directory + "/CaseComment.csv").summary
    #expect(comments.format == .salesforceCaseCommentCSV)
    #expect(comments.records == 0 && comments.stoppedBy == nil)
    #expect(
      comments.notes == [
        "comments are joined into their cases by the Case CSV beside this file (\(directory)/Case.csv)",
        "no records: the input was read as salesforce-casecomment-csv but holds only a header or an empty document",
      ])
    // CaseHistory is neither a case nor a comment file.
    let history = try Data(contentsOf: URL(fileURLWithPath: directory + "/CaseHistory2.csv"))
    let detected = InputFormat.detect(prefix: Array(history))
    #expect(detected != .salesforceCaseCSV && detected != .salesforceCaseCommentCSV)
  }

  @Test("Both files through one analysis: three contacts, each input accounted for")
  func oneAnalysis() throws {
    let paths = ["Case.csv", "CaseComment.csv"].map { TestSupport.fixture("vendors/salesforce-csv/export/" + $0) }
    let report = AnalysisRunner().run(paths: paths)
    #expect(report.inputs.map(\.format) == [.salesforceCaseCSV, .salesforceCaseCommentCSV])
    #expect(report.inputs.map(\.accepted) == [3, 3])
    #expect(report.providers.map(\.contacts) == [3])
  }
}
