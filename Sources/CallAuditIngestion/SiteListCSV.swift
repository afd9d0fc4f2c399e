import CallAuditModel

/// The CSV layout of a sites file: a `site,sourcing` header, then one site per row.
package enum SiteListCSV {
  /// Whether the first line that is neither blank nor a `#` comment is the header `site,sourcing`.
  package static func looksLikeCSV(_ text: String) -> Bool {
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingASCIIWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let fields = fields(of: trimmed) else { return false }
      return fields.map { $0.lowercased() } == ["site", "sourcing"]
    }
    return false
  }

  /// Parses the rows after the header.
  package static func parse(_ text: String, file: String) throws(ConfigurationError) -> SiteDirectory {
    var directory = SiteDirectory()
    var sawHeader = false
    var lineNumber = 0
    // Lines are counted as an editor shows them: LF, CRLF (one Character) or a lone CR ends one.
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let trimmed = line.trimmingASCIIWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard !sawHeader else {
        guard let row = fields(of: trimmed), row.count == 2 else {
          throw ConfigurationError(file: file, line: lineNumber, message: "a row must hold two fields, a site and its sourcing")
        }
        let site = row[0]
        guard !site.isEmpty else {
          throw ConfigurationError(file: file, line: lineNumber, message: "the site name is empty")
        }
        guard let sourcing = Sourcing(label: row[1]), sourcing != .unknown else {
          throw ConfigurationError(
            file: file, line: lineNumber, message: "'\(row[1])' is not a sourcing; write in-house or outsourced")
        }
        if let earlier = directory[site], earlier != sourcing {
          throw ConfigurationError(
            file: file, line: lineNumber,
            message: "site '\(site)' is listed as both \(earlier.rawValue) and \(sourcing.rawValue)")
        }
        directory[site] = sourcing
        continue
      }
      sawHeader = true
    }
    return directory
  }

  /// The fields of one line, RFC 4180 quoting allowed, each trimmed; `nil` when a quote is broken.
  package static func fields(of line: String) -> [String]? {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var wasQuoted = false
    var characters = line.makeIterator()
    while let character = characters.next() {
      if quoted {
        if character == "\"" {
          quoted = false
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        // A quote opens a field, or is the second of a doubled quote inside one.
        if wasQuoted { field.append("\"") } else if !field.trimmingASCIIWhitespace().isEmpty { return nil }
        quoted = true
        wasQuoted = true
      } else if character == "," {
        fields.append(field.trimmingASCIIWhitespace())
        field = ""
        wasQuoted = false
      } else {
        field.append(character)
      }
    }
    guard !quoted else { return nil }
    fields.append(field.trimmingASCIIWhitespace())
    return fields
  }
}
