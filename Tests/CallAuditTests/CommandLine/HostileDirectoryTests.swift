import ContactGenerator
import Foundation
import Testing

/// `analyze` over a folder of hostile exports (`callaudit generate --hostile`)
/// beside good ones: no crash, a clear outcome for each hostile file, and the
/// good files' figures exactly as when they are read alone.
@Suite("analyze over hostile exports")
struct HostileDirectoryTests {
  /// What `analyze` must report for one hostile file.
  struct Outcome {
    var accepted: Int
    var rejected: Int
    /// Text the stop must contain; `nil` when reading must run to the end.
    var stopped: String?
    /// Text one problem or note must contain.
    var mentions: String?
  }

  static let expected: [String: Outcome] = [
    "xxe-file.xml": Outcome(accepted: 1, rejected: 0),
    "xxe-network.xml": Outcome(accepted: 1, rejected: 0),
    "billion-laughs.xml": Outcome(accepted: 2, rejected: 0, mentions: "callaudit gives them no content"),
    "deep-nesting.xml": Outcome(accepted: 1, rejected: 0, stopped: "nest more than 256 deep"),
    "truncated.xml": Outcome(accepted: 1, rejected: 1, stopped: "not well-formed", mentions: "cut off by the XML error"),
    "unclosed-quote.csv": Outcome(accepted: 1, rejected: 1, mentions: "opens here (field 18) and never closes"),
    "broken-rows.csv": Outcome(accepted: 2, rejected: 3, mentions: "expected 18 fields as in the header, found 5"),
    "line-ends.csv": Outcome(accepted: 3, rejected: 0),
    "nul-bytes.csv": Outcome(accepted: 1, rejected: 2, mentions: "holds a NUL byte"),
    "duplicate-headers.csv": Outcome(accepted: 1, rejected: 0, mentions: "appears more than once"),
    "empty.csv": Outcome(accepted: 0, rejected: 0, stopped: "the input is empty"),
    "header-only.csv": Outcome(accepted: 0, rejected: 0, mentions: "no records"),
    "invalid-utf8.csv": Outcome(accepted: 484, rejected: 0, mentions: "not UTF-8 were replaced by U+FFFD (the first on line 485)"),
    "utf16.csv": Outcome(accepted: 0, rejected: 0, stopped: "UTF-16LE, which callaudit does not read"),
    "truncated.csv.gz": Outcome(accepted: 1, rejected: 0, stopped: ":3: reading stopped: read failed: the gzip stream is truncated"),
    "50mb-field.csv": Outcome(accepted: 3, rejected: 0),
    "huge-text-node.xml": Outcome(accepted: 2, rejected: 1, mentions: "longer than 64 MiB"),
    "unclosed-quote-large.csv": Outcome(accepted: 1, rejected: 1, stopped: ":3: reading stopped: a record grows past 64 MiB"),
  ]

  @Test("every hostile file gets its outcome, and the good files their own figures")
  func hostileFolder() throws {
    let parent = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: parent) }
    // Not there yet: `generate` creates it, as in the documented example.
    let folder = parent.appendingPathComponent("hostile")
    let good = folder.appendingPathComponent("good.csv").path
    let generated = try TestSupport.runCallaudit([
      "generate", "--contacts", "150", "--output", good, "--hostile", folder.path,
    ])
    #expect(generated.status == 0, "\(generated.standardError)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "good.csv" }
    #expect(Set(names) == Set(Self.expected.keys))
    #expect(Set(names) == Set(HostileExportSet.exports().map(\.name)))

    let run = try TestSupport.runCallaudit(["analyze", folder.path, "--format", "json", "--provider", "Unnamed"])
    // 65: input problems, reported; anything else (a crash is a signal) fails.
    #expect(run.status == 65, "\(run.standardError)")
    #expect(!run.standardOutput.contains("root:x:0"), "an external entity was read")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let inputs = try #require(document["inputs"] as? [[String: Any]])
    for input in inputs {
      let path = try #require(input["path"] as? String)
      let name = String(path.split(separator: "/").last!)
      guard let outcome = Self.expected[name] else {
        #expect(name == "good.csv")
        #expect(input["rejected"] as? Int == 0 && input["stopped"] is NSNull)
        continue
      }
      #expect(input["accepted"] as? Int == outcome.accepted, "\(name)")
      #expect(input["rejected"] as? Int == outcome.rejected, "\(name)")
      let stopped = input["stopped"] as? String
      if let expectedStop = outcome.stopped {
        #expect(stopped?.contains(expectedStop) == true, "\(name): \(stopped ?? "not stopped")")
        // A stop is also one line on standard error, naming the file.
        #expect(run.standardError.split(separator: "\n").contains { $0.contains(path) && $0.contains(expectedStop) }, "\(name)")
      } else {
        #expect(stopped == nil, "\(name): \(stopped ?? "")")
      }
      if let mention = outcome.mentions {
        let problems = (input["problems"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        let notes = input["notes"] as? [String] ?? []
        #expect((problems + notes).contains { $0.contains(mention) }, "\(name): \(problems + notes)")
      }
    }

    // The good file's providers come out exactly as when it is read alone.
    let alone = try TestSupport.runCallaudit(["analyze", good, "--format", "json", "--provider", "Unnamed"])
    #expect(alone.status == 0)
    let aloneDocument = try #require(try JSONSerialization.jsonObject(with: Data(alone.standardOutput.utf8)) as? [String: Any])
    let mixedProviders = try goodProviders(document)
    #expect(!mixedProviders.isEmpty)
    #expect(mixedProviders == (try goodProviders(aloneDocument)))
  }

  /// The providers other than the hostile files', as comparable JSON text.
  private func goodProviders(_ document: [String: Any]) throws -> [String: String] {
    let providers = try #require(document["providers"] as? [[String: Any]])
    var byName: [String: String] = [:]
    for provider in providers {
      let name = try #require(provider["provider"] as? String)
      guard name != HostileExport.provider else { continue }
      let data = try JSONSerialization.data(withJSONObject: provider, options: [.sortedKeys])
      byName[name] = String(decoding: data, as: UTF8.self)
    }
    return byName
  }
}
