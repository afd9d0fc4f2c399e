import CallAuditModel

/// Writes contacts in callaudit's canonical CSV or XML, the formats the readers
/// take back unchanged (docs/formats.md). Used to produce samples and to
/// normalize other exports.
public struct CanonicalWriter: Sendable {
  /// The output format.
  public enum Format: Sendable {
    case csv
    case xml
  }

  /// The output format.
  public var format: Format
  /// Whether the CSV has a `team` column. Off by default, so that files written before
  /// the column existed and those written now without teams are the same bytes; XML
  /// writes a `team` attribute whenever a contact has one.
  public let writesTeam: Bool
  /// The CSV columns, in order (chosen once, not for every row).
  private let columns: [CanonicalField]

  /// Creates a writer for `format`, with a `team` column in CSV when `writesTeam`.
  public init(format: Format, writesTeam: Bool = false) {
    self.format = format
    self.writesTeam = writesTeam
    columns = writesTeam ? CanonicalField.allCases : CanonicalField.allCases.filter { $0 != .team }
  }

  /// The text that comes before the first contact.
  public var header: String {
    switch format {
    case .csv: columns.map(\.columnName).joined(separator: ",") + "\n"
    case .xml: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<contacts>\n"
    }
  }

  /// The text that comes after the last contact.
  public var footer: String {
    switch format {
    case .csv: ""
    case .xml: "</contacts>\n"
    }
  }

  /// One contact's text: a CSV row, or a `<contact>` element.
  public func render(_ contact: Contact) -> String {
    switch format {
    case .csv: csvRow(contact)
    case .xml: xmlElement(contact)
    }
  }

  private func csvRow(_ c: Contact) -> String {
    let values: [String] = columns.map { field in
      switch field {
      case .contactID: c.id
      case .provider: c.provider
      case .site: c.site ?? ""
      case .team: c.team ?? ""
      case .sourcing: c.sourcing == .unknown ? "" : c.sourcing.rawValue
      case .channel: c.channel ?? ""
      case .customerID: c.customerID ?? ""
      case .agentID: c.agentID ?? ""
      case .category: c.category ?? ""
      case .openedAt: c.openedAt?.iso8601 ?? ""
      case .closedAt: c.closedAt?.iso8601 ?? ""
      case .updatedAt: c.updatedAt?.iso8601 ?? ""
      case .status: c.status == .unknown ? "" : c.status.rawValue
      case .resolution: c.resolution ?? ""
      case .transfers: c.transfers.map(String.init) ?? ""
      case .escalated: c.escalated.map { $0 ? "true" : "false" } ?? ""
      case .csat: c.csat.map(Self.number) ?? ""
      case .handleSeconds: c.handleSeconds.map(String.init) ?? ""
      case .transcript: TranscriptText.render(c.turns)
      }
    }
    return values.map(CSVField.quoted).joined(separator: ",") + "\n"
  }

  private func xmlElement(_ c: Contact) -> String {
    var out = "  <contact id=\"\(Self.xmlEscaped(c.id))\" provider=\"\(Self.xmlEscaped(c.provider))\""
    if let channel = c.channel { out += " channel=\"\(Self.xmlEscaped(channel))\"" }
    if let site = c.site { out += " site=\"\(Self.xmlEscaped(site))\"" }
    if let team = c.team { out += " team=\"\(Self.xmlEscaped(team))\"" }
    if c.sourcing != .unknown { out += " sourcing=\"\(c.sourcing.rawValue)\"" }
    out += ">\n"
    if let customer = c.customerID { out += "    <customer id=\"\(Self.xmlEscaped(customer))\"/>\n" }
    if let agent = c.agentID { out += "    <agent id=\"\(Self.xmlEscaped(agent))\"/>\n" }
    func element(_ name: String, _ value: String?) {
      if let value { out += "    <\(name)>\(Self.xmlEscaped(value))</\(name)>\n" }
    }
    element("category", c.category)
    element("opened", c.openedAt?.iso8601)
    element("closed", c.closedAt?.iso8601)
    element("updated", c.updatedAt?.iso8601)
    element("status", c.status == .unknown ? nil : c.status.rawValue)
    element("resolution", c.resolution)
    element("transfers", c.transfers.map(String.init))
    element("escalated", c.escalated.map { $0 ? "true" : "false" })
    element("csat", c.csat.map(Self.number))
    element("handle-seconds", c.handleSeconds.map(String.init))
    if !c.turns.isEmpty {
      out += "    <transcript>\n"
      for turn in c.turns {
        let at = turn.at.map { " at=\"\($0.iso8601)\"" } ?? ""
        out += "      <turn speaker=\"\(turn.speaker.rawValue)\"\(at)>\(Self.xmlEscaped(turn.text))</turn>\n"
      }
      out += "    </transcript>\n"
    }
    return out + "  </contact>\n"
  }

  private static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }

  /// Escapes text for XML content and attribute values.
  package static func xmlEscaped(_ value: String) -> String {
    guard value.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 || $0 == 13 }) else {
      return value
    }
    var out = ""
    out.reserveCapacity(value.utf8.count + 16)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\r": out += "&#13;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
