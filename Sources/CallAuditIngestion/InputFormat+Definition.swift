import CallAuditModel

/// How each ``InputFormat`` is recognised and read.
extension InputFormat {
  package var definition: any FormatDefinition.Type {
    switch self {
    case .canonicalCSV: CanonicalCSVFormat.self
    case .canonicalXML: CanonicalXMLFormat.self
    case .supportThreadsCSV: SupportThreadsFormat.self
    case .asteriskCDRCSV: AsteriskCDRCSVFormat.self
    case .asteriskCDRCustom: AsteriskCDRCustomFormat.self
    case .freeSWITCHCDRCSV: FreeSWITCHCDRCSVFormat.self
    case .freeSWITCHXMLCDR: FreeSWITCHXMLCDRFormat.self
    case .zendeskXML: ZendeskXMLFormat.self
    case .zendeskCSV: ZendeskCSVFormat.self
    case .freshdeskCSV: FreshdeskCSVFormat.self
    case .salesforceCaseCSV: SalesforceCaseFormat.self
    case .salesforceCaseCommentCSV: SalesforceCaseCommentFormat.self
    case .serviceNowXML: ServiceNowXMLFormat.self
    case .serviceNowCSV: ServiceNowCSVFormat.self
    case .serviceNowEventLog: ServiceNowEventLogFormat.self
    case .jiraXML: JiraXMLFormat.self
    case .jiraCSV: JiraCSVFormat.self
    case .transcribeCallAnalytics: TranscribeCallAnalyticsFormat.self
    case .contactLens: ContactLensFormat.self
    case .connectContactRecords: ConnectContactRecordsFormat.self
    case .ccaiInsights: CCAIInsightsFormat.self
    case .genesysCloudTranscript: GenesysCloudTranscriptFormat.self
    case .twilioIntelligence: TwilioIntelligenceFormat.self
    case .intercomConversations: IntercomConversationsFormat.self
    case .helpScoutConversations: HelpScoutConversationsFormat.self
    case .zendeskJSON: ZendeskJSONFormat.self
    case .zendeskTicketEvents: ZendeskTicketEventsFormat.self
    case .freshdeskJSON: FreshdeskJSONFormat.self
    case .gorgiasTickets: GorgiasTicketsFormat.self
    case .mapping: MappingFormat.self
    }
  }

  /// The order in which detection tries the formats: a format whose signature
  /// is a superset of another's comes first.
  package static let detectionOrder: [InputFormat] = [
    .canonicalXML,
    .canonicalCSV,
    .supportThreadsCSV,
    .freeSWITCHXMLCDR,
    .asteriskCDRCSV,
    .asteriskCDRCustom,
    .freeSWITCHCDRCSV,
    .zendeskXML,
    .zendeskCSV,
    .freshdeskCSV,
    .salesforceCaseCSV,
    .salesforceCaseCommentCSV,
    .serviceNowXML,
    .jiraXML,
    // The event log's header is a superset of a list export's signature.
    .serviceNowEventLog,
    .serviceNowCSV,
    .jiraCSV,
    // Contact Lens output has what Call Analytics output has, and more.
    .contactLens,
    .connectContactRecords,
    .transcribeCallAnalytics,
    .ccaiInsights,
    .genesysCloudTranscript,
    .twilioIntelligence,
    .intercomConversations,
    .helpScoutConversations,
    // A ticket event's Create may name requester_id, submitter_id and via, as a ticket does.
    .zendeskTicketEvents,
    .zendeskJSON,
    .freshdeskJSON,
    .gorgiasTickets,
  ]

  /// A one-line description for `callaudit formats`.
  public var summary: String { definition.summary }
  /// How the format is recognised, for `callaudit formats`.
  public var detection: String { definition.detection }
  /// Whether contacts in this format carry transcript text.
  public var suppliesText: Bool { definition.suppliesText }
  /// Whether contacts in this format say whether their site is outsourced.
  public var suppliesSourcing: Bool { definition.suppliesSourcing }

  /// Detects the format from the first bytes of the content, or `nil` when
  /// nothing matches.
  public static func detect(prefix: [UInt8]) -> InputFormat? {
    detect(FormatSample(prefix: prefix))
  }

  /// Detects the format from a sample of the content.
  package static func detect(_ sample: FormatSample) -> InputFormat? {
    detectionOrder.first { $0.definition.matches(sample) }
  }

  package func reader(options: IngestionOptions) -> any ContactReader {
    definition.reader(options: options)
  }
}

/// callaudit's own CSV layout.
package enum CanonicalCSVFormat: FormatDefinition {
  package static let summary = "callaudit canonical CSV: one row per contact, transcript in one column"
  package static let detection =
    "a header row with a contact_id column (fields separated by a comma, semicolon, tab or |) that is not one of callaudit's own outputs"
  package static let suppliesSourcing = true
  package static func matches(_ sample: FormatSample) -> Bool { sample.headerContains("contact_id") }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    CanonicalCSVReader(options: options)
  }
}

/// callaudit's own XML layout.
package enum CanonicalXMLFormat: FormatDefinition {
  package static let summary = "callaudit canonical XML: <contacts> of <contact> with <transcript> turns"
  package static let detection = "root element <contacts>"
  package static let suppliesSourcing = true
  package static func matches(_ sample: FormatSample) -> Bool { sample.xmlRoot == "contacts" }
  package static func reader(options: IngestionOptions) -> any ContactReader {
    CanonicalXMLReader(options: options)
  }
}
