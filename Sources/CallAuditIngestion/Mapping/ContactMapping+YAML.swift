import CallAuditModel

/// Reading a mapping file. The layout is documented in docs/formats.md
/// ("Any other CSV, XML or JSON: a mapping file"); every key is checked, so a
/// misspelt one is an error naming it and its line rather than a field quietly unread.
extension ContactMapping {
  /// The top-level keys a mapping file may use.
  package static let topLevelKeys = [
    "format", "delimiter", "header", "record", "provider", "date_order", "row_ids",
    "fields", "turns", "values", "sites",
  ]

  /// Reads a mapping file.
  /// - Throws: ``ConfigurationError`` naming the file and line of the first mistake.
  public init(contentsOfFile path: String) throws(ConfigurationError) {
    try self.init(yaml: try ConfigurationText.read(path), file: path)
  }

  /// Parses mapping YAML; `file` names the text in errors.
  public init(yaml: String, file: String) throws(ConfigurationError) {
    let root = try ConfigurationNode.parse(yaml, file: file)
    let top = try root.fields("the mapping file", allowed: Self.topLevelKeys)
    guard let formatNode = top["format"] else { throw root.error("the mapping file has no 'format' key (csv, xml or json)") }
    let layout = try Self.layout(formatNode, top: top)
    let provider = try top["provider"].map { node throws(ConfigurationError) in try node.nonEmptyText("provider") }
    let dateOrder = try top["date_order"].map(Self.dateOrder) ?? .dayFirst
    let rowIDs = try top["row_ids"]?.flag("row_ids") ?? false
    let sites = try top["sites"].map { node throws(ConfigurationError) in try SiteDirectory(node: node, what: "sites") }
      ?? SiteDirectory()
    guard let fieldsNode = top["fields"] else { throw root.error("the mapping file has no 'fields' section") }
    let fields = try Self.fieldRules(fieldsNode, layout: layout)
    let turns = try top["turns"].map { node throws(ConfigurationError) in try Self.turnRules(node, layout: layout) } ?? []
    let mapped = Set(fields.map(\.field.columnName))
    if !mapped.contains(CanonicalField.contactID.columnName), !rowIDs {
      throw fieldsNode.error("no field is mapped to contact_id; map one, or set row_ids: true to number records by line")
    }
    if mapped.contains(CanonicalField.contactID.columnName), rowIDs {
      throw top["row_ids"]!.error("row_ids: true cannot be used with a contact_id field")
    }
    if mapped.contains(CanonicalField.transcript.columnName), let turnsNode = top["turns"] {
      throw turnsNode.error("turns cannot be used with a transcript field; use one or the other")
    }
    let values = try top["values"].map { node throws(ConfigurationError) in
      try Self.valueMaps(node, mapped: mapped, dateOrder: dateOrder)
    } ?? [:]
    self.init(
      file: file, layout: layout, provider: provider, dateOrder: dateOrder, rowIDs: rowIDs,
      sites: sites, fields: fields, turns: turns, values: values)
  }

  private static func layout(
    _ formatNode: ConfigurationNode, top: [String: ConfigurationNode]
  ) throws(ConfigurationError) -> Layout {
    switch try formatNode.text("format").lowercased() {
    case "csv":
      if let record = top["record"] { throw record.error("'record' applies to XML and JSON only; this mapping is for CSV") }
      let delimiter = try top["delimiter"].map(Self.delimiter) ?? UInt8(ascii: ",")
      let header = try top["header"]?.flag("header") ?? true
      return .csv(delimiter: delimiter, header: header)
    case "xml":
      for key in ["delimiter", "header"] {
        if let node = top[key] { throw node.error("'\(key)' applies to CSV only; this mapping is for XML") }
      }
      guard let recordNode = top["record"] else {
        throw formatNode.error("an XML mapping needs 'record', the path of each record element from the root (e.g. tickets/ticket)")
      }
      let text = try recordNode.nonEmptyText("record")
      var steps = text.split(separator: "/").map { $0.trimmingASCIIWhitespace() }
      steps = steps.map { $0.split(separator: ":").last.map(String.init) ?? $0 }
      guard !steps.isEmpty, steps.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("@") && $0 != "." }) else {
        throw recordNode.error("record '\(text)' is not a path of element names such as tickets/ticket")
      }
      return .xml(recordPath: steps)
    case "json":
      for key in ["delimiter", "header"] {
        if let node = top[key] { throw node.error("'\(key)' applies to CSV only; this mapping is for JSON") }
      }
      // Without a record path, the records stand at the top level: an array, JSON Lines or values one after another.
      guard let recordNode = top["record"] else { return .json(recordsPath: []) }
      let text = try recordNode.nonEmptyText("record")
      let keys = text.split(separator: ".", omittingEmptySubsequences: false).map { $0.trimmingASCIIWhitespace() }
      guard keys.allSatisfy({ !$0.isEmpty && !$0.containsUnextended("[") && !$0.containsUnextended("]") }) else {
        throw recordNode.error("record '\(text)' is not a path of member names such as tickets or data.tickets")
      }
      return .json(recordsPath: keys)
    case let other:
      throw formatNode.error("format '\(other)' is not csv, xml or json")
    }
  }

  private static func delimiter(_ node: ConfigurationNode) throws(ConfigurationError) -> UInt8 {
    let text = try node.text("delimiter")
    switch text.lowercased() {
    case "tab", "\t", "\\t": return UInt8(ascii: "\t")
    default:
      guard text.utf8.count == 1, let byte = text.utf8.first, byte < 0x80, byte != UInt8(ascii: "\""),
        byte != 0x0A, byte != 0x0D
      else {
        throw node.error("delimiter must be one ASCII character other than a quote or line break, or 'tab'")
      }
      return byte
    }
  }

  private static func dateOrder(_ node: ConfigurationNode) throws(ConfigurationError) -> Timestamp.DateOrder {
    switch try node.text("date_order").lowercased() {
    case "day-first", "dayfirst", "dmy": return .dayFirst
    case "month-first", "monthfirst", "mdy": return .monthFirst
    case "year-first", "yearfirst", "ymd": return .yearFirst
    case let other: throw node.error("date_order '\(other)' is not day-first, month-first or year-first")
    }
  }

  private static func fieldRules(
    _ node: ConfigurationNode, layout: Layout
  ) throws(ConfigurationError) -> [FieldRule] {
    let names = CanonicalField.allCases.map(\.columnName)
    var rules: [FieldRule] = []
    for (key, keyNode, value) in try node.entries("fields") {
      guard let field = CanonicalField.allCases.first(where: { $0.columnName == key }) else {
        throw keyNode.error("unknown key '\(key)' in fields; expected a canonical field: \(ConfigurationNode.list(names))")
      }
      rules.append(FieldRule(field: field, source: try source(value, what: "field \(key)", layout: layout)))
    }
    return rules
  }

  private static func turnRules(
    _ node: ConfigurationNode, layout: Layout
  ) throws(ConfigurationError) -> [TurnRule] {
    guard node.isSequence else {
      throw node.error("turns must be a list of '- customer: COLUMN' or '- agent: COLUMN' items")
    }
    var rules: [TurnRule] = []
    for item in try node.items("turns") {
      let entries = try item.entries("a turn")
      guard entries.count == 1, let (key, keyNode, value) = entries.first else {
        throw item.error("each turn names one speaker and its source, e.g. '- customer: Complaint'")
      }
      guard let speaker = Speaker(label: key) else {
        throw keyNode.error("unknown key '\(key)' in turns; expected agent, customer or system")
      }
      rules.append(TurnRule(speaker: speaker, source: try source(value, what: "the \(key) turn", layout: layout)))
    }
    return rules
  }

  /// One column or path, or a list of them; checked against the layout.
  private static func source(
    _ node: ConfigurationNode, what: String, layout: Layout
  ) throws(ConfigurationError) -> Source {
    var references: [String] = []
    for item in try node.items(what) {
      let reference = try item.nonEmptyText("a source of \(what)")
      switch layout {
      case .csv(_, let header):
        if !header {
          guard let number = Int(reference), number >= 1 else {
            throw item.error("'\(reference)' is not a column number; with header: false, columns are numbered from 1")
          }
          _ = number
        }
      case .xml:
        guard XMLValuePath(reference) != nil else {
          throw item.error("'\(reference)' is not a path such as status, customer/name, @id or caller/@number")
        }
      case .json:
        guard JSONValuePath(reference) != nil else {
          throw item.error(
            "'\(reference)' is not a path such as status, requester.email or articles[sender=Customer].body")
        }
      }
      references.append(reference)
    }
    guard !references.isEmpty else { throw node.error("\(what) names no column") }
    return Source(references: references, line: node.line)
  }

  /// `values: {status: {Solved: resolved}, …}`: each target is checked now, so a
  /// typo in the mapping is caught before any record is read.
  private static func valueMaps(
    _ node: ConfigurationNode, mapped: Set<String>, dateOrder: Timestamp.DateOrder
  ) throws(ConfigurationError) -> [CanonicalField: [String: String]] {
    var maps: [CanonicalField: [String: String]] = [:]
    for (key, keyNode, value) in try node.entries("values") {
      guard let field = CanonicalField.allCases.first(where: { $0.columnName == key }), field != .transcript else {
        throw keyNode.error("unknown key '\(key)' in values; expected a mapped field such as status or sourcing")
      }
      guard mapped.contains(key) else {
        throw keyNode.error("values are given for '\(key)', but no column is mapped to \(key) under fields")
      }
      var map: [String: String] = [:]
      for (from, _, toNode) in try value.entries("values for \(key)") {
        let to = try toNode.text("the \(key) value for '\(from)'")
        try check(to, for: field, at: toNode, dateOrder: dateOrder)
        map[fold(from)] = to
      }
      maps[field] = map
    }
    return maps
  }

  /// Refuses a value-map target the field could not take.
  private static func check(
    _ value: String, for field: CanonicalField, at node: ConfigurationNode, dateOrder: Timestamp.DateOrder
  ) throws(ConfigurationError) {
    switch field {
    case .status:
      guard ContactStatus(rawValue: value.lowercased()) != nil else {
        let names = ConfigurationNode.list(ContactStatus.allCases.map(\.rawValue))
        throw node.error("'\(value)' is not a status; write \(names)")
      }
    case .openedAt, .closedAt, .updatedAt:
      guard Timestamp(exportText: value, order: dateOrder) != nil else {
        throw node.error("'\(value)' is not a date-time")
      }
    default:
      var probe = Contact(id: "")
      do throws(FieldError) {
        try field.apply(value, to: &probe)
      } catch {
        throw node.error(error.description)
      }
    }
  }
}
