import CallAuditReporting
import CallAuditSystem

/// Renders an audit run's report in each configured format and writes the files atomically.
public enum AuditReports {
  /// Writes every target of `configuration`.
  /// - Throws: ``OutputError`` for the first file that cannot be written.
  public static func write(_ outcome: AuditOutcome, to targets: [ReportTarget]) throws(OutputError) {
    for target in targets {
      try OutputFile.createFolders(above: target.path)
      try OutputFile.write(render(outcome, as: target.format), to: target.path)
    }
  }

  /// The report in `format`: the analysis of the window with the run, its
  /// breaches and the trend added.
  public static func render(_ outcome: AuditOutcome, as format: ReportTarget.Format) -> String {
    let digest = AuditDigestRenderer()
    switch format {
    case .html:
      return HTMLReportRenderer().render(outcome.report, audit: outcome.digest)
    case .json:
      guard case .object(var keys) = JSONReportRenderer().document(outcome.report) else { return "" }
      keys.append(("audit", digest.json(outcome.digest)))
      return JSONValue.object(keys).serialized()
    case .markdown:
      return digest.markdown(outcome.digest) + MarkdownReportRenderer().render(outcome.report)
    case .text:
      return digest.text(outcome.digest) + "\n" + TextReportRenderer(colour: false, width: nil).render(outcome.report)
    }
  }
}
