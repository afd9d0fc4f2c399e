/// The input formats callaudit reads, each detected from content.
///
/// The raw value is the name `--input-format` accepts and reports show. To add
/// a format, add a case here, map it to its `FormatDefinition` in `definition`
/// (CallAuditIngestion, `InputFormat+Definition.swift`), and place it in
/// `detectionOrder` there (more specific formats first). The names are model
/// values because every report shows them; how a format is read is ingestion's.
public enum InputFormat: String, Sendable, Hashable, CaseIterable, Codable {
  /// callaudit's canonical CSV, one row per contact (docs/formats.md).
  case canonicalCSV = "csv"
  /// callaudit's canonical XML, `<contacts><contact …>` (docs/formats.md).
  case canonicalXML = "xml"
  /// Support threads, one message per row (Customer Support on Twitter layout).
  case supportThreadsCSV = "support-threads-csv"
  /// Asterisk `cdr_csv` call records (Master.csv, no header).
  case asteriskCDRCSV = "asterisk-cdr-csv"
  /// Asterisk `cdr_custom` call records, stock template (no header).
  case asteriskCDRCustom = "asterisk-cdr-custom"
  /// FreeSWITCH `mod_cdr_csv` call records, default template (no header).
  case freeSWITCHCDRCSV = "freeswitch-cdr-csv"
  /// FreeSWITCH `mod_xml_cdr` call records (`<cdr>`).
  case freeSWITCHXMLCDR = "freeswitch-xml-cdr"
  /// Zendesk's XML export, tickets with their comments (docs/formats.md).
  case zendeskXML = "zendesk-xml"
  /// Zendesk's CSV ticket export (docs/formats.md).
  case zendeskCSV = "zendesk-csv"
  /// Freshdesk's ticket CSV export (docs/formats.md).
  case freshdeskCSV = "freshdesk-csv"
  /// Salesforce Case records as CSV (docs/formats.md).
  case salesforceCaseCSV = "salesforce-case-csv"
  /// Salesforce CaseComment records as CSV, joined into the cases beside them (docs/formats.md).
  case salesforceCaseCommentCSV = "salesforce-casecomment-csv"
  /// ServiceNow's XML export: `<unload>` of incidents and journal entries.
  case serviceNowXML = "servicenow-xml"
  /// A ServiceNow incident list export as CSV.
  case serviceNowCSV = "servicenow-csv"
  /// The UCI ServiceNow incident event log: one CSV row per update.
  case serviceNowEventLog = "servicenow-event-log"
  /// Jira's XML (RSS) issue export.
  case jiraXML = "jira-xml"
  /// Jira's CSV issue export.
  case jiraCSV = "jira-csv"
  /// Amazon Transcribe Call Analytics output: one call per JSON document (docs/formats.md).
  case transcribeCallAnalytics = "transcribe-call-analytics"
  /// Amazon Connect Contact Lens analysis output: one call per JSON file (docs/formats.md).
  case contactLens = "contact-lens"
  /// Amazon Connect contact records (CTRs), joined to their Contact Lens files (docs/formats.md).
  case connectContactRecords = "connect-ctr"
  /// Google CCAI Insights conversation data: one conversation per JSON file (docs/formats.md).
  case ccaiInsights = "ccai-insights"
  /// Genesys Cloud speech and text analytics transcripts: one conversation per JSON file (docs/formats.md).
  case genesysCloudTranscript = "genesys-cloud-transcript"
  /// Twilio Conversational Intelligence: a Transcript resource with its sentences (JSON; docs/formats.md).
  case twilioIntelligence = "twilio-intelligence"
  /// Intercom conversations as the REST API returns them (JSON; docs/formats.md).
  case intercomConversations = "intercom-conversations"
  /// Help Scout conversations with their threads (Mailbox API 2.0 JSON; docs/formats.md).
  case helpScoutConversations = "helpscout-conversations"
  /// Zendesk tickets as the Support API writes them, with their comments (JSON; docs/formats.md).
  case zendeskJSON = "zendesk-json"
  /// Zendesk's incremental ticket event export, updates gathered into tickets (JSON; docs/formats.md).
  case zendeskTicketEvents = "zendesk-ticket-events"
  /// Freshdesk tickets with their conversations (API v2 JSON; docs/formats.md).
  case freshdeskJSON = "freshdesk-json"
  /// Gorgias tickets with their messages (REST API JSON; docs/formats.md).
  case gorgiasTickets = "gorgias-json"
  /// Any other CSV, XML or JSON, read as a mapping file describes it (`--mapping FILE`).
  case mapping
}
