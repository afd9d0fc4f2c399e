import CallAuditModel

/// What an input holds when it is not an export callaudit reads, told from
/// its first bytes — never from its name.
///
/// Two outcomes: content that is no export at all — a text note, a README, an
/// Office lock file, operating-system metadata, an image, callaudit's own
/// outputs — is **skipped** with one note; content that is data callaudit
/// cannot read — an Excel workbook, JSON, a table or XML no reader knows — is
/// **refused** with one sentence saying what it looks like and what to do.
package enum ContentCheck {
  /// What to do with an input.
  package enum Verdict: Equatable {
    /// Not an export: skip it, with this reason.
    case skip(String)
    /// Data callaudit does not read: stop, with this sentence.
    case refuse(String)
  }

  // MARK: Before the text encoding is detected

  /// Binary files recognised by their first bytes (their magic numbers).
  /// Runs before the text encoding is detected, since binary files can look
  /// like UTF-16 or Windows-1252 text.
  package static func binary(_ bytes: [UInt8]) -> Verdict? {
    func starts(_ magic: [UInt8]) -> Bool { bytes.starts(with: magic) }
    if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return zipArchive(bytes) }
    if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return compoundFile(bytes) }
    if starts([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]) {
      return .skip("macOS folder metadata (a .DS_Store file), not an export")
    }
    if starts([0x00, 0x05, 0x16, 0x07]) || starts([0x00, 0x05, 0x16, 0x00]) {
      return .skip("macOS file metadata (an AppleDouble '._' file), not an export")
    }
    if isOfficeLockFile(bytes) {
      return .skip("an Office lock file (~$…), which Office writes beside a document while it is open; not an export")
    }
    if starts(Array("SQLite format 3\0".utf8)) {
      return .skip("an SQLite database (such as callaudit's audit history), not an export")
    }
    if starts(Array("%PDF-".utf8)) { return .skip("a PDF document, not an export") }
    if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts(Array("GIF8".utf8)) {
      return .skip("an image, not an export")
    }
    if starts([0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00]) {
      return .skip("a Windows shortcut (.lnk), not an export")
    }
    if bytes.count > 262, bytes[257..<262].elementsEqual("ustar".utf8) {
      return .refuse("a tar archive: unpack it and give callaudit the files inside")
    }
    return nil
  }

  /// An Office Open XML file (a ZIP whose first entry is `[Content_Types].xml`),
  /// an OpenDocument file, or another ZIP archive.
  private static func zipArchive(_ bytes: [UInt8]) -> Verdict {
    func holds(_ text: String) -> Bool { contains(bytes, Array(text.utf8)) }
    if holds("[Content_Types].xml") {
      if holds("xl/") { return .refuse("an Excel workbook: save it as CSV (File → Save As → CSV UTF-8)") }
      if holds("word/") { return .skip("a Word document, not an export") }
      if holds("ppt/") { return .skip("a PowerPoint presentation, not an export") }
      return .refuse("an Office Open XML document, not an export callaudit reads: save its data as CSV")
    }
    if holds("mimetypeapplication/vnd.oasis.opendocument.spreadsheet") {
      return .refuse("an OpenDocument spreadsheet: save it as CSV (File → Save As → Text CSV, UTF-8)")
    }
    if holds("mimetypeapplication/vnd.oasis.opendocument.") { return .skip("an OpenDocument document, not an export") }
    return .refuse("a ZIP archive: unpack it and give callaudit the files inside")
  }

  /// A Microsoft compound file: an Excel 97–2003 workbook, another old Office
  /// document, or a Windows thumbnail cache — told apart by the stream names
  /// (UTF-16LE) in its directory.
  private static func compoundFile(_ bytes: [UInt8]) -> Verdict {
    func holds(_ name: String) -> Bool { contains(bytes, name.utf8.flatMap { [$0, 0] }) }
    if holds("WordDocument") { return .skip("a Word 97–2003 document, not an export") }
    if holds("PowerPoint Document") { return .skip("a PowerPoint 97–2003 presentation, not an export") }
    if holds("Workbook") || holds("Book") {
      return .refuse("an Excel 97–2003 workbook: save it as CSV (File → Save As → CSV UTF-8)")
    }
    if holds("Catalog") { return .skip("a Windows thumbnail cache (Thumbs.db), not an export") }
    return .skip("a Microsoft compound file (an old Office document or Windows metadata), not an export")
  }

  /// The owner file Office writes as `~$name` while a document is open: 162
  /// bytes (Word) or 165 (Excel, PowerPoint); a byte with the user name's length
  /// (1–52), the name, padding, then at offset 54 (Word) or 55 (Excel,
  /// PowerPoint) the length again as two bytes and the name in UTF-16LE — the
  /// layout LibreOffice's `msodocumentlockfile.cxx` reads and writes.
  package static func isOfficeLockFile(_ bytes: [UInt8]) -> Bool {
    guard (162...512).contains(bytes.count), let length = bytes.first.map(Int.init), (1...52).contains(length) else {
      return false
    }
    let name = bytes[1...length]
    for offset in [54, 55] where offset + 2 + 2 * length <= bytes.count {
      guard Int(bytes[offset]) == length, bytes[offset + 1] == 0 else { continue }
      let wide = bytes[(offset + 2)..<(offset + 2 + 2 * length)]
      // The UTF-16 copy's low bytes repeat the name where it is ASCII.
      let matches = Swift.zip(name, stride(from: wide.startIndex, to: wide.endIndex, by: 2)).allSatisfy { byte, index in
        byte >= 0x80 || (wide[index] == byte && wide[index + 1] == 0)
      }
      if matches { return true }
    }
    return false
  }

  // MARK: Before the format is detected

  /// Files callaudit itself writes that hold a `contact_id` column and so would
  /// be taken for the canonical CSV: the generator's labels, the per-contact
  /// measures of `--contacts-out`, the flagged contacts of `--format csv`.
  /// They hold measures of contacts, not contacts. And the sites list `--sites` reads.
  package static func ownOutput(_ sample: FormatSample) -> Verdict? {
    // A sites list often sits in the folder of the exports it describes.
    if sample.csvHeader == ["site", "sourcing"] {
      return .skip("a sites list (site, sourcing), which --sites reads; not contacts")
    }
    let header = Set(sample.csvHeader)
    guard header.contains("contact_id"), header.isDisjoint(with: contactColumns) else { return nil }
    if header.isSuperset(of: ["scripted", "unresolved", "churn_risk", "flagged", "lost"]),
      !header.contains("unresolved_reasons")
    {
      return .skip("the ground-truth labels `callaudit generate --labels` writes, not contacts")
    }
    if header.isSuperset(of: ["unresolved_reasons", "script_score", "flagged"]) {
      return .skip("the per-contact measures `callaudit analyze --contacts-out` writes, not contacts")
    }
    if header.isSuperset(of: ["reasons", "script_score", "customer_words"]) {
      return .skip("the flagged contacts `callaudit analyze --format csv` writes, not contacts")
    }
    return nil
  }

  /// Columns of the canonical CSV that carry a contact rather than a measure of one.
  private static let contactColumns: Set<String> = [
    "site", "customer_id", "agent_id", "opened_at", "closed_at", "status", "resolution", "transfers",
    "escalated", "csat", "handle_seconds", "transcript",
  ]

  // MARK: When no format recognises the content

  /// What an input that no format recognises holds. `sample` is the decoded
  /// first bytes.
  package static func unrecognized(_ sample: FormatSample) -> Verdict {
    let bytes = sample.bytes
    let text = bytes.drop { $0.isASCIIBlank }
    if sample.jsonStart != nil {
      return JSONShape.verdict(Array(text))
    }
    if let root = sample.xmlRoot {
      switch root.lowercased() {
      case "html": return .skip("an HTML page (such as a report), not an export")
      case "svg": return .skip("an image, not an export")
      default:
        return .refuse(
          "XML whose root element is <\(root)>, which no reader recognises: describe its records with a mapping file "
            + "(--mapping FILE, docs/formats.md) or name the format with --input-format (see `callaudit formats`)")
      }
    }
    if text.starts(with: "<!doctype html".utf8) || text.starts(with: "<!DOCTYPE html".utf8) {
      return .skip("an HTML page (such as a report), not an export")
    }
    if bytes.contains(0) { return .skip("binary data, not a text export") }
    if isLibreOfficeLock(bytes) {
      return .skip("a LibreOffice lock file (.~lock.…#), written while a document is open; not an export")
    }
    let rows = sample.csvRows
    guard let header = rows.first, header.count >= 2, rows.count >= 2 else {
      return .skip(
        rows.count <= 1 && !containsLineBreak(text)
          ? "a single line of text, not an export"
          : "text without a table's columns (a note, README or configuration file), not an export")
    }
    let fitting = rows.dropFirst().filter { $0.count == header.count }.count
    let isMarkdownTable = rows[1].allSatisfy { cell in cell.isEmpty || cell.allSatisfy { "-:| ".contains($0) } }
    guard fitting * 3 >= (rows.count - 1) * 2, !isMarkdownTable else {
      return .skip("text without a table's columns (a note, README or configuration file), not an export")
    }
    let names = header.prefix(6).map { $0.isEmpty ? "(unnamed)" : $0 }.joined(separator: ", ")
    let more = header.count > 6 ? ", … (\(header.count) columns)" : ""
    return .refuse(
      "a table (fields separated by \(CSVDialect.name(sample.delimiter))) with the columns \(names)\(more), "
        + "which no reader recognises: describe it with a mapping file (--mapping FILE, docs/formats.md) "
        + "or name the format with --input-format (see `callaudit formats`)")
  }

  /// A LibreOffice lock file: one line `user,login,host,dd.mm.yyyy hh:mm,url;`.
  private static func isLibreOfficeLock(_ bytes: ArraySlice<UInt8>) -> Bool {
    let line = String(decoding: bytes, as: UTF8.self).trimmingASCIIWhitespace()
    guard line.hasSuffix(";"), !line.containsUnextended("\n") else { return false }
    let fields = line.dropLast().split(separator: ",", omittingEmptySubsequences: false)
    guard fields.count == 5 else { return false }
    let stamp = Array(fields[3].utf8)
    return stamp.count == 16 && stamp[2] == UInt8(ascii: ".") && stamp[5] == UInt8(ascii: ".")
      && stamp[10] == UInt8(ascii: " ") && stamp[13] == UInt8(ascii: ":")
  }

  private static func containsLineBreak(_ text: some Collection<UInt8>) -> Bool {
    // A trailing line break still makes one line.
    let trimmed = Array(text).reversed().drop { $0.isASCIIBlank }
    return trimmed.contains(UInt8(ascii: "\n")) || trimmed.contains(UInt8(ascii: "\r"))
  }

  /// Whether `bytes` contain `needle`.
  package static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= bytes.count else { return false }
    var i = bytes.startIndex
    while let hit = bytes[i...].firstIndex(of: first) {
      if bytes[hit...].starts(with: needle) { return true }
      i = hit + 1
    }
    return false
  }
}
