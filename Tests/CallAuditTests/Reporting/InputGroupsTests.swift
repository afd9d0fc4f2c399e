import Foundation
import Testing

@Suite("Reports of many inputs")
struct InputGroupsTests {
  @Test("Past 25 inputs, those with nothing to say are one line per format; one with a problem is still listed")
  func manyInputs() throws {
    let folder = try TestSupport.temporaryDirectory()
    let header = "contact_id,provider,channel,customer_id,opened_at,transcript\n"
    for index in 0..<30 {
      let row = "C-\(index),Acme,chat,U-\(index),2026-11-0\(index % 9 + 1)T10:00:00Z,\"Customer: hello\nAgent: hi\"\n"
      try Data((header + row).utf8).write(to: folder.appendingPathComponent("call-\(index).csv"))
    }
    let bad = header + "C-99,Acme,chat,U-99,not a date,\"Customer: hi\"\n" + "C-98,Acme,chat,U-98,2026-11-01T10:00:00Z,\"Customer: hi\"\n"
    try Data(bad.utf8).write(to: folder.appendingPathComponent("zz-bad.csv"))

    let text = try TestSupport.runCallaudit(["analyze", folder.path])
    #expect(text.status == 0, "\(text.standardError)")
    let lines = text.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.contains("  30 csv inputs: 30 records, all accepted"))
    #expect(!lines.contains { $0.contains("call-7.csv") })
    #expect(lines.contains { $0.contains("zz-bad.csv (csv): 2 records, 1 accepted, 1 rejected") })
    #expect(lines.contains { $0.contains("zz-bad.csv:2:") })

    let markdown = try TestSupport.runCallaudit(["analyze", folder.path, "--format", "markdown"])
    #expect(markdown.standardOutput.contains("| 30 inputs | csv | 30 | 30 |"))
    #expect(markdown.standardOutput.contains("zz-bad.csv"))
    // The JSON report keeps every input: it is read by programs, not people.
    let json = try TestSupport.runCallaudit(["analyze", folder.path, "--format", "json"])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    #expect((report["inputs"] as? [Any])?.count == 31)
  }
}
