import Foundation
import Testing

/// The parsed `providers` array of a JSON report, re-serialised with sorted keys for comparison.
/// The sentences saying why a rate was not (fully) computed name the input's format,
/// so they are left out: the same contacts read from CSV and XML differ only there.
private func providers(_ json: String) throws -> String {
  let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
  let providers = withoutFormatNames(try #require(object?["providers"]))
  let data = try JSONSerialization.data(withJSONObject: providers, options: [.sortedKeys])
  return String(decoding: data, as: UTF8.self)
}

private func withoutFormatNames(_ value: Any) -> Any {
  if let object = value as? [String: Any] {
    return object.filter { $0.key != "not_computed" && $0.key != "partial" }.mapValues(withoutFormatNames)
  }
  if let array = value as? [Any] { return array.map(withoutFormatNames) }
  return value
}

@Suite("callaudit analyze, end to end", .serialized)
struct AnalyzeCommandTests {
  @Test("A clean run prints the report and exits 0")
  func cleanRun() throws {
    let result = try TestSupport.runCallaudit(["analyze", TestSupport.fixture("canonical/small.csv")])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("Northwind Broadband — 3 contacts"))
    #expect(result.standardOutput.contains("outsourced"))
    #expect(result.standardError.isEmpty)
  }

  @Test("CSV and XML of the same contacts give identical providers")
  func formatsAgree() throws {
    let csv = try TestSupport.runCallaudit(["analyze", TestSupport.fixture("canonical/small.csv"), "--format", "json"])
    let xml = try TestSupport.runCallaudit(["analyze", TestSupport.fixture("canonical/small.xml"), "--format", "json"])
    #expect(csv.status == 0 && xml.status == 0)
    #expect(try providers(csv.standardOutput) == providers(xml.standardOutput))
  }

  @Test("Standard input is read for -")
  func standardInput() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("canonical/small.xml")))
    let piped = try TestSupport.runCallaudit(["analyze", "-", "--format", "json"], input: data)
    let direct = try TestSupport.runCallaudit(["analyze", TestSupport.fixture("canonical/small.xml"), "--format", "json"])
    #expect(piped.status == 0)
    #expect(try providers(piped.standardOutput) == providers(direct.standardOutput))
  }

  @Test("A missing file exits 66 with one line naming it, and other inputs still count")
  func missingFile() throws {
    let result = try TestSupport.runCallaudit(["analyze", "no/such/file.csv", TestSupport.fixture("canonical/small.csv")])
    #expect(result.status == 66)
    #expect(result.standardError.split(separator: "\n").contains { $0.contains("no/such/file.csv: cannot open") })
    #expect(result.standardOutput.contains("Northwind Broadband"))
  }

  @Test("Bad arguments exit 64", arguments: [
    ["analyze"], ["analyze", "x.csv", "--format", "yaml"], ["analyze", "x.csv", "--input-format", "pdf"],
    ["analyze", "x.csv", "--repeat-window", "soon"], ["analyze", "-", "-"],
    ["analyze", "x.csv", "--margin", "1"], ["analyze", "x.csv", "--margin", "1.25,0.8"],
    ["compare", "x.csv", "--margin", "wide"], ["compare", "x.csv", "--min-contacts", "0"],
  ])
  func badArguments(arguments: [String]) throws {
    let result = try TestSupport.runCallaudit(arguments)
    #expect(result.status == 64)
  }

  @Test("Rejected records warn and exit 0, or 65 with --strict")
  func strict() throws {
    let path = try TestSupport.temporaryFile("contact_id,transfers\nA,1\nB,many\n", name: "bad.csv")
    let lenient = try TestSupport.runCallaudit(["analyze", path, "--format", "json"])
    #expect(lenient.status == 0)
    #expect(lenient.standardError.contains("bad.csv: 1 of 2 records rejected; first at line 3"))
    let report = try JSONSerialization.jsonObject(with: Data(lenient.standardOutput.utf8)) as? [String: Any]
    let input = try #require((report?["inputs"] as? [[String: Any]])?.first)
    #expect(input["records"] as? Int == 2)
    #expect(input["accepted"] as? Int == 1)
    #expect(input["rejected"] as? Int == 1)
    let problem = try #require((input["problems"] as? [[String: Any]])?.first)
    #expect(problem["line"] as? Int == 3)
    let strict = try TestSupport.runCallaudit(["analyze", path, "--strict"])
    #expect(strict.status == 65)
  }

  @Test("Malformed XML exits 65, naming file, line and column")
  func malformedXML() throws {
    let path = try TestSupport.temporaryFile("<contacts>\n<contact id=\"1\"/>\n<contact id=\"2\">\n</contacts>\n", name: "broken.xml")
    let result = try TestSupport.runCallaudit(["analyze", path, TestSupport.fixture("canonical/small.csv")])
    #expect(result.status == 65)
    #expect(result.standardError.contains("broken.xml:4:"))
    #expect(result.standardOutput.contains("Contoso Fiber"))
  }

  @Test("--output writes the report to a file and nothing to standard output")
  func outputFile() throws {
    let directory = try TestSupport.temporaryDirectory()
    let target = directory.appendingPathComponent("report.json").path
    let result = try TestSupport.runCallaudit(["analyze", TestSupport.fixture("canonical/small.xml"), "--format", "json", "--output", target])
    #expect(result.status == 0)
    #expect(result.standardOutput.isEmpty)
    let written = try String(contentsOfFile: target, encoding: .utf8)
    #expect(written.hasPrefix("{\n  \"schema\": \"callaudit.report/1\""))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["report.json"])
    // A bare name is a file in the current folder (this once crashed `generate`).
    let generated = try TestSupport.runCallaudit(
      ["generate", "--contacts", "5", "--output", "bare.csv"], currentDirectory: directory)
    #expect(generated.status == 0, "\(generated.standardError)")
    let bare = try TestSupport.runCallaudit(
      ["analyze", "bare.csv", "--format", "json", "--output", "bare.json"], currentDirectory: directory)
    #expect(bare.status == 0, "\(bare.standardError)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["bare.csv", "bare.json", "report.json"])
    let unwritable = try TestSupport.runCallaudit(["analyze", TestSupport.fixture("canonical/small.xml"), "--output", "/nonexistent-dir/r.txt"])
    #expect(unwritable.status == 73)
  }

  @Test("compare --min-contacts ranks providers smaller than the default minimum, and says so")
  func compareMinimumContacts() throws {
    // samples/contacts.csv: every provider has more than 30 contacts with agent text, so a
    // minimum above the largest leaves all unranked, and the default ranks all.
    let sample = TestSupport.repositoryRoot.appendingPathComponent("samples/contacts.csv").path
    func ranking(_ extra: [String]) throws -> (ranked: Int, unranked: Int, minimum: Int?) {
      let result = try TestSupport.runCallaudit(["compare", sample, "--format", "json"] + extra)
      #expect(result.status == 0, "\(result.standardError)")
      let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
      let ranked = (report["ranking"] as? [[String: Any]])?.count ?? 0
      let unranked = (report["not_ranked"] as? [[String: Any]])?.count ?? 0
      return (ranked, unranked, report["minimum_contacts"] as? Int)
    }
    let standard = try ranking([])
    #expect(standard.ranked == 4 && standard.unranked == 0 && standard.minimum == 30)
    let strict = try ranking(["--min-contacts", "100000"])
    #expect(strict.ranked == 0 && strict.unranked == 4 && strict.minimum == 100000)
    let text = try TestSupport.runCallaudit(["compare", sample, "--min-contacts", "100000"])
    #expect(text.standardOutput.contains("Not ranked, fewer than 100000 contacts with agent text"))
    #expect(!text.standardOutput.contains("clearly better than"), "no empty table when none is ranked")
  }

  @Test("--margin reaches the JSON settings and the verdict sentences")
  func margin() throws {
    let sample = TestSupport.repositoryRoot.appendingPathComponent("samples/contacts.csv").path
    let result = try TestSupport.runCallaudit(["analyze", sample, "--format", "json", "--margin", "0.5,2"])
    #expect(result.status == 0, "\(result.standardError)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let settings = try #require(report["settings"] as? [String: Any])
    #expect(settings["margin"] as? [Double] == [0.5, 2])
    let providers = try #require(report["providers"] as? [[String: Any]])
    let sentences = providers.compactMap { ($0["outsourcing"] as? [String: Any])?["summary"] as? String }
    #expect(sentences.contains { $0.contains("the 2.00× margin") || $0.contains("the 0.50× margin") })
    #expect(!sentences.contains { $0.contains("1.25× margin") })
  }
}
