import Foundation
import Testing
@testable import CallAuditIngestion
@testable import CallAuditModel
@testable import ContactGenerator

/// Property tests over random and mutated inputs: every record is accepted or
/// rejected, nothing is lost, and how the bytes arrive does not change the result.
/// Each case is seeded, so a failure names the seed that reproduces it.
@Suite("Every record is accounted for, whatever the input")
struct ReaderPropertyTests {
  /// A canonical export of `count` generated contacts.
  private func generatedExport(_ count: Int, seed: UInt64, format: CanonicalWriter.Format) throws -> [UInt8] {
    let writer = CanonicalWriter(format: format)
    var text = writer.header
    for labeled in try SampleGenerator(configuration: GeneratorConfiguration(seed: seed, contacts: count)) {
      text += writer.render(labeled.contact)
    }
    return Array((text + writer.footer).utf8)
  }

  /// Reads `bytes` from memory; returns the summary and how many contacts came out.
  private func read(_ bytes: [UInt8], format: InputFormat? = nil) -> (summary: InputSummary, emitted: Int) {
    var emitted = 0
    let summary = ContactIngestor().ingest(ByteStream(bytes: bytes, name: "mutated"), format: format) { _ in emitted += 1 }
    return (summary, emitted)
  }

  @Test("Damage inside fields never changes how many records a CSV holds", arguments: 1...40)
  func fieldDamageKeepsRecordCount(seed: UInt64) throws {
    var random = Xoshiro256StarStar(seed: seed)
    let contacts = 12
    var bytes = try generatedExport(contacts, seed: seed, format: .csv)
    let firstRow = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
    let structural: Set<UInt8> = [UInt8(ascii: "\""), UInt8(ascii: ","), UInt8(ascii: "\r"), UInt8(ascii: "\n")]
    // Any byte but the four that shape records: NUL, invalid UTF-8 and control bytes included.
    let replacements = (0...255).map(UInt8.init).filter { !structural.contains($0) }
    for _ in 0..<Int.random(in: 1...30, using: &random) {
      let position = Int.random(in: firstRow..<bytes.count, using: &random)
      guard !structural.contains(bytes[position]) else { continue }
      bytes[position] = replacements.randomElement(using: &random)!
    }
    let (summary, emitted) = read(bytes, format: .canonicalCSV)
    #expect(summary.stoppedBy == nil, "seed \(seed)")
    #expect(summary.records == contacts, "seed \(seed)")
    #expect(emitted == summary.accepted, "seed \(seed)")
    #expect(summary.problems.allSatisfy { $0.line > 1 }, "seed \(seed)")
  }

  /// The fixtures mutated below, each with the format it is read as.
  static let mutatedFixtures: [(path: String, format: InputFormat)] = [
    ("canonical/small.csv", .canonicalCSV), ("canonical/small.xml", .canonicalXML),
    ("vendors/zendesk-xml/tickets.xml", .zendeskXML), ("vendors/zendesk-csv/tickets.csv", .zendeskCSV),
    ("vendors/freshdesk-csv/tickets.csv", .freshdeskCSV), ("vendors/jira-xml/service-desk.xml", .jiraXML),
    ("vendors/jira-csv/issues.csv", .jiraCSV), ("vendors/servicenow-xml/incidents.xml", .serviceNowXML),
    ("vendors/servicenow-csv/fields.csv", .serviceNowCSV), ("vendors/servicenow-event-log/events.csv", .serviceNowEventLog),
    ("vendors/asterisk-cdr-csv/Master.csv", .asteriskCDRCSV), ("vendors/asterisk-cdr-custom/Master.csv", .asteriskCDRCustom),
    ("vendors/freeswitch-cdr-csv/Master.csv", .freeSWITCHCDRCSV),
    ("vendors/freeswitch-xml-cdr/transferred.cdr.xml", .freeSWITCHXMLCDR),
    ("vendors/support-threads-csv/threads.csv", .supportThreadsCSV),
    ("vendors/salesforce-csv/export/Case.csv", .salesforceCaseCSV),
    ("vendors/zendesk-json/tickets.ndjson", .zendeskJSON), ("vendors/freshdesk-json/tickets.json", .freshdeskJSON),
    ("vendors/zendesk-ticket-events/ticket-events.json", .zendeskTicketEvents),
    ("vendors/gorgias-json/tickets.json", .gorgiasTickets),
  ]

  @Test("Any damage to any format keeps the accounts straight", arguments: 0..<mutatedFixtures.count)
  func arbitraryDamage(fixture: Int) throws {
    let (path, format) = Self.mutatedFixtures[fixture]
    let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture(path))))
    #expect(read(original, format: format).emitted > 0, "\(path) must hold contacts to begin with")
    var random = Xoshiro256StarStar(seed: UInt64(fixture) &+ 1000)
    for round in 0..<60 {
      let bytes = ByteMutator.mutate(original, steps: Int.random(in: 1...8, using: &random), using: &random)
      for readAs in [format, nil] {
        let (summary, emitted) = read(bytes, format: readAs)
        let broken = InputAccounting.violations(of: summary, emittedContacts: emitted, input: bytes)
        #expect(broken.isEmpty, "\(path), round \(round), read as \(readAs?.rawValue ?? "detected"): \(broken)")
      }
    }
  }

  @Test("A damaged CSV scans to the same records whatever the chunk size", arguments: 1...25)
  func chunkIndependence(seed: UInt64) throws {
    var random = Xoshiro256StarStar(seed: seed)
    let original = try generatedExport(6, seed: seed, format: .csv)
    let bytes = ByteMutator.mutate(original, steps: Int.random(in: 1...12, using: &random), using: &random)
    let whole = try scanAll(bytes, chunkBytes: 1 << 20)
    for chunkBytes in [3, 7, 64, 1000] {
      let pieces = try scanAll(bytes, chunkBytes: chunkBytes)
      #expect(pieces.map(\.fields) == whole.map(\.fields), "seed \(seed), chunk \(chunkBytes)")
      #expect(pieces.map(\.line) == whole.map(\.line), "seed \(seed), chunk \(chunkBytes)")
      #expect(pieces.map(\.defect) == whole.map(\.defect), "seed \(seed), chunk \(chunkBytes)")
    }
  }

  private func scanAll(_ bytes: [UInt8], chunkBytes: Int) throws -> [(line: Int, fields: [[UInt8]], defect: CSVRecord.Defect?)] {
    var scanner = CSVRecordScanner(stream: ByteStream(bytes: bytes, name: "scan"), chunkBytes: chunkBytes)
    var records: [(Int, [[UInt8]], CSVRecord.Defect?)] = []
    while let record = try scanner.nextRecord() {
      records.append((record.line, (0..<record.count).map { Array(record.rawBytes($0)) }, record.defect))
    }
    return records
  }
}

/// Seeded byte-level damage of the kinds exports suffer: flipped and inserted
/// bytes (quotes, delimiters, line ends, NUL, markup, invalid UTF-8), cut and
/// repeated ranges, and truncation.
enum ByteMutator {
  static let interesting: [UInt8] = Array("\",\r\n<>&;/=\u{0}".utf8) + [0xFF, 0xC3, 0xE2, 0x80, 0xEF, 0xBB, 0xBF]

  static func mutate(_ input: [UInt8], steps: Int, using random: inout some RandomNumberGenerator) -> [UInt8] {
    var bytes = input
    for _ in 0..<steps where !bytes.isEmpty {
      let position = Int.random(in: 0..<bytes.count, using: &random)
      switch Int.random(in: 0..<6, using: &random) {
      case 0: bytes[position] = interesting.randomElement(using: &random)!
      case 1: bytes.insert(interesting.randomElement(using: &random)!, at: position)
      case 2: bytes[position] = UInt8.random(in: 0...255, using: &random)
      case 3: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...40, using: &random)))
      case 4:
        let range = position..<min(bytes.count, position + Int.random(in: 1...200, using: &random))
        bytes.insert(contentsOf: bytes[range], at: Int.random(in: 0...bytes.count, using: &random))
      default: bytes.removeSubrange(position...)
      }
    }
    return bytes
  }
}
