import CallAuditHistory
import CallAuditIngestion
import CallAuditModel
import ContactGenerator
import Foundation

/// A temporary folder laid out like an operations team's: `exports/`, a
/// configuration file, and the history database beside it.
struct AuditWorkspace {
  let root: URL
  var exports: URL { root.appendingPathComponent("exports") }
  var configurationPath: String { root.appendingPathComponent("audit.yml").path }
  var databasePath: String { root.appendingPathComponent("history.sqlite").path }

  init() throws {
    root = try TestSupport.temporaryDirectory()
    try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// Deletes the history and its seal, as docs/cron.md says to start afresh
  /// (the history alone missing beside its seal is refused).
  func startAfresh() throws {
    for suffix in ["", ".seal"] { try FileManager.default.removeItem(atPath: databasePath + suffix) }
  }

  /// Writes the configuration; `extra` is appended as more YAML.
  func configure(_ extra: String = "", window: String = "30d") throws {
    let yaml = """
      inputs: ["exports/*.csv"]
      database: history.sqlite
      window: \(window)
      repeat_window: 7d
      privacy:
        customer_key_file: customer.key
      reports:
        html: reports/latest.html
        json: reports/latest.json

      """ + extra
    try yaml.write(toFile: configurationPath, atomically: true, encoding: .utf8)
    try "test-key-0123456789abcdef\n".write(
      toFile: root.appendingPathComponent("customer.key").path, atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("reports"), withIntermediateDirectories: true)
  }

  /// Writes `contacts` as a canonical CSV export named `name` under `exports/`.
  @discardableResult
  func export(_ contacts: [Contact], as name: String) throws -> String {
    let writer = CanonicalWriter(format: .csv)
    var text = writer.header
    for contact in contacts { text += writer.render(contact) }
    text += writer.footer
    let path = exports.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Runs the audit through the library and writes its reports, as the command does.
  func run() throws -> AuditOutcome {
    let configuration = try AuditConfigurationParser.load(path: configurationPath)
    let outcome = try AuditRunner(configuration: configuration).run()
    try AuditReports.write(outcome, to: configuration.reports)
    return outcome
  }

  func runBinary(_ extra: [String] = []) throws -> TestSupport.RunResult {
    try TestSupport.runCallaudit(["audit", "--config", configurationPath] + extra)
  }
}

/// Generated contacts with their ground truth, in time order, split into nights.
enum AuditData {
  /// `count` contacts over `days` days from the seeded generator.
  static func contacts(seed: UInt64, count: Int, days: Int = 40) throws -> [LabeledContact] {
    var configuration = GeneratorConfiguration(seed: seed, contacts: count)
    configuration.spanDays = days
    return Array(try SampleGenerator(configuration: configuration))
      .sorted { ($0.contact.openedAt!, $0.contact.id) < ($1.contact.openedAt!, $1.contact.id) }
  }

  /// The contacts before and from `day` days after the first one.
  static func split(_ contacts: [LabeledContact], atDay day: Int64) -> ([LabeledContact], [LabeledContact]) {
    let cut = contacts[0].contact.openedAt!.secondsSinceEpoch + day * 86_400
    return (
      contacts.filter { $0.contact.openedAt!.secondsSinceEpoch < cut },
      contacts.filter { $0.contact.openedAt!.secondsSinceEpoch >= cut }
    )
  }
}
