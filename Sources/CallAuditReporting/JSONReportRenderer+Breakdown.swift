import CallAuditMetrics

extension JSONReportRenderer {
  /// `breakdowns`: the dimensions, the limits and every cell (docs/json.md).
  static func breakdown(_ breakdown: BreakdownReport) -> JSONValue {
    .object([
      ("by", .array(breakdown.dimensions.map { .string($0.rawValue) })),
      ("minimum_contacts", .int(breakdown.minimumContacts)),
      ("cell_limit", .int(breakdown.cellLimit)),
      ("exceeded", .bool(breakdown.exceeded)),
      ("agents_named", .bool(breakdown.agentsNamed)),
      ("cells", .array(breakdown.cells.map { cell in
        .object([
          ("provider", .string(cell.provider)),
          ("values", .object(zip(breakdown.dimensions, cell.values).map { dimension, value in
            (dimension.rawValue, value.given ? .string(value.label) : .null)
          })),
          ("contacts", .int(cell.contacts)),
          ("outsourced", .int(cell.outsourced)),
          ("in_house", .int(cell.inHouse)),
          ("flagged", .int(cell.flagged)),
          ("lost", .int(cell.lost)),
          ("too_small", .bool(cell.tooSmall)),
          ("rates", .object(cell.rates.map { ($0.name.rawValue, rate($0)) })),
        ])
      })),
    ])
  }

  /// One outsourced site's comparisons with in-house, as a provider's (`outsourcing`, `also`).
  func site(_ comparison: SiteComparison) -> JSONValue {
    .object([
      ("site", comparison.site.map(JSONValue.string) ?? .null),
      ("contacts", .int(comparison.contacts)),
      ("outsourcing", self.comparison(comparison.outsourcing, sentence: SiteSentence.make(comparison))),
      ("also", .array(comparison.alsoCompared.map { self.comparison($0, sentence: SiteSentence.make(comparison, $0)) })),
    ])
  }
}
