import CallAuditMetrics

/// The script lines found per provider — what "the agent read a script" means
/// in this data — most widely heard first, collapsed by default.
enum HTMLScriptsSection {
  /// The most lines listed per provider.
  static let perProvider = 15

  /// Writes one `<details class="scripts">` per provider with script lines.
  static func write(_ scripts: [ScriptLine], to w: inout HTMLWriter) {
    var providers: [String] = []
    for line in scripts where !providers.contains(line.provider) { providers.append(line.provider) }
    if providers.isEmpty {
      w.element("p", text: "No script lines were found.")
      return
    }
    for provider in providers {
      let lines = scripts.filter { $0.provider == provider }
      w.element("details", [HTMLAttribute("class", "scripts"), HTMLAttribute("data-provider", provider)]) { w in
        let shown = min(lines.count, perProvider)
        w.element("summary", text: "\(provider): \(HTMLFormat.plural(lines.count, "script line"))" + (shown < lines.count ? ", the \(shown) most heard" : ""))
        HTMLTable(
          className: "script-table", caption: nil,
          columns: [HTMLTable.Column(title: "Line"), HTMLTable.Column(title: "Customers who heard it", numeric: true)],
          rows: lines.prefix(shown).map { HTMLTable.Row(cells: [$0.text + ($0.known ? " (given)" : ""), String($0.customers)]) }
        ).write(to: &w)
      }
      w.newline()
    }
  }
}
