import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

/// Reports the HTML tests render: the shipped sample and a hostile one.
enum HTMLTestReports {
  /// The report for `samples/contacts.csv`, analysed once per test run.
  static let sampleReport: AnalysisReport = analyzeSample()

  /// The report for `samples/contacts.csv`, analysed in-process.
  static func analyzeSample() -> AnalysisReport {
    let path = TestSupport.repositoryRoot.appendingPathComponent("samples/contacts.csv").path
    let (contacts, summary) = ingestAll(path)
    var analyzer = ContactAnalyzer()
    contacts.forEach { analyzer.add($0) }
    return analyzer.finish(inputs: [summary])
  }

  /// A provider name built to break out of text, attributes and lines.
  static let evilProvider = "Evil \"ISP\"<script>alert(1)</script>\nNet"
  /// A contact id built to break out of an attribute.
  static let evilContactID = "\"><img src=x onerror=alert(1)>"
  /// A repeat contact id built to break out of a single-quoted attribute.
  static let evilRepeatID = "'><svg onload=alert(4)>"
  /// Customer words that try to open a script and close the script highlight.
  static let evilWords = "<script>alert(2)</script> </mark> That does not help, it is still not working. I'm switching to another provider."
  /// A script line that tries to close the highlight early.
  static let evilScriptLine = "Please restart your router </mark><b>now</b> & wait two minutes before trying again."

  /// A report whose every export-borne string is hostile: provider, ids,
  /// category, transcript words, input path, problem message, note and stop.
  static func hostile() -> AnalysisReport {
    let start: Int64 = 1_740_787_200
    func contact(_ id: String, customer: String, hours: Int64, sourcing: Sourcing, last: String) -> Contact {
      Contact(
        id: id, provider: evilProvider, sourcing: sourcing, channel: "call<i>", customerID: customer,
        agentID: "A-\(id)", category: "no-internet\"><b>x</b>",
        openedAt: Timestamp(secondsSinceEpoch: start + hours * 3600), status: .closed, resolution: "fixed",
        turns: [
          Turn(speaker: .agent, text: "Thank you for calling, how can I help you today?"),
          Turn(speaker: .customer, text: "My internet has been down since Monday."),
          Turn(speaker: .agent, text: evilScriptLine + " I have escalated this to the relevant team and they will be in touch."),
          Turn(speaker: .customer, text: last),
        ])
    }
    var contacts = (0..<14).map { contact("S-\($0)", customer: "C-\($0)", hours: Int64($0), sourcing: $0 % 2 == 0 ? .outsourced : .inHouse, last: "OK, thanks.") }
    contacts.append(contact(evilContactID, customer: "C-99", hours: 0, sourcing: .outsourced, last: evilWords))
    contacts.append(contact(evilRepeatID, customer: "C-99", hours: 30, sourcing: .outsourced, last: "OK, thanks."))
    contacts.append(contact("END", customer: "C-77", hours: 24 * 30, sourcing: .inHouse, last: "OK, thanks."))
    var analyzer = ContactAnalyzer()
    contacts.forEach { analyzer.add($0) }
    var input = InputSummary(path: "<script>evil</script>'\".csv", format: .canonicalCSV)
    for _ in contacts { input.accept() }
    input.reject(line: 7, reason: "transfers '<img src=y>' is not a \"whole\" number & more")
    input.note("ignored unknown columns: <u>mood</u>")
    input.stoppedBy = .stoppedAt(path: input.path, line: 9, reason: "a quote <script> never closed")
    return analyzer.finish(inputs: [input])
  }
}

@Suite("HTML report")
struct HTMLReportTests {
  /// Every tag name the renderer writes; anything else in a page was injected.
  private static let knownTags: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "main", "header", "nav", "a", "section", "h1", "h2", "h3", "p",
    "span", "strong", "small", "code", "q", "mark", "ol", "ul", "li", "dl", "dt", "dd", "div", "article", "figure",
    "figcaption", "details", "summary", "table", "caption", "thead", "tbody", "tr", "th", "td", "footer",
    "svg", "g", "text", "rect", "line", "path", "circle",
  ]

  private func matches(_ pattern: String, in text: String) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
      Range(match.range(at: match.numberOfRanges > 1 ? 1 : 0), in: text).map { String(text[$0]) }
    }
  }

  private func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  /// Asserts the page fetches nothing and holds no markup the renderer does not write.
  private func expectSelfContained(_ html: String) throws {
    for forbidden in ["http://", "https://", "@import", "url(", "<script", "<link", "<img", "<iframe", "<object", "<embed"] {
      #expect(!html.lowercased().contains(forbidden), "the page holds \(forbidden)")
    }
    let fetching: Set<String> = ["src", "srcset", "xlink:href", "action", "formaction", "poster", "data", "background", "style"]
    let attribute = try NSRegularExpression(pattern: #"\s([A-Za-z_:][-A-Za-z0-9_:.]*)="[^"<>]*""#)
    for tag in try matches(#"(<[A-Za-z][^<>]*>)"#, in: html) {
      let range = NSRange(tag.startIndex..., in: tag)
      let names = attribute.matches(in: tag, range: range).compactMap { Range($0.range(at: 1), in: tag).map { String(tag[$0]) } }
      #expect(names.allSatisfy { !fetching.contains($0.lowercased()) && !$0.lowercased().hasPrefix("on") }, "attributes \(names)")
      let bare = attribute.stringByReplacingMatches(in: tag, range: range, withTemplate: "")
      #expect(try matches(#"^(<[A-Za-z][A-Za-z0-9-]*/?>)$"#, in: bare).count == 1, "malformed tag \(tag)")
    }
    for target in try matches(#"\shref="([^"]*)""#, in: html) {
      #expect(target.hasPrefix("#"), "href to \(target) leaves the page")
    }
    for tag in Set(try matches(#"<\/?([A-Za-z][A-Za-z0-9-]*)"#, in: html)) {
      #expect(Self.knownTags.contains(tag), "unexpected tag <\(tag)>")
    }
    #expect(html.contains(#"<meta name="viewport""#))
    #expect(html.contains("default-src &#39;none&#39;"))
  }

  @Test("The sample report's page is self-contained and fetches nothing")
  func selfContained() throws {
    let report = HTMLTestReports.sampleReport
    let renderer = HTMLReportRenderer()
    try expectSelfContained(renderer.render(report))
    try expectSelfContained(renderer.render(ranking: ProviderRanking(report), report: report))
  }

  @Test("Each provider has a verdict card with its verdict, sentence and ratios, most severe first")
  func verdictCards() throws {
    let report = HTMLTestReports.sampleReport
    #expect(report.providers.count == 4)
    let html = HTMLReportRenderer().render(report)
    let cards = html.components(separatedBy: #"<article class="verdict-card""#).dropFirst()
    #expect(cards.count == report.providers.count)
    // Compared providers by severity, then the one without a comparison.
    let order = report.providers.filter { $0.outsourcing.noComparison == nil }.sorted(by: VerdictList.moreSevere)
      + report.providers.filter { $0.outsourcing.noComparison != nil }
    #expect(order.map(\.name) == ["Northwind Broadband", "Contoso Fiber", "Tailspin Telecom", "Fabrikam Cable"])
    let severities = order.map(\.outsourcing.comparison.verdict.severity)
    #expect(severities == severities.sorted())
    for (provider, card) in zip(order, cards) {
      let comparison = provider.outsourcing.comparison
      #expect(card.contains(#"data-provider="\#(HTMLEscaping.escape(provider.name))""#))
      #expect(card.contains(#"data-verdict="\#(comparison.verdict.rawValue)""#))
      #expect(card.contains(HTMLEscaping.escape(OutsourcingSentence.make(provider.name, provider.outsourcing, explainingCrude: false))))
      // The crude ratio is explained once, in the note, not in the sentence as well.
      let summary = card.components(separatedBy: #"<p class="summary">"#).dropFirst().first?.components(separatedBy: "</p>").first
      #expect(summary?.contains("Unadjusted") == false)
      #expect(card.contains(#"<dd data-field="adjusted">\#(HTMLFormat.estimate(comparison.adjusted))</dd>"#))
      #expect(card.contains(#"<dd data-field="crude">\#(HTMLFormat.estimate(comparison.crude))</dd>"#))
      #expect(card.contains("disagree-note") == comparison.crudeDiffersMaterially)
    }
    #expect(html.contains(#"data-verdict="hurting""#))
    #expect(html.range(of: "verdict-card")!.lowerBound < html.range(of: "forest-plot")!.lowerBound, "the answer comes first")
  }

  @Test("Every rate is charted as SVG bars with whiskers, and the forest plot shows adjusted, crude and strata")
  func charts() throws {
    let report = HTMLTestReports.sampleReport
    let html = HTMLReportRenderer().render(report)
    // Call rates get a chart only when some group computes them (these are tickets).
    let charted = RateMeasure.Name.allCases.filter { !AvailabilityNotes.hiddenRates(report).contains($0) }
    #expect(!charted.contains(.unanswered) && !html.contains(#"id="chart-unanswered""#))
    for rate in charted {
      #expect(html.contains(#"<figure class="rate-chart" id="chart-\#(rate.rawValue)""#), "no chart for \(rate.rawValue)")
    }
    let groups = report.providers.reduce(0) { $0 + $1.groups.count }
    #expect(count(#"<g class="bar-row""#, in: html) == groups * charted.count)
    #expect(count(#"<rect class="bar "#, in: html) > groups * 4)
    #expect(count(#"<g class="whisker">"#, in: html) == count(#"<rect class="bar "#, in: html))
    #expect(html.contains(#"<svg id="forest-plot""#))
    let forest = try #require(html.components(separatedBy: #"<svg id="forest-plot""#).last?.components(separatedBy: "</svg>").first)
    // Fabrikam Cable has no outsourced contacts, so no ratio: it is left out, and the page says so.
    let plotted = report.providers.filter(HTMLForestPlot.hasEstimate)
    #expect(plotted.count == report.providers.count - 1)
    #expect(count(#"data-kind="adjusted""#, in: forest) == plotted.count)
    #expect(count(#"data-kind="crude""#, in: forest) == plotted.count)
    #expect(!forest.contains("Fabrikam Cable"))
    #expect(html.contains("Not plotted: 1 provider without any risk ratio"))
    let strata = report.providers.flatMap(\.outsourcing.comparison.strata).filter { $0.riskRatio != nil }.count
    #expect(count(#"data-kind="stratum""#, in: forest) == strata)
    #expect(forest.contains(#"class="reference""#) && forest.contains(#"class="margin""#))
  }

  @Test("The forest plot draws both ends of the configured margin, and its caption names them")
  func forestMargin() throws {
    var report = HTMLTestReports.sampleReport
    report.configuration.margin = try #require(PracticalMargin(low: 0.5, high: 2))
    let html = HTMLReportRenderer().render(report)
    let forest = try #require(html.components(separatedBy: #"<svg id="forest-plot""#).last?.components(separatedBy: "</svg>").first)
    let references = try matches(#"<line class="reference" x1="([0-9.]+)" x2="[0-9.]+" y1="[0-9.]+" y2="[0-9.]+"/>"#, in: forest)
    let margins = try matches(#"<line class="margin" x1="([0-9.]+)""#, in: forest)
    #expect(!margins.isEmpty && margins.count == 2 * count(#"<g class="estimate "#, in: forest))
    // On a log scale 0.5 and 2 lie the same distance either side of 1; coordinates
    // are written to 0.1, so each of the three may be off by 0.05.
    let one = try #require(references.first.flatMap(Double.init))
    let ends = Set(margins.compactMap(Double.init))
    #expect(ends.count == 2)
    if let low = ends.min(), let high = ends.max() { #expect(abs((one - low) - (high - one)) <= 0.1 + 1e-9) }
    #expect(html.contains("dashed: the margin of practical equivalence, 0.50–2.00"))
  }

  @Test("Flagged contacts are quoted worst first, capped at 50, with the total stated")
  func flagged() throws {
    let report = HTMLTestReports.sampleReport
    #expect(report.flaggedTotal > 50)
    let html = HTMLReportRenderer().render(report)
    #expect(count(#"<article class="flagged""#, in: html) == 50)
    #expect(html.contains(#"data-flagged-total="\#(report.flaggedTotal)""#))
    #expect(html.contains("\(report.flaggedTotal) contacts were scripted and unresolved; the worst 50 are shown"))
    let first = try #require(report.flagged.first)
    let firstCard = try #require(html.components(separatedBy: #"<article class="flagged""#).dropFirst().first)
    #expect(firstCard.contains(#"data-contact-id="\#(HTMLEscaping.escape(first.measure.contactID))""#))
    for line in first.scriptLines {
      #expect(firstCard.contains(#"<mark class="script">\#(HTMLEscaping.escape(line))</mark>"#))
    }
    if let words = first.customerWords { #expect(firstCard.contains(HTMLEscaping.escape(words))) }
    let repeated = report.flagged.prefix(50).filter { if case .repeated = $0.measure.repeatStatus { true } else { false } }
    #expect(count(#"<code class="repeat-id">"#, in: html) == repeated.count)
    #expect(html.contains(#"<q class="churn">"#) || html.contains(#"<q class="customer churn">"#))
  }

  @Test("Inputs list their files, formats, counts, problems with lines, notes and where reading stopped")
  func inputs() throws {
    var input = InputSummary(path: "exports/a.csv.gz", format: .canonicalCSV)
    input.compressed = true
    input.accept()
    for line in 2...30 { input.reject(line: line, reason: "status 'x' is unknown") }
    input.note("ignored unknown columns: mood")
    input.stoppedBy = .stoppedAt(path: "exports/a.csv.gz", line: 31, reason: "a quote never closed")
    let html = HTMLReportRenderer().render(ContactAnalyzer().finish(inputs: [input]))
    #expect(html.contains("<td>csv, gzip</td>"))
    #expect(html.contains(
      #"<td class="num">30</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">29</td><td>no</td>"#))
    #expect(html.contains(#"<li data-line="2"><code>exports/a.csv.gz:2</code>: status &#39;x&#39; is unknown</li>"#))
    #expect(html.contains("… and 9 more problems"))
    #expect(html.contains("Note: ignored unknown columns: mood"))
    #expect(html.contains(#"<p class="warning stopped">exports/a.csv.gz:31: reading stopped: a quote never closed</p>"#))
    #expect(html.contains("29 records were rejected and 1 input stopped before the end"))
  }

  @Test("An empty report still renders a complete page")
  func emptyReport() throws {
    let report = ContactAnalyzer().finish(inputs: [])
    let html = HTMLReportRenderer().render(report)
    #expect(html.hasPrefix("<!DOCTYPE html>\n") && html.hasSuffix("</html>\n"))
    #expect(html.contains("No contacts were read"))
    #expect(html.contains("No contact was both scripted and unresolved."))
    let comparison = HTMLReportRenderer().render(ranking: ProviderRanking(report), report: report)
    #expect(comparison.contains(HTMLEscaping.escape(ProviderRanking(report).summary)))
  }

  @Test("The comparison page ranks providers, states the summary and shows ties as ties")
  func comparison() throws {
    let report = HTMLTestReports.sampleReport
    let ranking = ProviderRanking(report)
    let html = HTMLReportRenderer().render(ranking: ranking, report: report)
    #expect(html.contains(#"<body data-page="comparison">"#))
    #expect(html.contains(HTMLEscaping.escape(ranking.summary)))
    let rows = html.components(separatedBy: "<tr data-provider=").count - 1 + (html.components(separatedBy: #"<tr class="tied" data-provider="#).count - 1)
    #expect(rows == ranking.entries.count)
    for entry in ranking.entries {
      let tied = ranking.entries.contains { $0.rank == entry.rank && $0.provider != entry.provider }
      let row = #"data-provider="\#(HTMLEscaping.escape(entry.provider))" data-rank="\#(entry.rank)" data-tied="\#(tied)">"#
        + #"<td class="num rank">\#(entry.rank)\#(tied ? " (tied)" : "")</td>"#
      #expect(html.contains(row))
      #expect(html.contains(#"<td class="num">\#(HTMLFormat.rate(entry.scriptedUnresolved))</td>"#))
    }
    #expect(count(#"class="verdict-card""#, in: html) == report.providers.count)
    #expect(html.contains(#"id="chart-scripted_unresolved""#))
  }

  @Test("Ties in a hand-made ranking are marked on every tied row")
  func handMadeTie() throws {
    func contacts(_ provider: String) -> [Contact] {
      (0..<40).map { index in
        Contact(id: "\(provider)-\(index)", provider: provider, sourcing: .inHouse,
                turns: [Turn(speaker: .agent, text: "Please restart your router and wait two minutes before trying again.")])
      }
    }
    var analyzer = ContactAnalyzer()
    (contacts("Alpha") + contacts("Beta")).forEach { analyzer.add($0) }
    let report = analyzer.finish(inputs: [])
    let ranking = ProviderRanking(report)
    let html = HTMLReportRenderer().render(ranking: ranking, report: report)
    #expect(ranking.entries.count == 2 && ranking.entries.allSatisfy { $0.rank == 1 })
    #expect(count(#"data-tied="true""#, in: html) == 2)
    #expect(count("1 (tied)", in: html) == 2)
  }

  @Test("Hostile export text is escaped everywhere: text, attributes, SVG text and titles")
  func hostileInput() throws {
    let report = HTMLTestReports.hostile()
    #expect(report.flagged.contains { $0.measure.contactID == HTMLTestReports.evilContactID }, "the hostile contact must be flagged to be shown")
    let renderer = HTMLReportRenderer()
    for html in [renderer.render(report), renderer.render(ranking: ProviderRanking(report), report: report)] {
      try expectSelfContained(html)
      for raw in [
        "<script", "<img", "<svg onload", "<b>", "<i>", "<u>", "alert(1)</script>",
        HTMLTestReports.evilProvider, HTMLTestReports.evilContactID, HTMLTestReports.evilRepeatID,
      ] {
        #expect(!html.contains(raw), "unescaped: \(raw)")
      }
      #expect(html.contains("Evil &quot;ISP&quot;&lt;script&gt;alert(1)&lt;/script&gt;\nNet"))
      #expect(html.contains(#"data-provider="Evil &quot;ISP&quot;&lt;script&gt;alert(1)&lt;/script&gt;"#))
      #expect(count("<mark", in: html) == count("</mark>", in: html))
      #expect(count("<title>", in: html) == count("</title>", in: html))
      #expect(count("<text", in: html) == count("</text>", in: html))
    }
    let html = renderer.render(report)
    #expect(html.contains(#"data-contact-id="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;""#))
    #expect(html.contains(#"<code class="repeat-id">&#39;&gt;&lt;svg onload=alert(4)&gt;</code>"#))
    #expect(html.contains("&lt;script&gt;alert(2)&lt;/script&gt; &lt;/mark&gt; That does not help"))
    #expect(html.contains("&lt;/mark&gt;&lt;b&gt;now&lt;/b&gt; &amp; wait"))
    #expect(html.contains("&lt;script&gt;evil&lt;/script&gt;&#39;&quot;.csv:7</code>: transfers &#39;&lt;img src=y&gt;&#39;"))
    #expect(html.contains("Note: ignored unknown columns: &lt;u&gt;mood&lt;/u&gt;"))
    #expect(html.contains("a quote &lt;script&gt; never closed"))
    let svgTitles = try matches(#"<title>([^<]*)</title>"#, in: html)
    #expect(svgTitles.contains { $0.contains("Evil &quot;ISP&quot;&lt;script&gt;") }, "SVG titles carry the escaped provider")
  }

  @Test("Escaping covers the five markup characters and removes control characters")
  func escaping() {
    #expect(HTMLEscaping.escape(#"a & b < c > d " e ' f"#) == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
    #expect(HTMLEscaping.escape("tab\tline\nnul\u{0}esc\u{1B}del\u{7F}é€") == "tab\tline\nnul\u{FFFD}esc\u{FFFD}del\u{FFFD}é€")
    #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
  }

  @Test("Numbers are formatted the same way every time")
  func numbers() {
    #expect(HTMLFormat.fixed(2.125, places: 2) == "2.13")
    #expect(HTMLFormat.fixed(-2.5, places: 0) == "-3")
    #expect(HTMLFormat.fixed(-0.004, places: 2) == "0.00")
    #expect(HTMLFormat.fixed(.nan, places: 1) == "–")
    #expect(HTMLFormat.percent(0.25) == "25.0%")
    #expect(HTMLFormat.rate(Proportion(events: 0, trials: 0)) == "–")
    #expect(HTMLFormat.rate(Proportion(events: 0, trials: 10)) == "0.0% [0.0–27.8]")
    #expect(HTMLFormat.estimate(RiskRatioEstimate(ratio: 2.9, interval: 2.6...12.25)) == "2.90× (2.60–12.3)")
    #expect(HTMLFormat.estimate(nil) == "undefined")
    #expect(HTMLFormat.data(0.25) == "0.25" && HTMLFormat.data(1) == "1")
    #expect(HTMLFormat.clipped("a\nlong   name", limit: 20) == "a long name")
    #expect(HTMLFormat.clipped("abcdefghij", limit: 5) == "abcd…")
  }

  @Test("The log axis covers every interval, shows 1, and keeps its labels apart")
  func logScale() {
    let narrow = HTMLLogScale(covering: [0.8, 1.1, 1.6])
    #expect(narrow.lower == 0.5 && narrow.upper == 2 && narrow.ticks == [0.5, 1, 2])
    let wide = HTMLLogScale(covering: [0.026, 36.4])
    #expect(wide.lower == 0.02 && wide.upper == 50)
    #expect(wide.ticks == [0.02, 0.1, 0.5, 1, 2, 10, 50])
    #expect(wide.position(1, left: 0, width: 100) > 49 && wide.position(1, left: 0, width: 100) < 51)
    #expect(wide.position(1_000, left: 0, width: 100) == 100 && wide.position(0, left: 0, width: 100) == 0)
    let extreme = HTMLLogScale(covering: [0.0001, 5_000])
    #expect(extreme.lower == 0.01 && extreme.upper == 100 && extreme.isBelow(0.0001) && extreme.isAbove(5_000))
  }

  @Test("The same report renders to the same bytes")
  func deterministic() {
    let report = HTMLTestReports.sampleReport
    let renderer = HTMLReportRenderer()
    #expect(renderer.render(report) == renderer.render(report))
    #expect(renderer.render(report) == HTMLReportRenderer().render(HTMLTestReports.analyzeSample()))
  }
}
