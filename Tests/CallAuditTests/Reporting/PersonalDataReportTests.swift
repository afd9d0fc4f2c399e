import Foundation
import Testing

/// Every output callaudit renders, on inputs full of personal data (canonical CSV
/// and XML and a Zendesk export, fixtures/privacy/personal-*), must be free of it
/// unless `--no-redact` is given.
@Suite("Personal data never reaches a report")
struct PersonalDataReportTests {
  static let inputs = ["personal-contacts.csv", "personal-contacts.xml", "personal-zendesk.xml"]
    .map { TestSupport.fixture("privacy/\($0)") }
  static let scripts = TestSupport.fixture("privacy/scripts.txt")

  /// Every piece of personal data the fixtures hold, as written there.
  static let planted = [
    "jane.doe@example.com", "bob.smith@mail.example.org", "sherlock.h@example.co.uk", "mary.k@example.net",
    "7946 0958", "087 123 4567", "(555) 123-4567", "0871 234 5678", "+353 1 234 5678", "01 876 5432",
    "4111 1111 1111 1111", "5500 0000 0000 0004", "4012 8888 8888 1881",
    "87654321", "99887766", "55667788",
    "81.2.69.160", "2001:db8:85a3::8a2e:370:7334",
    "Priory Lane", "Canal Street", "Willow Crescent", "Baker Street", "NW1 6XE", "Mill Road", "Harbour Road",
  ]

  private func leaks(in text: String) -> [String] {
    var found = Self.planted.filter { text.contains($0) }
    // Any e-mail address at all, not only the planted ones.
    if let match = text.firstMatch(of: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/) {
      found.append(String(match.0))
    }
    return found
  }

  private func run(_ arguments: [String]) throws -> String {
    let result = try TestSupport.runCallaudit(arguments)
    #expect([0, 65].contains(result.status), "\(arguments): \(result.standardError)")
    return result.standardOutput + result.standardError
  }

  @Test("analyze and compare, in every format, with the contacts CSV: nothing leaks")
  func redactedEverywhere() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let common = ["--scripts", Self.scripts, "--provider", "Acme Broadband"] + Self.inputs
    var outputs: [String: String] = [:]
    for format in ["text", "json", "markdown", "html", "csv"] {
      outputs["analyze \(format)"] = try run(["analyze", "--format", format] + common)
    }
    let contactsOut = folder.appendingPathComponent("measures.csv").path
    _ = try run(["analyze", "--contacts-out", contactsOut, "--quiet"] + common)
    outputs["contacts-out"] = try String(contentsOfFile: contactsOut, encoding: .utf8)
    for format in ["text", "json", "markdown", "html"] {
      outputs["compare \(format)"] = try run(["compare", "--format", format] + common)
    }
    // The fixtures do produce evidence: flagged contacts with customer words and a problem line.
    #expect(outputs["analyze json"]?.contains("\"flagged_total\": 7") == true)
    #expect(outputs["analyze text"]?.contains("Personal data is redacted:") == true)
    for (name, text) in outputs.sorted(by: { $0.key < $1.key }) {
      #expect(leaks(in: text).isEmpty, "\(name) leaks \(leaks(in: text))")
    }
  }

  @Test("with --no-redact the same outputs do show the data, and say so")
  func rawOnRequest() throws {
    let common = ["--scripts", Self.scripts, "--provider", "Acme Broadband", "--no-redact"] + Self.inputs
    let text = try run(["analyze"] + common)
    let json = try run(["analyze", "--format", "json"] + common)
    #expect(text.contains("Personal data is shown as exported (not redacted)."))
    #expect(json.contains("\"applied\": false"))
    for raw in ["7946 0958", "81.2.69.160", "55667788", "4012 8888 8888 1881"] {
      #expect(json.contains(raw), "raw report lacks \(raw)")
    }
  }

  @Test("the figures are the same redacted or not")
  func sameFigures() throws {
    let common = ["--scripts", Self.scripts, "--provider", "Acme Broadband", "--format", "json"] + Self.inputs
    func providers(_ json: String) throws -> NSObject? {
      let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      return object?["providers"] as? NSObject
    }
    let redacted = try TestSupport.runCallaudit(["analyze"] + common).standardOutput
    let raw = try TestSupport.runCallaudit(["analyze", "--no-redact"] + common).standardOutput
    #expect(try providers(redacted) != nil)
    #expect(try providers(redacted) == providers(raw))
  }

  @Test("an audit's report files and history hold none of it")
  func auditOutputs() throws {
    let workspace = try AuditWorkspace()
    defer { workspace.remove() }
    for input in Self.inputs {
      try FileManager.default.copyItem(
        atPath: input, toPath: workspace.exports.appendingPathComponent((input as NSString).lastPathComponent).path)
    }
    try workspace.configure("provider: Acme Broadband\ntolerance:\n  rejected_rate: 0.5\n")
    let text = try String(contentsOfFile: workspace.configurationPath, encoding: .utf8)
      .replacingOccurrences(of: "exports/*.csv", with: "exports/*")
      .replacingOccurrences(
        of: "  json: reports/latest.json\n", with: "  json: reports/latest.json\n  markdown: reports/latest.md\n  text: reports/latest.txt\n")
    try text.write(toFile: workspace.configurationPath, atomically: true, encoding: .utf8)
    let result = try workspace.runBinary()
    #expect(result.status == 0, "\(result.standardError)")
    for name in ["latest.html", "latest.json", "latest.md", "latest.txt"] {
      let report = try String(contentsOfFile: workspace.root.appendingPathComponent("reports/\(name)").path, encoding: .utf8)
      #expect(report.contains("Personal data is redacted") || report.contains("\"applied\": true"))
      #expect(leaks(in: report).isEmpty, "\(name) leaks \(leaks(in: report))")
    }
    let database = try Data(contentsOf: URL(fileURLWithPath: workspace.databasePath))
    for value in Self.planted {
      #expect(database.range(of: Data(value.utf8)) == nil, "the history holds \(value)")
    }
  }
}
