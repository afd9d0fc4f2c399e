import Foundation
import Testing

/// One `analyze` over a directory holding every detected format at once: each
/// input is read as its own format, every record is accounted for, and the
/// report says per input what it could supply.
@Suite("analyze over a directory of mixed formats")
struct MixedDirectoryTests {
  /// Copies every vendor fixture, the canonical fixtures (one gzip-compressed) and
  /// a Windows-1252 export into one folder; returns it with each file's expected format.
  private func mixedFolder() throws -> (URL, [String: String]) {
    let folder = try TestSupport.temporaryDirectory()
    var expected: [String: String] = [:]
    let vendors = URL(fileURLWithPath: TestSupport.fixture("vendors"))
    let manager = FileManager.default
    for case let file as URL in manager.enumerator(at: vendors, includingPropertiesForKeys: nil)!
    where ["csv", "xml"].contains(file.pathExtension) {
      // fixtures/vendors/<format>/… names the format, except the Salesforce pair.
      var format = file.deletingLastPathComponent().lastPathComponent
      if format == "export" {
        format = file.lastPathComponent == "Case.csv" ? "salesforce-case-csv" : "salesforce-casecomment-csv"
      }
      let name = "\(format)--\(file.lastPathComponent)"
      try manager.copyItem(at: file, to: folder.appendingPathComponent(name))
      expected[name] = format
    }
    try manager.copyItem(atPath: TestSupport.fixture("canonical/small.csv"), toPath: folder.appendingPathComponent("canonical.csv").path)
    expected["canonical.csv"] = "csv"
    try manager.copyItem(atPath: TestSupport.fixture("encoding/windows-1252.csv"), toPath: folder.appendingPathComponent("cp1252.csv").path)
    expected["cp1252.csv"] = "csv"
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
    gzip.arguments = ["-c", "gzip -c \"$0\" > \"$1\"", TestSupport.fixture("canonical/small.xml"), folder.appendingPathComponent("canonical.xml.gz").path]
    try gzip.run()
    gzip.waitUntilExit()
    expected["canonical.xml.gz"] = "xml"
    return (folder, expected)
  }

  @Test("every file is read as its own format and accounted for, with what it could supply")
  func mixed() throws {
    let (folder, expected) = try mixedFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let formats = Set(expected.values)
    #expect(formats.count >= 17)
    let run = try TestSupport.runCallaudit(["analyze", folder.path, "--provider", "Mixed ISP", "--format", "json"])
    #expect(run.status == 0, "\(run.standardError)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let inputs = try #require(document["inputs"] as? [[String: Any]])
    #expect(inputs.count == expected.count)
    for input in inputs {
      let name = try #require((input["path"] as? String)?.split(separator: "/").last.map(String.init))
      #expect(input["format"] as? String == expected[name], "\(name)")
      let records = input["records"] as? Int, accepted = input["accepted"] as? Int, rejected = input["rejected"] as? Int
      #expect(records == (accepted ?? -1) + (rejected ?? -1), "\(name)")
      #expect(input["stopped"] is NSNull, "\(name)")
      let metrics = try #require(input["metrics"] as? [String: Any], "\(name)")
      let notSupplied = metrics["not_supplied"] as? [String: String] ?? [:]
      if (expected[name] ?? "").contains("cdr") {
        #expect(notSupplied["scripted"] == "no transcript text", "\(name)")
      }
      if expected[name] == "csv" || expected[name] == "xml" {
        #expect(notSupplied["scripted"] == nil, "\(name)")
      }
    }
    // The text report names each input's format too.
    let text = try TestSupport.runCallaudit(["analyze", folder.path, "--provider", "Mixed ISP"])
    #expect(text.standardOutput.contains("zendesk-xml--tickets.xml (zendesk-xml)"))
    #expect(text.standardOutput.contains("freeswitch-xml-cdr--abandoned.cdr.xml (freeswitch-xml-cdr)"))
  }
}
