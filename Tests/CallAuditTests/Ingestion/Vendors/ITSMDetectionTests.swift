import Foundation
import Testing
@testable import CallAuditModel
@testable import CallAuditReporting

/// Detection of the ServiceNow and Jira formats, and of nothing else as them.
@Suite("ServiceNow and Jira detection")
struct ITSMDetectionTests {
  private static let mine: Set<InputFormat> = [.serviceNowXML, .serviceNowCSV, .serviceNowEventLog, .jiraXML, .jiraCSV]

  private func detect(_ text: String) -> InputFormat? { InputFormat.detect(prefix: Array(text.utf8)) }

  private func detectFile(_ path: String) throws -> InputFormat? {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return InputFormat.detect(prefix: Array(data.prefix(1 << 16)))
  }

  @Test(
    "Each fixture is detected as its format",
    arguments: [
      ("vendors/servicenow-xml/incidents.xml", InputFormat.serviceNowXML),
      ("vendors/servicenow-csv/labels.csv", .serviceNowCSV),
      ("vendors/servicenow-csv/fields.csv", .serviceNowCSV),
      ("vendors/servicenow-event-log/events.csv", .serviceNowEventLog),
      ("vendors/jira-xml/service-desk.xml", .jiraXML),
      ("vendors/jira-xml/browser-copy.xml", .jiraXML),
      ("vendors/jira-csv/issues.csv", .jiraCSV),
      ("vendors/jira-csv/issues-es.csv", .jiraCSV),
    ])
  func fixtures(path: String, format: InputFormat) throws {
    #expect(try detectFile(TestSupport.fixture(path)) == format)
  }

  @Test(
    "Each real sample is detected as its format",
    .enabled(if: ITSMRealData.has("servicenow-unload-xml-yilmazetl/incident.xml")),
    arguments: [
      ("servicenow-unload-xml-yilmazetl/incident.xml", InputFormat.serviceNowXML),
      ("servicenow-xml-snippet-jamesnyika/incident_export_partial.xml", .serviceNowXML),
      ("servicenow-csv-priya-roy/incident.csv", .serviceNowCSV),
      ("servicenow-incident-event-log-uci/rvinicius396g/incident_event_log.csv", .serviceNowEventLog),
      ("servicenow-incident-event-log-uci/chinthan11shah/incident_event_log.csv", .serviceNowEventLog),
      ("jira-xml-matteopelucco/jira.xml", .jiraXML),
      ("jira-xml-nichanl/SearchRequest.xml", .jiraXML),
      ("jira-xml-makarov-denis/SearchRequest.xml", .jiraXML),
      ("jira-csv-diegodev23-os/Jira.csv", .jiraCSV),
    ])
  func realSamples(path: String, format: InputFormat) throws {
    #expect(try detectFile(ITSMRealData.path(path)) == format)
  }

  @Test("The canonical fixtures stay canonical")
  func canonical() throws {
    #expect(try detectFile(TestSupport.fixture("canonical/small.csv")) == .canonicalCSV)
    #expect(try detectFile(TestSupport.fixture("canonical/small.xml")) == .canonicalXML)
  }

  // The volvo incident log (BPI Challenge 2013) is a Siebel-style event log, not a ServiceNow export.
  @Test(
    "The BPIC 2013 Volvo log is not taken for ServiceNow",
    .enabled(if: ITSMRealData.has("bpic2013-volvo-it-incidents-ibm/VINST-new.csv")))
  func volvo() throws {
    let format = try detectFile(ITSMRealData.path("bpic2013-volvo-it-incidents-ibm/VINST-new.csv"))
    #expect(format.map { !Self.mine.contains($0) } ?? true)
  }

  @Test(
    "Neighbouring formats are not taken for ServiceNow or Jira",
    arguments: [
      // Zendesk XML and CSV.
      "<?xml version=\"1.0\"?>\n<tickets type=\"array\"><ticket><nice-id type=\"integer\">1</nice-id></ticket></tickets>\n",
      "Id,Requester,Requester id,Group,Subject,Status,Created at,Group stations\n1,Ann,2,Tier 1,No internet,Solved,2025-03-01 09:00,1\n",
      // Freshdesk.
      "Ticket ID,Subject,Status,Priority,Source,Agent,Group,Created time,Agent interactions\n7,No internet,Closed,Low,Phone,Nina,Tier 1,01/03/2025 09:00,2\n",
      // Salesforce Case.
      "\"Id\",\"CaseNumber\",\"Status\",\"Origin\",\"Subject\",\"CreatedDate\"\n\"500A\",\"00001026\",\"Closed\",\"Phone\",\"No internet\",\"2025-03-01T09:00:00.000Z\"\n",
      // Customer Support on Twitter.
      "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,hello,,2\n",
      // Asterisk cdr_csv (no header) and FreeSWITCH mod_cdr_csv and mod_xml_cdr.
      "\"\",\"1001\",\"1002\",\"internal\",\"\"\"Ann\"\" <1001>\",\"SIP/1001-0001\",\"SIP/1002-0002\",\"Dial\",\"SIP/1002\",\"2025-03-01 09:00:00\",\"2025-03-01 09:00:05\",\"2025-03-01 09:01:00\",60,55,\"ANSWERED\",\"DOCUMENTATION\",\"1740819600.1\",\"\"\n",
      "\"Ann\",\"1001\",\"1002\",\"default\",\"2025-03-01 09:00:00\",\"2025-03-01 09:00:05\",\"2025-03-01 09:01:00\",\"60\",\"55\",\"NORMAL_CLEARING\",\"a-uuid\",\"\",\"\",\"PCMU\",\"PCMU\"\n",
      "<?xml version=\"1.0\"?>\n<cdr core-uuid=\"x\"><channel_data><state>CS_REPORTING</state></channel_data></cdr>\n",
      // A blog's RSS feed is RSS, but not Jira's.
      "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Blog</title><item><title>Hello</title></item></channel></rss>\n",
      // A CSV with a Number column but no ServiceNow numbers.
      "Number,State,Caller,Opened\n42,Open,Ann,2025-03-01\n",
    ])
  func neighbours(text: String) {
    #expect(detect(text).map { !Self.mine.contains($0) } ?? true)
  }
}
