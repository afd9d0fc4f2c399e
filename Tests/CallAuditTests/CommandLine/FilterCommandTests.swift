import ArgumentParser
import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import callaudit

/// `--only-…`, `--since`, `--until` and `--provider NAME=PATH` (issue 23), parsed in process.
@Suite("Filter and provider options, parsed in process")
struct FilterOptionsParsingTests {
  @Test("The filter options give one filter; none gives none")
  func filterParsed() throws {
    let analyze = try AnalyzeCommand.parse([
      "x.csv", "--only-channel", "call", "--only-channel", "Chat", "--only-site", "Manila", "--only-provider", "Northwind",
      "--only-category", "billing", "--since", "2025-03-01", "--until", "2025-03-31",
    ])
    let filter = try #require(try analyze.configuration().filter)
    #expect(filter.channels == ["call", "Chat"])
    #expect(filter.sites == ["Manila"] && filter.providers == ["Northwind"] && filter.categories == ["billing"])
    #expect(filter.since?.iso8601 == "2025-03-01T00:00:00Z")
    #expect(filter.until?.iso8601 == "2025-03-31T23:59:59Z")
    let compare = try CompareCommand.parse(["x.csv", "--since", "2025-03-01T12:00:00Z"])
    #expect(try compare.configuration().filter?.since?.iso8601 == "2025-03-01T12:00:00Z")
    #expect(try AnalyzeCommand.parse(["x.csv"]).configuration().filter == nil)
    #expect(try CompareCommand.parse(["x.csv"]).configuration().filter == nil)
  }

  @Test("Bad dates, an empty range and empty names are refused", arguments: [
    ["--since", "soon"], ["--until", "2025-02-30"], ["--since", "2025-03-02", "--until", "2025-03-01"],
    ["--since", "2025-03-01T10:00:00Z", "--until", "2025-03-01T09:59:59Z"], ["--only-site", " "],
  ])
  func refused(_ options: [String]) {
    #expect(throws: (any Error).self) { try AnalyzeCommand.parse(["x.csv"] + options) }
    #expect(throws: (any Error).self) { try CompareCommand.parse(["x.csv"] + options) }
  }

  @Test("One day is a valid range: --since and --until the same date")
  func oneDay() throws {
    let filter = try #require(try AnalyzeCommand.parse(["x.csv", "--since", "2025-03-01", "--until", "2025-03-01"]).configuration().filter)
    #expect(filter.since?.iso8601 == "2025-03-01T00:00:00Z" && filter.until?.iso8601 == "2025-03-01T23:59:59Z")
  }

  @Test("--provider: NAME for every input, NAME=PATH for one, split at the first =")
  func providers() throws {
    let compare = try CompareCommand.parse([
      "a.csv", "day=2025-03-01/", "b.csv", "--provider", "Alpha=a.csv", "--provider", "Beta=day=2025-03-01/", "--provider", "Rest",
    ])
    let names = try compare.reading.providerNames()
    #expect(names.everyInput == "Rest")
    #expect(names.byInput == ["a.csv": "Alpha", "day=2025-03-01/": "Beta"])
    let options = try compare.reading.ingestionOptions()
    #expect(options.fallbackProvider(forInput: "a.csv") == "Alpha")
    #expect(options.fallbackProvider(forInput: "day=2025-03-01/x/y.json") == "Beta")
    #expect(options.fallbackProvider(forInput: "b.csv") == "Rest")
    // The root folder, which `--provider` accepts as an input, holds every absolute path.
    let root = try AnalyzeCommand.parse(["/", "--provider", "Root=/"])
    #expect(try root.reading.ingestionOptions().fallbackProvider(forInput: "/srv/exports/a.csv") == "Root")
    let plain = try AnalyzeCommand.parse(["a.csv", "--provider", "Only"])
    #expect(try plain.reading.ingestionOptions().fallbackProvider(forInput: "a.csv") == "Only")
  }

  @Test("--provider refuses a PATH that is no input, two names for one, two for every input", arguments: [
    ["a.csv", "--provider", "Alpha=c.csv"], ["a.csv", "--provider", "A=a.csv", "--provider", "B=a.csv"],
    ["a.csv", "--provider", "A", "--provider", "B"], ["a.csv", "--provider", "=a.csv"], ["a.csv", "--provider", "A="],
  ])
  func providerRefused(_ arguments: [String]) {
    #expect(throws: (any Error).self) { try AnalyzeCommand.parse(arguments) }
    #expect(throws: (any Error).self) { try CompareCommand.parse(arguments) }
  }
}

/// The filters and per-input providers end to end, on small exports written for the test.
@Suite("Filters and per-input providers, end to end", .serialized)
struct FilterCommandTests {
  /// Twelve contacts: sites Manila, Pune and Utrecht, calls and chats, 1–6 March,
  /// two without a time. No provider column.
  private static let rows: [(id: String, site: String, channel: String, opened: String)] = [
    ("1", "Manila", "call", "2025-03-01T09:00:00Z"), ("2", "Manila", "call", "2025-03-02T09:00:00Z"),
    ("3", "manila", "call", "2025-03-03T09:00:00Z"), ("4", "Manila", "chat", "2025-03-03T10:00:00Z"),
    ("5", "Manila", "call", "2025-03-06T09:00:00Z"), ("6", "Manila", "call", ""),
    ("7", "Pune", "call", "2025-03-02T09:00:00Z"), ("8", "Pune", "chat", "2025-03-04T09:00:00Z"),
    ("9", "Pune", "call", ""), ("10", "Utrecht", "call", "2025-03-02T09:00:00Z"),
    ("11", "Utrecht", "chat", "2025-03-03T09:00:00Z"), ("12", "Utrecht", "email", "2025-03-05T09:00:00Z"),
  ]

  private func export(prefix: String = "", name: String = "contacts.csv", provider: String? = nil) throws -> String {
    var text = "contact_id,\(provider == nil ? "" : "provider,")site,sourcing,channel,customer_id,category,opened_at,status,resolution\n"
    for row in Self.rows {
      text += "\(prefix)\(row.id),\(provider.map { $0 + "," } ?? "")\(row.site),outsourced,\(row.channel),cust-\(row.id),billing,\(row.opened),closed,fixed\n"
    }
    return try TestSupport.temporaryFile(text, name: name)
  }

  private func json(_ arguments: [String]) throws -> [String: Any] {
    let run = try TestSupport.runCallaudit(arguments + ["--format", "json"])
    #expect(run.status == 0, "\(run.standardError)")
    return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
  }

  /// The input's account must close: records = accepted + rejected, accepted = contacts + left out + duplicates + updated.
  private func expectAccounted(_ input: [String: Any]) {
    let records = input["records"] as? Int, accepted = input["accepted"] as? Int, rejected = input["rejected"] as? Int
    #expect(records == (accepted ?? -1) + (rejected ?? -1))
    let parts = ["contacts", "left_out", "duplicates", "updated"].map { input[$0] as? Int ?? -1_000 }
    #expect(accepted == parts.reduce(0, +), "\(parts)")
  }

  @Test("--only-site and --only-channel with --since: exactly the named contacts are measured, the rest accounted for")
  func namesAndTime() throws {
    let path = try export()
    let report = try json(["analyze", path, "--only-site", "MANILA", "--only-channel", "call", "--since", "2025-03-02", "--provider", "ISP"])
    let filters = try #require(report["filters"] as? [String: Any])
    // Manila calls from 2 March: 2, 3 and 5 (3 is spelled `manila`); 1 is earlier, 6 has no time.
    #expect(filters["measured"] as? Int == 3)
    #expect(filters["contacts"] as? Int == 12)
    #expect(filters["left_out"] as? Int == 9)
    let by = try #require(filters["left_out_by"] as? [String: Int])
    #expect(by == ["provider": 0, "category": 0, "site": 6, "channel": 4, "since": 1, "until": 0, "no_time": 2])
    #expect(filters["sites"] as? [String] == ["MANILA"])
    #expect(filters["since"] as? String == "2025-03-02T00:00:00Z")
    #expect(filters["until"] is NSNull)
    let input = try #require((report["inputs"] as? [[String: Any]])?.first)
    #expect(input["left_out"] as? Int == 9)
    #expect(input["contacts"] as? Int == 3)
    expectAccounted(input)
    let providers = try #require(report["providers"] as? [[String: Any]])
    #expect(providers.map { $0["contacts"] as? Int } == [3])
  }

  @Test("--until keeps its whole day; each of the other filters leaves out exactly its own")
  func eachFilter() throws {
    let path = try export()
    let cases: [([String], Int)] = [
      (["--until", "2025-03-02"], 4),  // 1, 2, 7, 10 (6 and 9 have no time)
      (["--only-channel", "chat"], 3),
      (["--only-channel", "chat", "--only-channel", "EMAIL"], 4),
      (["--only-site", "Pune", "--only-site", "Utrecht"], 6),
      (["--only-category", "Billing"], 12),
      (["--only-provider", "isp"], 12),
      (["--only-provider", "Other"], 0),
    ]
    for (options, measured) in cases {
      let report = try json(["analyze", path, "--provider", "ISP"] + options)
      let filters = try #require(report["filters"] as? [String: Any])
      #expect(filters["measured"] as? Int == measured, "\(options)")
      #expect(filters["left_out"] as? Int == 12 - measured, "\(options)")
      expectAccounted(try #require((report["inputs"] as? [[String: Any]])?.first))
    }
  }

  @Test("The terminal, Markdown and HTML reports name the filters and what they left out")
  func sentence() throws {
    let path = try export()
    let expected = "Filters --only-channel call --until 2025-03-02T23:59:59Z: 4 of 12 contacts measured; 8 left out (other channels 4, after --until 6, without a time 2)."
    for format in ["text", "markdown", "html"] {
      let run = try TestSupport.runCallaudit(["analyze", path, "--only-channel", "call", "--until", "2025-03-02", "--format", format])
      #expect(run.status == 0)
      let shown = format == "markdown" ? run.standardOutput.replacingOccurrences(of: "\\", with: "") : run.standardOutput
      #expect(shown.contains(expected), "\(format)")
    }
    let compare = try TestSupport.runCallaudit(["compare", path, "--only-channel", "call", "--until", "2025-03-02"])
    #expect(compare.standardOutput.contains(expected))
  }

  @Test("Without filters there is no filters key and no left_out")
  func unfiltered() throws {
    let report = try json(["analyze", try export()])
    #expect(report["filters"] == nil)
    let input = try #require((report["inputs"] as? [[String: Any]])?.first)
    #expect(input["left_out"] == nil)
    let run = try TestSupport.runCallaudit(["analyze", try export()])
    #expect(!run.standardOutput.contains("Filters"))
  }

  @Test("A bad date or an empty range is one sentence and exit 64, before anything is read")
  func usageErrors() throws {
    for options in [["--since", "soon"], ["--since", "2025-03-05", "--until", "2025-03-01"]] {
      let run = try TestSupport.runCallaudit(["analyze", "no-such-file.csv"] + options)
      #expect(run.status == 64, "\(options)")
      #expect(run.standardError.contains(options[0]), "\(run.standardError)")
      #expect(!run.standardError.contains("cannot open"))
    }
    let compare = try TestSupport.runCallaudit(["compare", "a.csv", "--provider", "Alpha=b.csv"])
    #expect(compare.status == 64)
    #expect(compare.standardError.contains("'b.csv', which is not one of the inputs"), "\(compare.standardError)")
  }

  @Test("Two exports that name no provider compare as the two providers --provider NAME=PATH names")
  func twoProviders() throws {
    let alpha = try export(prefix: "a", name: "alpha.csv")
    let beta = try export(prefix: "b", name: "beta.csv")
    let named = try export(prefix: "n", name: "named.csv", provider: "Gamma Telecom")
    let report = try json([
      "compare", alpha, beta, named, "--provider", "Alpha ISP=\(alpha)", "--provider", "Beta ISP=\(beta)",
      "--provider", "Fallback", "--min-contacts", "5",
    ])
    let ranked = (report["ranking"] as? [[String: Any]] ?? []).compactMap { $0["provider"] as? String }
    let unranked = (report["not_ranked"] as? [[String: Any]] ?? []).compactMap { $0["provider"] as? String }
    // The export that names its provider keeps it; --provider NAME (for every other input) names none here.
    #expect(Set(ranked + unranked) == ["Alpha ISP", "Beta ISP", "Gamma Telecom"])
    let analysis = try json(["analyze", alpha, beta, "--provider", "Alpha ISP=\(alpha)", "--provider", "Beta ISP=\(beta)"])
    let providers = try #require(analysis["providers"] as? [[String: Any]])
    #expect(providers.map { $0["provider"] as? String } == ["Alpha ISP", "Beta ISP"])
    #expect(providers.map { $0["contacts"] as? Int } == [12, 12])
    // Without the names, both are one provider.
    let together = try json(["analyze", alpha, beta])
    #expect((together["providers"] as? [[String: Any]])?.map { $0["provider"] as? String } == ["(unspecified)"])
  }

  @Test("A folder named with --provider NAME=PATH names the provider of every file under it")
  func folderProvider() throws {
    let folder = try TestSupport.temporaryDirectory()
    let inner = folder.appendingPathComponent("isp-a")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: try export(prefix: "a"), toPath: inner.appendingPathComponent("one.csv").path)
    let other = try export(prefix: "b")
    let report = try json(["analyze", inner.path + "/", other, "--provider", "Alpha=\(inner.path)/", "--provider", "Beta=\(other)"])
    let providers = try #require(report["providers"] as? [[String: Any]])
    #expect(providers.map { $0["provider"] as? String } == ["Alpha", "Beta"])
  }
}
