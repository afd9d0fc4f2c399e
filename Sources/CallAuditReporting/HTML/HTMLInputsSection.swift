import CallAuditMetrics
import CallAuditModel

/// What was read: per input its path, format, record counts, the listed
/// problems with their line numbers, notes, and where reading stopped; then the
/// settings the figures were computed with.
enum HTMLInputsSection {
  /// Writes the inputs table, each input's problems and notes, and the settings.
  static func write(_ report: AnalysisReport, to w: inout HTMLWriter) {
    let columns = [
      HTMLTable.Column(title: "Input"), HTMLTable.Column(title: "Format"),
      HTMLTable.Column(title: "Records", numeric: true), HTMLTable.Column(title: "Accepted", numeric: true),
      HTMLTable.Column(title: "Duplicates", numeric: true), HTMLTable.Column(title: "Updated", numeric: true),
      HTMLTable.Column(title: "Rejected", numeric: true), HTMLTable.Column(title: "Read to the end"),
    ]
    let rows = report.inputs.enumerated().map { index, input in
      guard input.skipped == nil else {
        return HTMLTable.Row(cells: [input.path, "skipped", "0", "0", "0", "0", "0", "not read"], className: "skipped")
      }
      let coverage = index < report.inputCoverage.count ? report.inputCoverage[index] : InputCoverage()
      return HTMLTable.Row(cells: [
        input.path, (input.format?.rawValue ?? "unknown") + (input.compressed ? ", gzip" : ""),
        String(input.records), String(input.accepted), String(coverage.duplicates), String(coverage.updated),
        String(input.rejected), input.stoppedBy == nil ? "yes" : "no",
      ], className: input.stoppedBy == nil ? nil : "stopped")
    }
    if report.inputs.isEmpty {
      w.element("p", text: "No inputs were read.")
    } else {
      HTMLTable(className: "inputs", caption: nil, columns: columns, rows: rows).write(to: &w)
    }
    for (index, input) in report.inputs.enumerated() {
      if let reason = input.skipped {
        w.element("div", [HTMLAttribute("class", "input-detail skipped"), HTMLAttribute("data-path", input.path)]) { w in
          w.element("h3") { w in w.element("code", text: input.path) }
          w.element("p", [HTMLAttribute("class", "meta note-line")], text: "Skipped: " + reason)
        }
        continue
      }
      let coverage = IdentityNotes.showsCoverage(report, at: index) ? report.inputCoverage[index] : nil
      guard coverage != nil || input.identicalTo != nil || !input.problems.isEmpty || !input.notes.isEmpty || input.stoppedBy != nil
      else { continue }
      w.element("div", [HTMLAttribute("class", "input-detail"), HTMLAttribute("data-path", input.path)]) { w in
        w.element("h3") { w in w.element("code", text: input.path) }
        if let identity = IdentityNotes.inputPhrase(report, at: index) {
          w.element("p", [HTMLAttribute("class", "meta identity")], text: identity)
        }
        if let filtered = FilterNotes.inputPhrase(report, at: index) {
          w.element("p", [HTMLAttribute("class", "meta filters")], text: filtered)
        }
        if let coverage { writeCoverage(coverage, format: input.format, to: &w) }
        if let stop = input.stoppedBy {
          w.element("p", [HTMLAttribute("class", "warning stopped")], text: stop.description)
        }
        if !input.problems.isEmpty {
          w.element("ul", [HTMLAttribute("class", "problems")]) { w in
            for problem in input.problems {
              w.element("li", [HTMLAttribute("data-line", problem.line)]) { w in
                w.element("code", text: "\(input.path):\(problem.line)")
                w.text(": " + problem.message)
              }
            }
            if input.problemCount > input.problems.count {
              w.element("li", [HTMLAttribute("class", "more")], text: "… and \(input.problemCount - input.problems.count) more problems")
            }
          }
        }
        for note in input.notes {
          w.element("p", [HTMLAttribute("class", "meta note-line")], text: "Note: " + note)
        }
      }
    }
    writeSettings(report.configuration, to: &w)
  }

  /// Which measures the input could supply: in full, partly, not at all.
  private static func writeCoverage(_ coverage: InputCoverage, format: InputFormat?, to w: inout HTMLWriter) {
    let parts = AvailabilityNotes.inputParts(coverage)
    w.element("ul", [HTMLAttribute("class", "coverage")]) { w in
      let read = format.map { "read as \($0.rawValue): " } ?? ""
      w.element("li", [HTMLAttribute("class", "supplied")], text: "\(read)\(coverage.contacts) contacts; supplies: \(parts.supplied)")
      for line in parts.partly { w.element("li", [HTMLAttribute("class", "partly")], text: "partly: " + line) }
      for line in parts.not { w.element("li", [HTMLAttribute("class", "not-supplied")], text: "cannot supply: " + line) }
    }
  }

  private static func writeSettings(_ configuration: AnalysisConfiguration, to w: inout HTMLWriter) {
    let window = configuration.repeatWindowSeconds
    let windowText = window % 86_400 == 0 ? "\(window / 86_400) days" : window % 3_600 == 0 ? "\(window / 3_600) hours" : "\(window) seconds"
    w.element("p", [HTMLAttribute("class", "meta settings")]) { w in
      w.text("Computed with: repeat window \(windowText); transfer gap \(configuration.transferGapSeconds / 60) minutes; ")
      w.text("script threshold \(HTMLFormat.data(configuration.scriptThreshold)); at least \(configuration.minimumArmContacts) contacts per arm for a verdict; ")
      w.text("resolution codes that do not resolve: " + configuration.resolutionPolicy.nonResolvingCodes.sorted().joined(separator: ", ") + ".")
    }
  }
}
