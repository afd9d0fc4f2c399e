import CallAuditModel

/// Builds a contact from one `<item>` of a Jira XML (RSS) export.
///
/// | item element | contact field |
/// |---|---|
/// | `key` | id |
/// | custom field `Team`, else `project` | site |
/// | `reporter` | customer |
/// | `assignee` (none when its id is `-1`) | agent |
/// | custom field `Request Type`, else the first `component`, else `type` | category |
/// | `created` / `resolved` | opened / closed |
/// | `status`, `statusCategory` (``JiraStatus``) | status |
/// | `resolution` (none when its id is `-1`, "Unresolved") | resolution |
/// | custom field `Satisfaction` | csat |
/// | `timespent seconds` | handle seconds |
/// | `description` (else `summary`), then each `comment` | turns |
///
/// The description is the reporter's opening turn; a comment is the customer's
/// when its author is the reporter, the agent's otherwise.
package struct JiraItemMapper {
  /// The provider every issue gets: exports never name one.
  package var provider: String

  /// The contact for `item`.
  /// - Throws: ``FieldError`` when the item has no key or a date cannot be read.
  package func contact(_ item: XMLElementNode) throws(FieldError) -> Contact {
    guard let key = item.value("key") else {
      throw FieldError(field: nil, value: "", expected: "", detail: "the <item> has no <key>")
    }
    var contact = Contact(id: key, provider: provider)
    let custom = CustomFields(item.child("customfields"))
    let reporter = item.child("reporter")
    let reporterIdentity = JiraIdentity(
      reporter?.attribute("username"), reporter?.attribute("accountid"), reporter?.text)
    contact.customerID = Self.person(reporter)
    contact.agentID = Self.person(item.child("assignee"))
    contact.site = custom.value(named: "team") ?? item.value("project")
    contact.category = (custom.value(keySuffix: ":vp-origin", named: "request type")
      ?? item.value("component") ?? item.value("type"))?.lowercased()
    contact.openedAt = try Self.time(item.value("created"), "created")
    contact.closedAt = try Self.time(item.value("resolved"), "resolved")
    let resolution = item.child("resolution")
    if resolution?.attribute("id") != "-1", let name = item.value("resolution") {
      contact.resolution = name.lowercased()
    }
    contact.status = JiraStatus.status(
      name: item.value("status"), category: item.child("statusCategory")?.attribute("key"),
      resolved: contact.resolution != nil)
    contact.csat = custom.value(keySuffix: ":sd-request-feedback", named: "satisfaction").flatMap(Self.leadingNumber)
    if let seconds = item.child("timespent")?.attribute("seconds") {
      contact.handleSeconds = seconds.utf8.parseDecimalInteger().flatMap { $0 >= 0 ? $0 : nil }
    }
    var turns: [Turn] = []
    let opening = item.value("description").map(HTMLPlainText.plain).flatMap { $0.isEmpty ? nil : $0 }
    if let text = opening ?? item.value("summary") {
      turns.append(Turn(speaker: .customer, at: contact.openedAt, text: text))
    }
    for comment in item.child("comments")?.children("comment") ?? [] {
      let text = HTMLPlainText.plain(comment.text)
      guard !text.isEmpty else { continue }
      let speaker: Speaker = reporterIdentity.matches(comment.attribute("author")) ? .customer : .agent
      turns.append(Turn(speaker: speaker, at: try Self.time(comment.attribute("created"), "comment created"), text: text))
    }
    contact.turns = turns
    return contact
  }

  /// A user element's display name, else its id; `nil` for "Unassigned" (id `-1`).
  private static func person(_ element: XMLElementNode?) -> String? {
    guard let element else { return nil }
    let id = element.attribute("accountid") ?? element.attribute("username")
    if id == "-1" { return nil }
    let name = element.text.trimmingASCIIWhitespace()
    return name.isEmpty ? id : name
  }

  private static func time(_ text: String?, _ what: String) throws(FieldError) -> Timestamp? {
    guard let text, !text.trimmingASCIIWhitespace().isEmpty else { return nil }
    guard let time = Timestamp(exportText: text) else {
      throw FieldError(field: nil, value: text, expected: "", detail: "\(what) '\(text)' is not a date and time")
    }
    return time
  }

  /// The number a satisfaction value starts with (`5`, `4 - Satisfied`).
  package static func leadingNumber(_ text: String) -> Double? {
    Double(text.trimmingASCIIWhitespace().prefix { $0.isNumber || $0 == "." })
  }

  /// An item's `<customfields>`, looked up by the field's type key or name.
  private struct CustomFields {
    var fields: [(key: String, name: String, value: String?)] = []

    init(_ element: XMLElementNode?) {
      for field in element?.children("customfield") ?? [] {
        let value = field.child("customfieldvalues")?.children("customfieldvalue")
          .lazy.map { HTMLPlainText.plain($0.text) }.first { !$0.isEmpty }
        fields.append(
          (field.attribute("key") ?? "", (field.value("customfieldname") ?? "").lowercased(), value))
      }
    }

    /// The first value of the field whose type key ends with `keySuffix` or whose name is `name`.
    func value(keySuffix: String? = nil, named name: String) -> String? {
      fields.first { field in
        (keySuffix.map { field.key.hasSuffix($0) } ?? false) || field.name == name
      }?.value
    }
  }
}
