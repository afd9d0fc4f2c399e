import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditReporting

/// Headless Chromium, run with a hard time limit so it can never hang the suite.
enum HeadlessChromium {
  /// The longest a Chromium run may take before it is killed.
  static let timeLimit: TimeInterval = 60

  /// The browser's path: `$CALLAUDIT_CHROMIUM` when set (only that one), else
  /// `chromium` or `chromium-browser` on `$PATH`.
  static var executable: String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["CALLAUDIT_CHROMIUM"] {
      return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
    let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    for name in ["chromium", "chromium-browser"] {
      for directory in directories {
        let path = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    return nil
  }

  /// Whether the tests run under CI, where a missing browser is a failure.
  static var underCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

  /// Run the browser tests when Chromium is there, and under CI always (to fail loudly without it).
  static var shouldRun: Bool { executable != nil || underCI }

  /// Errors of a Chromium run.
  enum Failure: Error, CustomStringConvertible {
    /// The browser ran past the time limit and was killed.
    case timedOut(seconds: TimeInterval)
    /// The browser exited with a failure status.
    case failed(status: Int32, standardError: String)

    /// One sentence for the test log.
    var description: String {
      switch self {
      case .timedOut(let seconds): "Chromium did not finish within \(Int(seconds)) s and was killed"
      case .failed(let status, let standardError): "Chromium exited with status \(status): \(standardError.suffix(2_000))"
      }
    }
  }

  /// Loads `page` (a local file) in headless Chromium and returns the DOM it rendered.
  static func dumpDOM(of page: URL, chromium: String) throws -> String {
    let scratch = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let output = scratch.appendingPathComponent("dom.html"), errors = scratch.appendingPathComponent("stderr.txt")
    try Data().write(to: output)
    try Data().write(to: errors)
    let browserArguments = [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
      "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--user-data-dir=\(scratch.appendingPathComponent("profile").path)", "--dump-dom", page.absoluteString,
    ]
    let process = Process()
    // coreutils `timeout` kills Chromium's whole process group, helpers included.
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout") {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
      process.arguments = ["-k", "5", String(Int(timeLimit)), chromium] + browserArguments
    } else {
      process.executableURL = URL(fileURLWithPath: chromium)
      process.arguments = browserArguments
    }
    let outputHandle = try FileHandle(forWritingTo: output), errorHandle = try FileHandle(forWritingTo: errors)
    defer {
      try? outputHandle.close()
      try? errorHandle.close()
    }
    process.standardOutput = outputHandle
    process.standardError = errorHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeLimit + 10)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    if process.isRunning {
      process.terminate()
      Thread.sleep(forTimeInterval: 2)
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
      throw Failure.timedOut(seconds: timeLimit)
    }
    let standardError = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
    // `timeout` exits 124 (or 137 after -k) when it had to stop the browser.
    if process.terminationStatus == 124 || process.terminationStatus == 137 { throw Failure.timedOut(seconds: timeLimit) }
    guard process.terminationStatus == 0 else { throw Failure.failed(status: process.terminationStatus, standardError: standardError) }
    return try String(contentsOf: output, encoding: .utf8)
  }
}

@Suite("HTML report in headless Chromium", .serialized)
struct HTMLBrowserTests {
  private static let skipReason: Comment =
    "Chromium is not installed (apt-get install chromium, or set CALLAUDIT_CHROMIUM); under CI this is a failure"

  /// The browser, or a recorded failure under CI.
  private func browser() -> String? {
    if let chromium = HeadlessChromium.executable { return chromium }
    Issue.record("CI is set but Chromium is not installed: CI must install it (apt-get install chromium)")
    return nil
  }

  /// Writes `html` to a temporary file, renders it in Chromium and returns the DOM.
  private func rendered(_ html: String, chromium: String) throws -> String {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = directory.appendingPathComponent("report.html")
    try Data(html.utf8).write(to: page)
    return try HeadlessChromium.dumpDOM(of: page, chromium: chromium)
  }

  private func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test("The rendered DOM holds the verdict cards, the SVG charts with bars and the flagged contacts",
        .enabled(if: HeadlessChromium.shouldRun, skipReason), .timeLimit(.minutes(3)))
  func sampleReportRenders() throws {
    guard let chromium = browser() else { return }
    let report = HTMLTestReports.sampleReport
    let dom = try rendered(HTMLReportRenderer().render(report), chromium: chromium)
    #expect(dom.contains("<main>"), "Chromium returned no document body")
    #expect(count(#"<article class="verdict-card""#, in: dom) == report.providers.count)
    for provider in report.providers {
      #expect(dom.contains(#"data-verdict="\#(provider.outsourcing.comparison.verdict.rawValue)""#))
    }
    // Call-only rates no group computes get no chart (these contacts are tickets).
    let charted = RateMeasure.Name.allCases.count - AvailabilityNotes.hiddenRates(report).count
    #expect(count("<svg", in: dom) == charted + 1, "one SVG per charted rate and the forest plot")
    #expect(count(#"<rect class="bar "#, in: dom) > 20)
    #expect(count(#"<g class="whisker">"#, in: dom) > 20)
    #expect(dom.contains(#"<svg id="forest-plot""#))
    #expect(count(#"data-kind="adjusted""#, in: dom) == report.providers.filter(HTMLForestPlot.hasEstimate).count)
    #expect(count(#"<article class="flagged""#, in: dom) == min(report.flagged.count, HTMLFlaggedSection.limit))
    #expect(count(#"<mark class="script">"#, in: dom) > 0)
    #expect(!dom.contains("<script"))
  }

  @Test("The comparison page renders its ranking table in Chromium",
        .enabled(if: HeadlessChromium.shouldRun, skipReason), .timeLimit(.minutes(3)))
  func comparisonRenders() throws {
    guard let chromium = browser() else { return }
    let report = HTMLTestReports.sampleReport
    let ranking = ProviderRanking(report)
    let dom = try rendered(HTMLReportRenderer().render(ranking: ranking, report: report), chromium: chromium)
    #expect(count("data-rank=", in: dom) == ranking.entries.count)
    #expect(count("<svg", in: dom) == 3)
    #expect(count(#"<article class="verdict-card""#, in: dom) == report.providers.count)
  }

  @Test("Hostile export text stays text in the browser: no script, image or injected element",
        .enabled(if: HeadlessChromium.shouldRun, skipReason), .timeLimit(.minutes(3)))
  func hostileInputStaysText() throws {
    guard let chromium = browser() else { return }
    let report = HTMLTestReports.hostile()
    let dom = try rendered(HTMLReportRenderer().render(report), chromium: chromium)
    #expect(dom.contains("<main>"), "Chromium returned no document body")
    for element in ["<script", "<img", "<svg onload", "<b>", "<i>", "<u>"] {
      #expect(!dom.contains(element), "the browser built \(element)")
    }
    #expect(count("<mark", in: dom) == count("</mark>", in: dom))
    #expect(dom.contains("Evil \"ISP\"&lt;script&gt;alert(1)&lt;/script&gt;") || dom.contains("Evil &quot;ISP&quot;&lt;script&gt;"))
    #expect(count(#"<article class="flagged""#, in: dom) == report.flagged.count)
  }

  @Test("A broken-down report's sections render, and every in-page link resolves to an element of the DOM",
        .enabled(if: HeadlessChromium.shouldRun, skipReason), .timeLimit(.minutes(3)))
  func breakdownRenders() throws {
    guard let chromium = browser() else { return }
    let report = HTMLBreakdownReports.splitSites
    let dom = try rendered(HTMLReportRenderer().render(report), chromium: chromium)
    for id in ["breakdown", "series", "cell-flagged"] { #expect(dom.contains(#"<section id="\#(id)">"#)) }
    #expect(count(#"<li data-site="#, in: dom) == 2)
    #expect(count(#"<figure class="series-chart""#, in: dom) == BreakdownReport.rateNames.count)
    #expect(count(#"<a class="to-contact""#, in: dom) == min(report.flagged.count, HTMLFlaggedSection.limit))
    let (ids, targets) = try Self.anchors(in: dom)
    #expect(targets.count > 50)
    #expect(targets.subtracting(ids).isEmpty, "links to nothing: \(targets.subtracting(ids).sorted().prefix(5))")
    #expect(!dom.contains("<script"))
  }

  @Test("A comparison page with a breakdown renders, and every in-page link resolves to a row, not to a list it lacks",
        .enabled(if: HeadlessChromium.shouldRun, skipReason), .timeLimit(.minutes(3)))
  func comparisonBreakdownRenders() throws {
    guard let chromium = browser() else { return }
    let report = HTMLBreakdownReports.splitSites
    let dom = try rendered(HTMLReportRenderer().render(ranking: ProviderRanking(report), report: report), chromium: chromium)
    for id in ["ranking", "breakdown", "series"] { #expect(dom.contains(#"<section id="\#(id)">"#)) }
    #expect(!dom.contains(#"<section id="cell-flagged">"#))
    #expect(count(#"<li data-site="#, in: dom) == 2)
    let (ids, targets) = try Self.anchors(in: dom)
    #expect(targets.contains { $0.hasPrefix("cell-") })
    #expect(!targets.contains { $0.hasSuffix("-flagged") || $0.hasPrefix("flagged-") })
    #expect(targets.subtracting(ids).isEmpty, "links to nothing: \(targets.subtracting(ids).sorted().prefix(5))")
    #expect(!dom.contains("<script"))
  }

  @Test("Hostile site and team names stay text in the browser's breakdown",
        .enabled(if: HeadlessChromium.shouldRun, skipReason), .timeLimit(.minutes(3)))
  func hostileBreakdownStaysText() throws {
    guard let chromium = browser() else { return }
    let dom = try rendered(HTMLReportRenderer().render(HTMLBreakdownReports.hostile()), chromium: chromium)
    #expect(dom.contains(#"<section id="breakdown">"#))
    for element in ["<script", "<img", "<b>", "<i>"] { #expect(!dom.contains(element), "the browser built \(element)") }
    #expect(dom.contains("Manila\"'&gt;&lt;script&gt;alert(7)&lt;/script&gt;"))
    #expect(dom.contains("&lt;img src=x onerror=alert(8)&gt;Tier 1"))
    let (ids, targets) = try Self.anchors(in: dom)
    #expect(targets.subtracting(ids).isEmpty)
  }
}

extension HTMLBrowserTests {
  /// The ids of the elements in a rendered DOM, and the in-page targets of its links.
  fileprivate static func anchors(in dom: String) throws -> (ids: Set<String>, targets: Set<String>) {
    func captured(_ pattern: String) throws -> [String] {
      let regex = try NSRegularExpression(pattern: pattern)
      return regex.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)).compactMap { match in
        Range(match.range(at: 1), in: dom).map { String(dom[$0]) }
      }
    }
    return (Set(try captured(#"\sid="([^"]*)""#)), Set(try captured(##"\shref="#([^"]*)""##)))
  }
}
