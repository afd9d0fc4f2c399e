import Foundation
import Testing

/// `callaudit shard` end to end: the stages run as separate processes, the
/// way a distributed engine runs them, give `analyze`'s report.
@Suite("Shard command")
struct ShardCommandTests {
  @Test("normalize, context, measure (two shards, from standard input) and merge give analyze's JSON")
  func stagesEqualAnalyze() throws {
    let folder = try TestSupport.temporaryDirectory().path
    // The shipped samples: the same 800 contacts as CSV and as XML, so every customer is in both
    // inputs and every contact a duplicate; the CSV again is an identical input.
    let inputs = ["samples/contacts.csv", "samples/contacts.xml", "samples/contacts.csv"]
    var lines: [String] = []
    var states: [String] = []
    for (index, input) in inputs.enumerated() {
      let run = try TestSupport.runCallaudit(["shard", "normalize", input, "--index", String(index)])
      #expect(run.status == 0, "\(run.standardError)")
      var output = run.standardOutput.split(separator: "\n").map(String.init)
      try #require(!output.isEmpty)
      let stateLine = output.removeLast()
      let fields = stateLine.split(separator: "\t")
      #expect(fields.count == 3 && fields[0] == "state" && fields[1] == Substring(String(index)))
      let state = "\(folder)/\(index).state"
      try #require(Data(base64Encoded: String(fields[2]))).write(to: URL(fileURLWithPath: state))
      states.append(state)
      lines += output
    }
    let context = "\(folder)/run.context"
    #expect(try TestSupport.runCallaudit(["shard", "context"] + states + ["--output", context]).status == 0)
    var partials: [String] = []
    for shard in 0..<2 {
      let mine = lines.filter { UInt64($0.prefix { $0 != "\t" })! % 2 == UInt64(shard) }
      let run = try TestSupport.runCallaudit(
        ["shard", "measure", "--context", context], input: Data(mine.joined(separator: "\n").utf8))
      #expect(run.status == 0, "\(run.standardError)")
      let partial = "\(folder)/\(shard).partial"
      try run.standardOutput.write(toFile: partial, atomically: true, encoding: .utf8)
      partials.append(partial)
    }
    let merged = try TestSupport.runCallaudit(["shard", "merge", "--context", context] + partials + ["--format", "json"])
    let analyzed = try TestSupport.runCallaudit(["analyze"] + inputs + ["--format", "json"])
    #expect(merged.status == analyzed.status)
    #expect(merged.standardOutput.contains("\"flagged\""))
    #expect(merged.standardOutput == analyzed.standardOutput)
  }

  @Test(
    "A stage uses the settings its input was made with; given other ones, it stops with exit 64 and says which (issue 20)")
  func settingsMustAgree() throws {
    let folder = try TestSupport.temporaryDirectory().path
    let state = "\(folder)/0.state", context = "\(folder)/ctx"
    let normalize = try TestSupport.runCallaudit(
      ["shard", "normalize", "samples/contacts.csv", "--index", "0", "--state", state, "--repeat-window", "2w"])
    #expect(normalize.status == 0, "\(normalize.standardError)")
    #expect(try TestSupport.runCallaudit(["shard", "context", state, "--output", context]).status == 0)
    // The contact lines as a file: a stage that stops before reading standard input would leave
    // this test writing to a closed pipe.
    let lines = "\(folder)/0.lines"
    try normalize.standardOutput.write(toFile: lines, atomically: true, encoding: .utf8)
    // Before: measure used its own defaults whatever the context was made with; then it
    // stopped. Now it takes the context's configuration: normalize was given 2w.
    let recorded = try TestSupport.runCallaudit(["shard", "measure", "--context", context, lines])
    #expect(recorded.status == 0, "\(recorded.standardError)")
    #expect(recorded.standardOutput.contains("\"--repeat-window\":\"1209600s\""))
    let differentWindow = try TestSupport.runCallaudit(["shard", "measure", "--context", context, lines, "--repeat-window", "7d"])
    #expect(differentWindow.status == 64)
    #expect(differentWindow.standardError.contains(
      "shard measure was given --repeat-window 604800s, but its input was made with --repeat-window 1209600s"))
    let measured = try TestSupport.runCallaudit(
      ["shard", "measure", "--context", context, lines, "--repeat-window", "14d", "--script-threshold", "0.9"])
    #expect(measured.status == 64)
    #expect(measured.standardError.contains("--script-threshold 0.9"))
    let measure = try TestSupport.runCallaudit(
      ["shard", "measure", "--context", context, lines, "--repeat-window", "1209600"])
    #expect(measure.status == 0, "\(measure.standardError)")
    let partial = "\(folder)/0.partial"
    try measure.standardOutput.write(toFile: partial, atomically: true, encoding: .utf8)
    // Before: merge labelled the partial's figures with its own, different, settings.
    let merge = try TestSupport.runCallaudit(
      ["shard", "merge", "--context", context, partial, "--repeat-window", "2w", "--script-threshold", "0.9"])
    #expect(merge.status == 64)
    #expect(merge.standardError.contains(
      "shard merge was given --script-threshold 0.9, but its input was made with --script-threshold 0.5; give every stage the same options"))
    let agreed = try TestSupport.runCallaudit(["shard", "merge", "--context", context, partial, "--repeat-window", "2w"])
    #expect(agreed.status == 0, "\(agreed.standardError)")
    let unsaid = try TestSupport.runCallaudit(["shard", "merge", "--context", context, partial])
    #expect(unsaid.status == 0, "\(unsaid.standardError)")
    #expect(unsaid.standardOutput == agreed.standardOutput)
    #expect(unsaid.standardOutput.contains("repeat window 14d"))
  }

  @Test("A damaged partial report is refused with exit 65 and the reason")
  func damagedPartial() throws {
    let folder = try TestSupport.temporaryDirectory().path
    let state = "\(folder)/0.state"
    let normalize = try TestSupport.runCallaudit(
      ["shard", "normalize", TestSupport.fixture("canonical/small.csv"), "--index", "0", "--state", state])
    #expect(normalize.status == 0)
    #expect(try TestSupport.runCallaudit(["shard", "context", state, "--output", "\(folder)/ctx"]).status == 0)
    let partial = try TestSupport.temporaryFile("{\"not\": \"a partial\"}\n", name: "bad.partial")
    let merged = try TestSupport.runCallaudit(["shard", "merge", "--context", "\(folder)/ctx", partial])
    #expect(merged.status == 65)
    #expect(merged.standardError.contains("partial report 1 is not callaudit shard data"))
  }

  @Test("normalize --same-as skips the input as analyze skips a copy found in a folder: no contacts, the reason in its state")
  func sameAsSkipsCopy() throws {
    // The Spark driver passes it for a folder copy; without it the copy was read and
    // reported as an identical input, and Spark's report differed from analyze's.
    let run = try TestSupport.runCallaudit([
      "shard", "normalize", "samples/contacts.csv", "--index", "1", "--label", "exports/b.csv", "--same-as", "exports/a.csv",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let lines = run.standardOutput.split(separator: "\n")
    try #require(lines.count == 1 && lines[0].hasPrefix("state\t1\t"), "only the state, no contact line")
    let state = try #require(Data(base64Encoded: String(lines[0].split(separator: "\t")[2])))
    let text = String(decoding: state, as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")  // JSON's escaped slash
    #expect(text.contains("the same content as exports/a.csv, which is read; not read twice"))
    #expect(text.contains("exports/b.csv"))
  }
}
