import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditMetrics
@testable import CallAuditModel

#if canImport(Glibc)
  import Glibc
#endif

/// Reads `text` from memory, as the fuzzers do.
private func ingestBytes(_ bytes: [UInt8], format: InputFormat? = nil) -> (contacts: [Contact], summary: InputSummary) {
  var contacts: [Contact] = []
  let summary = ContactIngestor().ingest(ByteStream(bytes: bytes, name: "memory.csv"), format: format) {
    contacts.append($0)
  }
  return (contacts, summary)
}

private let header = "contact_id,provider,channel,customer_id,opened_at,status,transcript\n"

@Suite("Hostile input")
struct HostileInputTests {
  @Test("Bytes in memory read exactly as the same bytes from a file")
  func memoryMatchesFile() throws {
    for fixture in ["canonical/small.csv", "canonical/small.xml", "vendors/zendesk-xml/tickets.xml"] {
      let path = TestSupport.fixture(fixture)
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      let fromFile = ingestAll(path)
      var fromMemory: [Contact] = []
      var summary = ContactIngestor().ingest(ByteStream(bytes: bytes, name: path)) { fromMemory.append($0) }
      summary.path = fromFile.summary.path
      #expect(fromMemory == fromFile.contacts, "\(fixture)")
      #expect(summary == fromFile.summary, "\(fixture)")
      #expect(!fromMemory.isEmpty)
    }
  }

  @Test("Elements nested past the limit stop reading there, keeping the contacts before")
  func nestingDepth() {
    let limit = XMLStreamParser.maximumDepth
    func document(depth: Int) -> [UInt8] {
      Array(
        ("<contacts><contact id=\"1\" channel=\"chat\"><customer id=\"C\"/><opened>2025-03-01T09:00:00Z</opened></contact>\n"
          + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "</contacts>").utf8)
    }
    // The root counts as one level: `limit - 1` nested elements inside it fit.
    let fits = ingestBytes(document(depth: limit - 1))
    #expect(fits.summary.stoppedBy == nil)
    #expect(fits.contacts.map(\.id) == ["1"])
    let tooDeep = ingestBytes(document(depth: limit))
    #expect(tooDeep.contacts.map(\.id) == ["1"])
    guard case .stoppedAt(_, let line, let reason) = tooDeep.summary.stoppedBy else {
      Issue.record("expected a stop, got \(String(describing: tooDeep.summary.stoppedBy))")
      return
    }
    #expect(line == 2)
    #expect(reason.contains("nest more than \(limit) deep"))
  }

  @Test("An XML item libxml2 would have to buffer past 10 MB stops reading with a plain reason")
  func hugeLookup() {
    let contact = "<contact id=\"1\" channel=\"chat\"><customer id=\"C\"/><opened>2025-03-01T09:00:00Z</opened></contact>\n"
    let xml = "<contacts>\n" + contact + "<!--" + String(repeating: "x", count: 11 << 20) + "-->\n" + contact + "</contacts>"
    let (contacts, summary) = ingestBytes(Array(xml.utf8))
    #expect(contacts.map(\.id) == ["1"])
    guard case .stoppedAt(_, let line, let reason) = summary.stoppedBy else {
      Issue.record("expected a stop, got \(String(describing: summary.stoppedBy))")
      return
    }
    #expect(line == 3)
    #expect(reason.hasPrefix("one comment, CDATA section, attribute value or name is longer than 10 MB"))
  }

  @Test("A record holding a NUL byte is rejected with its field; the others are kept")
  func nulBytes() {
    let text = header + "A,North,chat,C-1,2025-03-01T09:00:00Z,resolved,Agent: fine\n"
      + "B,North,chat,C-2,2025-03-01T09:00:00Z,resolved,Agent: a\u{0}b\n"
      + "C,North,chat,C-3,2025-03-01T09:00:00Z,resolved,Agent: fine\n"
    let (contacts, summary) = ingestBytes(Array(text.utf8), format: .canonicalCSV)
    #expect(contacts.map(\.id) == ["A", "C"])
    #expect(summary.problems == [IngestionProblem(line: 3, message: "field 7 holds a NUL byte, which text exports never contain (the file may be damaged)")])
  }

  @Test("A quote that never closes names the field where it opened")
  func unclosedQuoteField() {
    let text = header + "A,North,chat,C-1,2025-03-01T09:00:00Z,resolved,\"Agent: fine\"\n"
      + "B,North,chat,C-2,2025-03-01T09:00:00Z,resolved,\"Agent: one\nCustomer: two\"\n"
      + "C,North,chat,C-3,2025-03-01T09:00:00Z,resolved,\"Agent: never closed\nD,North,chat\n"
    let (contacts, summary) = ingestBytes(Array(text.utf8), format: .canonicalCSV)
    #expect(contacts.map(\.id) == ["A", "B"])
    #expect(
      summary.problems == [
        IngestionProblem(line: 5, message: "a quoted field opens here (field 7) and never closes before the end of the input")
      ])
  }

  @Test("A header with no rows says so instead of reporting nothing")
  func headerOnly() {
    let (contacts, summary) = ingestBytes(Array(header.utf8))
    #expect(contacts.isEmpty)
    #expect(summary.stoppedBy == nil)
    #expect(summary.notes.contains { $0.hasPrefix("no records: the input was read as csv") })
  }

  @Test("A quote that never closes in a large input stops at the record limit, naming its line")
  func unclosedQuoteAtLimit() {
    var text = header + "A,North,chat,C-1,2025-03-01T09:00:00Z,resolved,Agent: fine\n"
    text += "B,North,chat,C-2,2025-03-01T09:00:00Z,resolved,\"Agent: never closed\n"
    // Larger than the scanner's first read (1 MiB), so the limit, not the end of input, stops it.
    for index in 0..<20_000 { text += "R-\(index),North,chat,C,2025-03-01T09:00:00Z,resolved,Agent: swallowed\n" }
    var contacts: [Contact] = []
    let options = IngestionOptions(maximumRecordBytes: 16 << 10)
    let summary = ContactIngestor(options: options).ingest(ByteStream(bytes: Array(text.utf8), name: "big.csv")) {
      contacts.append($0)
    }
    #expect(contacts.map(\.id) == ["A"])
    #expect(
      summary.stoppedBy
        == .stoppedAt(path: "big.csv", line: 3, reason: "a record grows past 16 KiB; a quote opened here is probably never closed"))
  }

  @Test("A record cut at the record limit is counted rejected, with its line and reason (issue 19, item 12)")
  func recordCutAtLimitIsRejected() {
    var text = header + "A,North,chat,C-1,2025-03-01T09:00:00Z,resolved,Agent: fine\n"
    text += "B,North,chat,C-2,2025-03-01T09:00:00Z,resolved,\"Agent: never closed\n"
    // Larger than the scanner's first read (1 MiB), so the limit, not the end of input, stops it.
    for index in 0..<20_000 { text += "R-\(index),North,chat,C,2025-03-01T09:00:00Z,resolved,Agent: swallowed\n" }
    let options = IngestionOptions(maximumRecordBytes: 16 << 10)
    let summary = ContactIngestor(options: options).ingest(ByteStream(bytes: Array(text.utf8), name: "big.csv")) { _ in }
    #expect(summary.accepted == 1)
    #expect(summary.rejected == 1)
    #expect(summary.records == summary.accepted + summary.rejected)
    #expect(summary.problems.map(\.line) == [3])
    #expect(summary.problems.first?.message.contains("16 KiB") == true)
    #expect(summary.stoppedBy != nil)
  }

  @Test("A stream of NUL bytes is binary data, not an unclosed quote (issue 19, item 12)")
  func nulStreamIsBinary() {
    // After a header and a good row, as a crash that left zeros at the end of a file.
    let good = header + "A,North,chat,C-1,2025-03-01T09:00:00Z,resolved,Agent: fine\n"
    let options = IngestionOptions(maximumRecordBytes: 16 << 10)
    // Larger than the scanner's first read (1 MiB), so the limit, not the end of input, stops it.
    let zeros = [UInt8](repeating: 0, count: 1_500_000)
    let summary = ContactIngestor(options: options).ingest(
      ByteStream(bytes: Array(good.utf8) + zeros, name: "zeros.csv"), format: .canonicalCSV) { _ in }
    #expect(summary.accepted == 1)
    guard case .stoppedAt(let path, let line, let reason) = summary.stoppedBy else {
      Issue.record("expected a stop, got \(String(describing: summary.stoppedBy))")
      return
    }
    #expect(path == "zeros.csv")
    #expect(line == 3)
    #expect(reason.contains("NUL"), "\(reason)")
    #expect(!reason.contains("quote"), "\(reason)")
    // Nothing but zeros, read as CSV: the header itself is binary.
    let only = ContactIngestor(options: options).ingest(ByteStream(bytes: zeros, name: "zeros.csv"), format: .canonicalCSV) { _ in }
    guard case .stoppedAt(_, let onlyLine, let onlyReason) = only.stoppedBy else {
      Issue.record("expected a stop, got \(String(describing: only.stoppedBy))")
      return
    }
    #expect(onlyLine == 1)
    #expect(onlyReason.contains("NUL") && !onlyReason.contains("quote"), "\(onlyReason)")
    // Short of the limit, the header of zeros is not taken for a header without contact_id.
    let short = ContactIngestor().ingest(ByteStream(bytes: Array(zeros.prefix(1_000)), name: "z.csv"), format: .canonicalCSV) { _ in }
    #expect(short.stoppedBy.map { "\($0)".contains("NUL") } == true, "\(String(describing: short.stoppedBy))")
  }

  @Test("libxml2's limit on distinct names is said as such, not as memory exhausted (issue 19, item 12)")
  func distinctNameLimit() {
    let contact = "<contact id=\"1\" channel=\"chat\"><customer id=\"C\"/><opened>2025-03-01T09:00:00Z</opened></contact>\n"
    var xml = "<contacts>\n" + contact + "<names>\n"
    // libxml2 keeps every distinct name in a dictionary of at most 10 MB (pools grow
    // fourfold, so about 21 MB of names fill it).
    let pad = String(repeating: "n", count: 100)
    for index in 0..<220_000 { xml += "<\(pad)\(index)/>\n" }
    xml += "</names>\n</contacts>\n"
    let (contacts, summary) = ingestBytes(Array(xml.utf8), format: .canonicalXML)
    #expect(contacts.map(\.id) == ["1"])
    guard case .stoppedAt(_, let line, let reason) = summary.stoppedBy else {
      Issue.record("expected a stop, got \(String(describing: summary.stoppedBy))")
      return
    }
    #expect(line > 3)
    #expect(reason.contains("distinct"), "\(reason)")
    #expect(!reason.contains("Memory allocation failed"), "\(reason)")
  }

  @Test("An external DTD, parameter entity or entity on the network is never fetched")
  func noNetworkEntities() throws {
    let listener = try LocalListener()
    defer { listener.close() }
    let url = "http://127.0.0.1:\(listener.port)"
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE contacts SYSTEM "\(url)/evil.dtd" [
        <!ENTITY % remote SYSTEM "\(url)/remote.dtd"> %remote;
        <!ENTITY fetch SYSTEM "\(url)/secret">
      ]>
      <contacts><contact id="1" channel="chat"><customer id="C"/><category>&fetch;</category>
      <opened>2025-03-01T09:00:00Z</opened></contact></contacts>
      """
    let (contacts, _) = ingestBytes(Array(xml.utf8), format: .canonicalXML)
    #expect(contacts.map(\.id) == ["1"])
    #expect(contacts.first?.category == nil)
    #expect(listener.pendingConnections() == 0)
  }

  @Test("A truncated gzip keeps every whole record before the cut and says on which line it stopped")
  func truncatedGzipKeepsRecords() throws {
    var content: [UInt8] = Array(header.utf8)
    for index in 0..<3 { content += Array("G-\(index),North,chat,C,2025-03-01T09:00:00Z,resolved,Agent: fine\n".utf8) }
    content += Array("G-3,North,chat,C,2025-03-01T09:0".utf8)
    // One stored (uncompressed) deflate block, declared longer than what follows it.
    let declared = UInt16(content.count + 100)
    let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3, 0x01]
      + [UInt8(declared & 0xFF), UInt8(declared >> 8), UInt8(~declared & 0xFF), UInt8(~declared >> 8)] + content
    let (contacts, summary) = ingestBytes(gzip)
    #expect(contacts.map(\.id) == ["G-0", "G-1", "G-2"])
    #expect(summary.stoppedBy == .stoppedAt(path: "memory.csv", line: 5, reason: "read failed: the gzip stream is truncated"))
  }

  @Test("At most the first 5,000 agent sentences of one contact are read")
  func agentSentenceCap() {
    let long = Turn(speaker: .agent, text: String(repeating: "We are aware of an outage in your area. ", count: 6_000))
    let signals = TranscriptSignals(turns: [long]) { _, _, _, _ in }
    #expect(signals.agentSentences.count == TranscriptSignals.maximumAgentSentences)
    let short = Turn(speaker: .agent, text: String(repeating: "We are aware of an outage in your area. ", count: 40))
    #expect(TranscriptSignals(turns: [short]) { _, _, _, _ in }.agentSentences.count == 40)
  }
}

/// A TCP socket listening on an ephemeral port of 127.0.0.1, to see whether anything connects.
private final class LocalListener {
  let descriptor: Int32
  let port: UInt16

  init() throws {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(descriptor, 8) == 0 else { throw POSIXError(.EADDRNOTAVAIL) }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    self.descriptor = descriptor
    port = UInt16(bigEndian: address.sin_port)
  }

  /// Connections made to the socket so far (accepted and closed here).
  func pendingConnections() -> Int {
    var count = 0
    while true {
      let client = accept(descriptor, nil, nil)
      if client < 0 { return count }
      Glibc.close(client)
      count += 1
    }
  }

  func close() { Glibc.close(descriptor) }
}
