import CallAuditIngestion
import CallAuditSystem

/// The hostile exports callaudit must survive (issue "Hostile and broken input",
/// docs/security.md), written into one folder beside good generated exports.
///
/// `callaudit generate --hostile DIR` writes them; the end-to-end test runs
/// `analyze` over the folder and checks each file's outcome.
public enum HostileExportSet {
  /// Every hostile file; with `large: false`, those of tens of MiB are left out.
  public static func exports(large: Bool = true) -> [HostileExport] {
    let all = xmlExports() + csvExports() + encodingExports() + largeExports()
    return large ? all : all.filter { !$0.isLarge }
  }

  /// Writes every export of `exports(large:)` into `directory` (created if
  /// missing), each file atomically; returns the paths written.
  public static func write(into directory: String, large: Bool = true) throws(OutputError) -> [String] {
    var paths: [String] = []
    for export in exports(large: large) {
      let path = directory.hasSuffix("/") ? directory + export.name : directory + "/" + export.name
      try OutputFile.createFolders(above: path)
      let file = try OutputWriter(path: path)
      try export.write { piece throws(OutputError) in try file.write(piece) }
      try file.commit()
      paths.append(path)
    }
    return paths
  }

  /// A contact line of the canonical CSV for the hostile provider, transcript last.
  static func csvRow(_ id: String, transcript: String) -> String {
    "\(id),\(HostileExport.provider),Leeds,in-house,chat,C-\(id),A-1,no-internet,"
      + "2025-03-01T09:00:00Z,2025-03-01T09:10:00Z,,resolved,fixed,0,false,4,600,\(transcript)\n"
  }

  /// The canonical CSV header line.
  static var csvHeader: String { CanonicalWriter(format: .csv).header }

  /// One canonical XML contact of the hostile provider; `category` may hold markup.
  static func xmlContact(_ id: String, category: String) -> String {
    """
      <contact id="\(id)" provider="\(HostileExport.provider)" channel="chat" sourcing="in-house">
        <customer id="C-\(id)"/><category>\(category)</category>
        <opened>2025-03-01T09:00:00Z</opened><status>resolved</status>
        <transcript><turn speaker="agent">Your line is fixed.</turn></transcript>
      </contact>

    """
  }

  private static func xmlExports() -> [HostileExport] {
    var laughs = "<!ENTITY lol0 \"lol\">"
    for level in 1...12 {
      laughs += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
    }
    let depth = 1_000
    return [
      HostileExport(
        "xxe-file.xml",
        text: """
          <?xml version="1.0"?>
          <!DOCTYPE contacts [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
          <contacts>
          \(xmlContact("XF-1", category: "&leak;"))</contacts>

          """),
      HostileExport(
        "xxe-network.xml",
        text: """
          <?xml version="1.0"?>
          <!DOCTYPE contacts SYSTEM "http://127.0.0.1:9/evil.dtd" [
            <!ENTITY % remote SYSTEM "http://127.0.0.1:9/remote.dtd"> %remote;
            <!ENTITY fetch SYSTEM "http://127.0.0.1:9/secret">
          ]>
          <contacts>
          \(xmlContact("XN-1", category: "&fetch;"))</contacts>

          """),
      HostileExport(
        "billion-laughs.xml",
        text: """
          <?xml version="1.0"?>
          <!DOCTYPE contacts [\(laughs)]>
          <contacts>
          \(xmlContact("BL-1", category: "fine"))\(xmlContact("BL-2", category: "&lol12;"))</contacts>

          """),
      HostileExport(
        "deep-nesting.xml",
        text: "<?xml version=\"1.0\"?>\n<contacts>\n" + xmlContact("DN-1", category: "fine")
          + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "\n</contacts>\n"),
      HostileExport(
        "truncated.xml",
        text: "<?xml version=\"1.0\"?>\n<contacts>\n" + xmlContact("TX-1", category: "fine")
          + "  <contact id=\"TX-2\" provider=\"\(HostileExport.provider)\"><category>cut off"),
    ]
  }

  private static func csvExports() -> [HostileExport] {
    [
      HostileExport(
        "unclosed-quote.csv",
        text: csvHeader + csvRow("UQ-1", transcript: "\"Agent: Your line is fixed.\"")
          + csvRow("UQ-2", transcript: "\"Agent: this quote never closes")
          + csvRow("UQ-3", transcript: "Agent: swallowed by the open quote above.")),
      HostileExport(
        "broken-rows.csv",
        text: csvHeader + csvRow("BR-1", transcript: "\"Agent: Your line is fixed.\"")
          + csvRow("BR-2", transcript: "Agent: a stray \"quote\" in an unquoted field")
          + csvRow("BR-3", transcript: "\"Agent: closed\" then more text")
          + "BR-4,\(HostileExport.provider),too,few,fields\n"
          + csvRow("BR-5", transcript: "\"Agent: Your line is fixed.\"")),
      HostileExport(
        "line-ends.csv",
        text: csvHeader.replacingLineEnds("\r\n")
          + csvRow("LE-1", transcript: "\"Agent: CRLF\r\nCustomer: inside quotes\"").replacingLineEnds("\r\n", lastOnly: true)
          + csvRow("LE-2", transcript: "\"Agent: lone CR ends this line\"").replacingLineEnds("\r", lastOnly: true)
          + csvRow("LE-3", transcript: "\"Agent: LF ends this one\"")),
      HostileExport(
        "nul-bytes.csv",
        bytes: Array((csvHeader + csvRow("NB-1", transcript: "\"Agent: Your line is fixed.\"")).utf8)
          + Array(csvRow("NB-2", transcript: "\"Agent: a\u{0}b\"").utf8)
          + [UInt8](repeating: 0, count: 64)),
      HostileExport(
        "duplicate-headers.csv",
        text: csvHeader.replacing("site,", with: "provider,", maxReplacements: 1)
          + csvRow("DH-1", transcript: "\"Agent: Your line is fixed.\"")),
      HostileExport("empty.csv", text: ""),
      HostileExport("header-only.csv", text: csvHeader),
    ]
  }

  private static func encodingExports() -> [HostileExport] {
    // Past the 64 KiB that encoding detection samples, so the file is read as
    // UTF-8 and the bad bytes are replaced, not taken as a sign of Windows-1252.
    var text = csvHeader
    var index = 0
    while text.utf8.count < 80 << 10 {
      index += 1
      text += csvRow("IU-\(index)", transcript: "\"Agent: Your line is fixed.\"")
    }
    let invalid = Array(text.utf8) + Array("IU-BAD,\(HostileExport.provider),Le".utf8) + [0xC3, 0x28, 0xFF]
      + Array("eds,in-house,chat,C-IU,A-1,no-internet,2025-03-01T09:00:00Z,,,resolved,,0,false,,,\"Agent: caf".utf8)
      + [0xE9] + Array(" ok\"\n".utf8)
    return [
      HostileExport("invalid-utf8.csv", bytes: invalid),
      HostileExport("utf16.csv", bytes: [0xFF, 0xFE] + Array(csvHeader.utf8).flatMap { [$0, 0] }),
      HostileExport("truncated.csv.gz", bytes: truncatedGzip(Array((csvHeader + csvRow("GZ-1", transcript: "\"Agent: kept.\"") + csvRow("GZ-2", transcript: "\"Agent: cut off here, mid-row")).utf8))),
    ]
  }

  private static func largeExports() -> [HostileExport] {
    [
      // Handled: one 50 MB transcript, read and analysed like any other.
      HostileExport("50mb-field.csv", isLarge: true) { sink throws(OutputError) in
        try sink(ArraySlice((csvHeader + csvRow("BF-1", transcript: "\"Agent: Your line is fixed.\"")).utf8))
        try sink(ArraySlice((csvRow("BF-2", transcript: "\"Agent: ").dropLast()).utf8))
        try repeatSentence("We are aware of an outage in your area. ", bytes: 50_000_000, sink)
        try sink(ArraySlice("\"\n".utf8))
        try sink(ArraySlice(csvRow("BF-3", transcript: "\"Agent: Your line is fixed.\"").utf8))
      },
      // Refused: a text node past the 64 MiB record limit.
      HostileExport("huge-text-node.xml", isLarge: true) { sink throws(OutputError) in
        let opening = "<?xml version=\"1.0\"?>\n<contacts>\n" + xmlContact("HT-1", category: "fine")
          + "  <contact id=\"HT-2\" provider=\"\(HostileExport.provider)\"><customer id=\"C-HT-2\"/>"
          + "<opened>2025-03-01T09:00:00Z</opened><transcript><turn speaker=\"agent\">"
        try sink(ArraySlice(opening.utf8))
        try repeatSentence("Please restart your router. ", bytes: 80 << 20, sink)
        try sink(ArraySlice(("</turn></transcript></contact>\n" + xmlContact("HT-3", category: "fine") + "</contacts>\n").utf8))
      },
      // Stopped: a quote that never closes, in a file larger than the record limit.
      HostileExport("unclosed-quote-large.csv", isLarge: true) { sink throws(OutputError) in
        try sink(ArraySlice((csvHeader + csvRow("UL-1", transcript: "\"Agent: Your line is fixed.\"")).utf8))
        try sink(ArraySlice(csvRow("UL-2", transcript: "\"Agent: this quote never closes").utf8))
        var rows = ""
        for index in 3...400 { rows += csvRow("UL-\(index)", transcript: "Agent: plain row") }
        var written = 0
        while written < 80 << 20 {
          try sink(ArraySlice(rows.utf8))
          written += rows.utf8.count
        }
      },
    ]
  }

  /// Writes `sentence` again and again until `bytes` bytes are written.
  private static func repeatSentence(
    _ sentence: String, bytes: Int, _ sink: (ArraySlice<UInt8>) throws(OutputError) -> Void
  ) throws(OutputError) {
    let block = Array(String(repeating: sentence, count: (1 << 20) / sentence.utf8.count).utf8)
    var written = 0
    while written < bytes {
      let piece = block.prefix(bytes - written)
      try sink(piece)
      written += piece.count
    }
  }

  /// A gzip stream of `content` in one stored (uncompressed) block, cut off in its last line.
  private static func truncatedGzip(_ content: [UInt8]) -> [UInt8] {
    let length = UInt16(content.count)
    let header: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]
    let block: [UInt8] = [0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
    return header + block + content.dropLast(12)
  }
}

extension String {
  /// The text with each LF replaced by `ending`; only the final one with `lastOnly`.
  fileprivate func replacingLineEnds(_ ending: String, lastOnly: Bool = false) -> String {
    guard lastOnly else { return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: ending) }
    guard hasSuffix("\n") else { return self }
    return dropLast() + ending
  }
}
