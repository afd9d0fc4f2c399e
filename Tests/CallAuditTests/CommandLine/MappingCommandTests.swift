import Foundation
import Testing

@Suite("Mapping, sites and formats on the command line", .serialized)
struct MappingCommandTests {
  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("analyze --mapping reads an export callaudit has no reader for")
  func analyzeWithMapping() throws {
    let run = try TestSupport.runCallaudit([
      "analyze", "--mapping", "fixtures/mapping/acme-desk.yaml", "fixtures/mapping/acme-desk.xml", "--format", "json",
    ])
    #expect(run.status == 0)
    let inputs = try #require(try json(run.standardOutput)["inputs"] as? [[String: Any]])
    #expect(inputs.first?["format"] as? String == "mapping")
    #expect(inputs.first?["accepted"] as? Int == 3)
    #expect(inputs.first?["rejected"] as? Int == 2)
    #expect(run.standardError.contains("warning: fixtures/mapping/acme-desk.xml: 2 of 5 records rejected; first at line 33"))
  }

  @Test("analyze --mapping reads a JSON export that detection alone refuses; a bad JSON path exits 78")
  func analyzeJSONWithMapping() throws {
    let input = "fixtures/mapping/zammad-tickets.json"
    let run = try TestSupport.runCallaudit([
      "analyze", "--mapping", "fixtures/mapping/zammad-tickets.yaml", input, "--format", "json",
    ])
    #expect(run.status == 0)
    let inputs = try #require(try json(run.standardOutput)["inputs"] as? [[String: Any]])
    #expect(inputs.first?["format"] as? String == "mapping")
    #expect(inputs.first?["accepted"] as? Int == 3)
    #expect(inputs.first?["rejected"] as? Int == 2)
    #expect(run.standardError.contains("warning: \(input): 2 of 5 records rejected; first at line 138"))

    let unmapped = try TestSupport.runCallaudit(["analyze", input])
    #expect(unmapped.status == 65)
    #expect(unmapped.standardError.contains("describe its records with a mapping file (--mapping FILE, format: json"))

    let path = try TestSupport.temporaryFile(
      "format: json\nrecord: tickets\nfields:\n  contact_id: number\n  site: group/name\n", name: "bad.yaml")
    let bad = try TestSupport.runCallaudit(["analyze", "--mapping", path, input])
    #expect(bad.status == 78)
    #expect(bad.standardError == "callaudit: error: \(path):5: 'group/name' is not a path such as status, "
      + "requester.email or articles[sender=Customer].body\n")
  }

  @Test("The shipped Bitext example runs as the samples README says")
  func bitextExample() throws {
    let run = try TestSupport.runCallaudit([
      "analyze", "--mapping", "samples/mapping/bitext.yaml", "samples/mapping/bitext-excerpt.csv", "--format", "json",
    ])
    #expect(run.status == 0)
    let report = try json(run.standardOutput)
    let providers = try #require(report["providers"] as? [[String: Any]])
    #expect(providers.compactMap { $0["provider"] as? String } == ["Bitext sample shop"])
  }

  @Test("A mistake in the mapping file exits 78 with one line naming file:line")
  func badMapping() throws {
    let path = try TestSupport.temporaryFile("format: csv\nprovder: X\nfields:\n  contact_id: Id\n", name: "bad.yaml")
    let run = try TestSupport.runCallaudit(["analyze", "--mapping", path, "samples/contacts.csv"])
    #expect(run.status == 78)
    #expect(run.standardOutput.isEmpty)
    #expect(run.standardError == "callaudit: error: \(path):2: unknown key 'provder' in the mapping file; expected "
      + "format, delimiter, header, record, provider, date_order, row_ids, fields, turns, values or sites\n")
  }

  @Test("--mapping and --input-format together are bad arguments")
  func mappingWithInputFormat() throws {
    let run = try TestSupport.runCallaudit([
      "analyze", "--mapping", "fixtures/mapping/acme-desk.yaml", "--input-format", "csv", "samples/contacts.csv",
    ])
    #expect(run.status == 64)
    #expect(run.standardError.contains("--mapping and --input-format cannot be used together"))
  }

  @Test("--input-format mapping without a mapping is a bad argument")
  func inputFormatMapping() throws {
    let run = try TestSupport.runCallaudit(["analyze", "--input-format", "mapping", "samples/contacts.csv"])
    #expect(run.status == 64)
    #expect(run.standardError.contains("Give the mapping file with --mapping FILE rather than --input-format mapping."))
  }

  @Test("--sites works on analyze and compare; a bad sites file exits 78")
  func sites() throws {
    let input = try TestSupport.temporaryFile(
      "contact_id,provider,site,category,status\nA,P,Manila Team,billing,open\nB,P,Denver,billing,closed\n",
      name: "x.csv")
    for command in ["analyze", "compare"] {
      let run = try TestSupport.runCallaudit([command, "--sites", "fixtures/sites/sites.csv", input, "--format", "json"])
      #expect(run.status == 0, "\(command): \(run.standardError)")
    }
    let bad = try TestSupport.temporaryFile("Manila: outsourced\nCebu: offshore\n", name: "sites.yaml")
    for command in ["analyze", "compare"] {
      let run = try TestSupport.runCallaudit([command, "--sites", bad, input])
      #expect(run.status == 78)
      #expect(run.standardError == "callaudit: error: \(bad):2: 'offshore' is not a sourcing; write in-house or outsourced\n")
    }
  }

  @Test("Sites known but no transcript text: the no-comparison sentence gives that reason, not '0 and 0 measured'")
  func sitesWithoutText() throws {
    var rows = "contact_id,provider,site,category,status\n"
    for index in 0..<175 { rows += "M\(index),P,Manila Team,billing,closed\n" }
    for index in 0..<40 { rows += "D\(index),P,Denver,billing,resolved\n" }
    let input = try TestSupport.temporaryFile(rows, name: "tickets.csv")
    let run = try TestSupport.runCallaudit(["analyze", "--sites", "fixtures/sites/sites.csv", input])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains(
      "At P, no comparison on scripted-and-unresolved contacts: none of its 175 outsourced and 40 in-house contacts "
        + "could be measured for it (no transcript text in the csv input)."))
    #expect(!run.standardOutput.contains("0 outsourced and 0 in-house contacts could be measured"))
  }

  @Test("A UTF-16 input stops with one sentence (exit 65); a Windows-1252 one is read")
  func encodings() throws {
    let utf16 = try TestSupport.runCallaudit(["analyze", "fixtures/encoding/utf16le.csv"])
    #expect(utf16.status == 65)
    #expect(utf16.standardError.contains(
      "error: fixtures/encoding/utf16le.csv: the input is UTF-16LE, which callaudit does not read; save it as UTF-8 and try again"))
    let cp1252 = try TestSupport.runCallaudit(["analyze", "fixtures/encoding/windows-1252.csv", "--format", "json"])
    #expect(cp1252.status == 0)
    let inputs = try #require(try json(cp1252.standardOutput)["inputs"] as? [[String: Any]])
    #expect(inputs.first?["notes"] as? [String] == ["read as Windows-1252 (the content is not UTF-8)"])
  }

  @Test("formats lists every format in a table, with the mapping file and --sites")
  func formatsText() throws {
    let run = try TestSupport.runCallaudit(["formats"])
    #expect(run.status == 0)
    let lines = run.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("FORMAT") == true)
    for name in ["csv", "xml", "mapping"] {
      #expect(lines.contains { $0.hasPrefix(name + " ") }, "\(name) has a row")
    }
    #expect(run.standardOutput.contains("--mapping FILE"))
    #expect(run.standardOutput.contains("--sites FILE"))
    #expect(run.standardOutput.contains("Windows-1252"))
  }

  @Test("formats --format json gives what each format supplies")
  func formatsJSON() throws {
    let run = try TestSupport.runCallaudit(["formats", "--format", "json"])
    #expect(run.status == 0)
    let formats = try #require(try json(run.standardOutput)["formats"] as? [[String: Any]])
    let byName = Dictionary(uniqueKeysWithValues: formats.compactMap { entry in (entry["name"] as? String).map { ($0, entry) } })
    #expect(byName["csv"]?["supplies_text"] as? Bool == true)
    #expect(byName["csv"]?["detected"] as? Bool == true)
    #expect(byName["mapping"]?["detected"] as? Bool == false)
    #expect(byName["mapping"]?["supplies_text"] is NSNull)
    #expect(formats.allSatisfy { ($0["detection"] as? String)?.isEmpty == false })
  }

  @Test("The help lists exit status 78")
  func helpMentionsConfigurationStatus() throws {
    let run = try TestSupport.runCallaudit(["--help"])
    #expect(run.standardOutput.contains("78 a configuration,"))
  }
}
