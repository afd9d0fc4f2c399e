import Foundation
import Testing

@Suite("Per-contact output and known scripts, end to end", .serialized)
struct MetricsOutputTests {
  private var sample: String {
    TestSupport.repositoryRoot.appendingPathComponent("samples/contacts.csv").path
  }

  @Test("--contacts-out writes one row per contact that agrees with the report")
  func contactsOut() throws {
    let directory = try TestSupport.temporaryDirectory()
    let measures = directory.appendingPathComponent("measures.csv").path
    let result = try TestSupport.runCallaudit(["analyze", sample, "--format", "json", "--contacts-out", measures])
    #expect(result.status == 0)
    let rows = try String(contentsOfFile: measures, encoding: .utf8).split(separator: "\n")
    #expect(rows.first?.hasPrefix("contact_id,provider,sourcing,category,channel,unresolved,") == true)
    #expect(rows.count == 801)
    let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    let flaggedTotal = try #require(report?["flagged_total"] as? Int)
    let header = rows[0].split(separator: ",").map(String.init)
    let flaggedColumn = try #require(header.firstIndex(of: "flagged"))
    // No transcript text reaches this file, so splitting on commas is safe except in quoted ids.
    let flaggedRows = rows.dropFirst().filter { row in
      let fields = row.split(separator: ",", omittingEmptySubsequences: false)
      return fields.count == header.count && fields[flaggedColumn] == "true"
    }
    #expect(flaggedRows.count == flaggedTotal)
    let flagged = try #require(report?["flagged"] as? [[String: Any]])
    #expect(flagged.count == flaggedTotal)
    let evidence = try #require(flagged.first?["evidence"] as? [[String: Any]])
    #expect(evidence.contains { $0["kind"] as? String == "script" })
  }

  @Test("--flagged-limit caps the list, not the count")
  func flaggedLimit() throws {
    let result = try TestSupport.runCallaudit(["analyze", sample, "--format", "json", "--flagged-limit", "3"])
    let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    #expect((report?["flagged"] as? [Any])?.count == 3)
    #expect((report?["flagged_total"] as? Int ?? 0) > 3)
  }

  @Test("--scripts adds known lines, matched even when said to one customer only")
  func knownScripts() throws {
    let contacts = try TestSupport.temporaryFile("""
      contact_id,provider,customer_id,transcript
      K-1,Acme,C1,"Agent: Our engineers are aware of a regional outage affecting your area.
      Customer: When will it be fixed?"

      """, name: "one.csv")
    let scripts = try TestSupport.temporaryFile("# known lines\nOur engineers are aware of a regional outage in your area.\n", name: "scripts.txt")
    let without = try TestSupport.runCallaudit(["analyze", contacts, "--format", "json"])
    let with = try TestSupport.runCallaudit(["analyze", contacts, "--format", "json", "--scripts", scripts])
    func scriptScore(_ json: String) throws -> Double? {
      let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      let group = (((report?["providers"] as? [[String: Any]])?.first?["groups"]) as? [[String: Any]])?.first
      return group?["mean_script_score"] as? Double
    }
    #expect(try scriptScore(without.standardOutput) == 0)
    #expect(try scriptScore(with.standardOutput) == 1)
    let missing = try TestSupport.runCallaudit(["analyze", contacts, "--scripts", "/nonexistent/scripts.txt"])
    #expect(missing.status == 64)
  }

  @Test("Every report format is produced by analyze, and compare writes its own", arguments: ["text", "json", "markdown", "html", "csv"])
  func formats(format: String) throws {
    let analyze = try TestSupport.runCallaudit(["analyze", sample, "--format", format])
    #expect(analyze.status == 0)
    let expectedStart = ["text": "callaudit — 1 input", "json": "{", "markdown": "# callaudit report",
                         "html": "<!DOCTYPE html>", "csv": "contact_id,provider,sourcing"][format]!
    #expect(analyze.standardOutput.hasPrefix(expectedStart))
    let compare = try TestSupport.runCallaudit(["compare", sample, "--format", format])
    #expect(compare.status == (format == "csv" ? 64 : 0))
  }
}
