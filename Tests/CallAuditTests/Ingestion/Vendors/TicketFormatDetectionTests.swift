import Foundation
import Testing
@testable import CallAuditModel
@testable import CallAuditReporting

@Suite("Ticket export detection")
struct TicketFormatDetectionTests {
  private func detect(_ text: String) -> InputFormat? { InputFormat.detect(prefix: Array(text.utf8)) }

  private static let ticketFormats: Set<InputFormat> = [
    .zendeskXML, .zendeskCSV, .freshdeskCSV, .salesforceCaseCSV, .salesforceCaseCommentCSV,
  ]

  @Test(
    "Each fixture is detected as its own format",
    arguments: [
      ("vendors/zendesk-xml/tickets.xml", InputFormat.zendeskXML),
      ("vendors/zendesk-csv/tickets.csv", .zendeskCSV),
      ("vendors/freshdesk-csv/tickets.csv", .freshdeskCSV),
      ("vendors/salesforce-csv/export/Case.csv", .salesforceCaseCSV),
      ("vendors/salesforce-csv/export/CaseComment.csv", .salesforceCaseCommentCSV),
    ])
  func fixtures(path: String, format: InputFormat) throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture(path)))
    #expect(InputFormat.detect(prefix: Array(bytes)) == format)
  }

  @Test(
    "Neighbouring layouts are not taken for a ticket export",
    arguments: [
      // callaudit's canonical CSV and XML
      "contact_id,provider,status\nA-1,Acme,open\n",
      "<contacts><contact id=\"1\"/></contacts>",
      // ServiceNow list export (field names) and Jira CSV
      "\"number\",\"incident_state\",\"opened_at\",\"caller_id\",\"short_description\",\"assignment_group\"\n",
      "Summary,Issue key,Issue id,Status,Created,Comment,Comment\n",
      // Customer Support on Twitter
      "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n",
      // Asterisk cdr_csv: no header at all
      "\"\",\"1001\",\"1002\",\"default\",\"\"\"Ann\"\" <1001>\",\"SIP/1001-0001\",\"SIP/1002-0002\",\"Dial\",\"SIP/1002\",\"2025-01-02 10:00:00\",\"2025-01-02 10:00:05\",\"2025-01-02 10:01:00\",60,55,\"ANSWERED\",\"DOCUMENTATION\",\"1704189600.1\",\"\"\n",
      // Lighthouse also writes <tickets type="array">, without Zendesk's fields
      "<tickets type=\"array\"><ticket><state>hold</state><title>t</title></ticket></tickets>",
      // a Salesforce CaseHistory export
      "\"Id\",\"CaseId\",\"OwnerId\",\"Status\",\"PreviousUpdate\",\"LastModifiedDate\"\n",
    ])
  func neighbours(text: String) {
    let detected = detect(text)
    #expect(detected.map { !Self.ticketFormats.contains($0) } ?? true)
  }

  @Test("The ticket formats do not take each other's headers")
  func distinctSignatures() {
    #expect(detect("Ticket ID,Subject,Status,Agent interactions,Customer interactions\n") == .freshdeskCSV)
    #expect(detect("Id,Requester,Requester id,Via,Created at,Group stations\n") == .zendeskCSV)
    #expect(detect("\"Id\",\"CaseNumber\",\"Status\",\"Origin\"\n") == .salesforceCaseCSV)
    #expect(detect("\"Id\",\"ParentId\",\"CommentBody\"\n") == .salesforceCaseCommentCSV)
    // A report export with labels instead of API names is still a Case CSV.
    #expect(detect("Case ID,Case Number,Status,Case Origin,Subject\n") == .salesforceCaseCSV)
    // Ticket ID alone, without Freshdesk's counters, is not enough.
    #expect(detect("Ticket ID,Subject,Status\n") != .freshdeskCSV)
  }
}
