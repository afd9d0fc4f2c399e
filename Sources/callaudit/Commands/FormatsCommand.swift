import ArgumentParser
import CallAuditModel
import CallAuditReporting

/// `callaudit formats`: what callaudit reads and how it recognises each format.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "formats",
    abstract: "List the input formats, what each supplies, and how it is detected."
  )

  /// How the list is written.
  enum Layout: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "Output format: text or json.")
  var format: Layout = .text

  func run() throws {
    let entries = InputFormat.allCases.map(FormatEntry.init)
    switch format {
    case .text: try StandardOutput.write(FormatsText(width: Terminal.width ?? 100).render(entries))
    case .json: try StandardOutput.write(FormatsJSON.render(entries))
    }
  }
}

/// One row of the list: a format and what it supplies, in words.
struct FormatEntry {
  /// The `--input-format` name.
  var name: String
  /// One line on what the format is.
  var summary: String
  /// How it is recognised.
  var detection: String
  /// Whether contacts carry text: `yes`, `no`, or `mapped` when it depends on the mapping file.
  var text: String
  /// Whether the export gives sourcing: `yes`, `no`, or `mapped`.
  var sourcing: String
  /// Whether detection can choose the format (the mapping format is only ever chosen).
  var detected: Bool

  /// The entry for one format.
  init(_ format: InputFormat) {
    name = format.rawValue
    summary = format.summary
    detection = format.detection
    // A mapping supplies what its file maps, so neither answer would be true of all of them.
    let mapped = format == .mapping
    text = mapped ? "mapped" : format.suppliesText ? "yes" : "no"
    sourcing = mapped ? "mapped" : format.suppliesSourcing ? "yes" : "no"
    detected = !mapped
  }
}

/// Things true of every format, said once under the list.
enum FormatsFootnotes {
  /// The notes, one sentence or two each.
  static let lines = [
    "text: whether contacts carry what was said; the scripted, customer-signal and churn metrics need it.",
    "sourcing: whether the export says if a site is outsourced. For any format, --sites FILE "
      + "(YAML `site: outsourced`, or CSV `site,sourcing`) fills it in from the site or group name.",
    "Any other CSV, XML or JSON: describe its columns, element paths or member paths in a YAML mapping file "
      + "and run `callaudit analyze --mapping FILE INPUT…` (docs/formats.md).",
    "Every input is detected from its content, never its name; --input-format NAME overrides detection.",
    "Any input may be gzip-compressed. Text may be UTF-8 (with or without a byte order mark) or "
      + "Windows-1252, detected; bytes that are not UTF-8 are replaced and reported. UTF-16 is refused.",
    "CSV fields may be separated by , ; tab or |, as the header line shows (--delimiter sets it). In the contact "
      + "and ticket CSVs, dates may be written as spreadsheets write them, Excel serial numbers included, day or "
      + "month first as the values show (--date-order dmy|mdy|ymd sets it).",
    "Not read: Excel workbooks (save them as CSV) and JSON (convert it) are refused with a sentence; notes, lock "
      + "files, operating-system metadata and callaudit's own outputs are skipped with a note.",
  ]
}

/// The aligned text list.
struct FormatsText {
  /// The width to wrap descriptions and notes to.
  var width: Int

  /// The table and the notes under it.
  func render(_ entries: [FormatEntry]) -> String {
    let nameWidth = max(6, entries.map(\.name.count).max() ?? 0)
    let headings = ["FORMAT".padded(nameWidth), "TEXT  ", "SOURCING", "DESCRIPTION"]
    let indent = nameWidth + 2 + 6 + 2 + 8 + 2
    let wrapWidth = max(30, width - indent)
    var out = headings.joined(separator: "  ") + "\n"
    for entry in entries {
      let description = wrap(entry.summary, width: wrapWidth)
        + wrap("detected by: \(entry.detection)", width: wrapWidth)
      for (index, line) in description.enumerated() {
        if index == 0 {
          out += [entry.name.padded(nameWidth), entry.text.padded(6), entry.sourcing.padded(8), line]
            .joined(separator: "  ")
        } else {
          out += String(repeating: " ", count: indent) + line
        }
        out += "\n"
      }
    }
    out += "\n"
    for note in FormatsFootnotes.lines {
      for (index, line) in wrap(note, width: max(30, width - 2)).enumerated() {
        out += (index == 0 ? "- " : "  ") + line + "\n"
      }
    }
    return out
  }

  /// Greedy word wrap; a word longer than the width stands on its own line.
  private func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += line.isEmpty ? String(word) : " " + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}

/// The list as JSON, for scripts.
enum FormatsJSON {
  /// The list as one JSON object: `formats`, then the options and encodings that apply to all.
  static func render(_ entries: [FormatEntry]) -> String {
    let formats: [JSONValue] = entries.map { entry in
      .object([
        ("name", .string(entry.name)),
        ("summary", .string(entry.summary)),
        ("detection", .string(entry.detection)),
        ("detected", .bool(entry.detected)),
        ("supplies_text", supplies(entry.text)),
        ("supplies_sourcing", supplies(entry.sourcing)),
      ])
    }
    return JSONValue.object([
      ("formats", .array(formats)),
      ("mapping_option", .string("--mapping FILE")),
      ("sites_option", .string("--sites FILE")),
      ("encodings", .array([.string("UTF-8"), .string("Windows-1252")])),
      ("compression", .array([.string("gzip")])),
    ]).serialized()
  }

  /// `true`, `false`, or `null` when it depends on the mapping file.
  private static func supplies(_ answer: String) -> JSONValue {
    switch answer {
    case "yes": .bool(true)
    case "no": .bool(false)
    default: .null
    }
  }
}

extension String {
  /// The string padded with spaces to `width` characters.
  fileprivate func padded(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
