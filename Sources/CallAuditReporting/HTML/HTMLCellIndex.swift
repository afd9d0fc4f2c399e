import CallAuditMetrics

/// Which breakdown cell each flagged contact quoted on the page falls in, and the
/// anchors that tie them together without scripts: `cell-N` is the Nth cell's table row
/// (in the breakdown's order), `cell-N-flagged` its list of flagged contacts, and
/// `flagged-K` the Kth contact quoted (``HTMLFlaggedSection``).
///
/// Only contacts the page quotes are linked; a cell's other flagged contacts are counted
/// as not listed (the page quotes at most ``HTMLFlaggedSection/limit``, and the run may
/// have kept fewer with `--flagged-limit`).
struct HTMLCellIndex {
  /// A cell's identity: its provider and its values, as flagged contacts carry them.
  struct Key: Hashable {
    var provider: String
    var values: [BreakdownCell.Value]
  }

  /// The breakdown indexed.
  let breakdown: BreakdownReport
  /// Flagged contacts in all, listed on the page or not.
  let flaggedTotal: Int
  /// Flagged contacts the page quotes.
  let quoted: Int
  /// Whether the page lists each cell's flagged contacts (``HTMLCellDrilldown``); a
  /// comparison page quotes no contact, so its rows, bars and points link to the rows.
  let drillsDown: Bool
  /// Each cell's number (1-based, in the breakdown's order).
  private let numbers: [Key: Int]
  /// Per cell number, the positions (1-based) of the quoted contacts that fall in it.
  private let contacts: [Int: [(position: Int, contactID: String, lost: Bool)]]

  /// Indexes `report`'s breakdown and the flagged contacts its HTML page quotes; with
  /// `drillsDown` false the page quotes none and lists no cell's contacts.
  init(_ report: AnalysisReport, breakdown: BreakdownReport, drillsDown: Bool) {
    self.breakdown = breakdown
    self.drillsDown = drillsDown
    flaggedTotal = report.flaggedTotal
    var numbers: [Key: Int] = [:]
    for (index, cell) in breakdown.cells.enumerated() {
      numbers[Key(provider: cell.provider, values: cell.values)] = index + 1
    }
    quoted = min(report.flagged.count, drillsDown ? HTMLFlaggedSection.limit : 0)
    var contacts: [Int: [(position: Int, contactID: String, lost: Bool)]] = [:]
    for (index, contact) in report.flagged.prefix(quoted).enumerated() {
      guard let values = contact.cell,
            let number = numbers[Key(provider: contact.measure.provider, values: values)]
      else { continue }
      contacts[number, default: []].append((index + 1, contact.measure.contactID, contact.measure.lost))
    }
    self.numbers = numbers
    self.contacts = contacts
  }

  /// Where a link to `cell` (numbered `number`) goes: its list of flagged contacts when the
  /// page has one, else its table row.
  func target(of cell: BreakdownCell, number: Int) -> String {
    hasList(cell) ? Self.listID(number) : Self.rowID(number)
  }

  /// Whether the page lists `cell`'s flagged contacts.
  func hasList(_ cell: BreakdownCell) -> Bool { drillsDown && cell.flagged > 0 }

  /// The number of `cell`, if it is in the breakdown.
  func number(of cell: BreakdownCell) -> Int? { number(provider: cell.provider, values: cell.values) }

  /// The quoted contacts in cell `number`, in the page's order.
  func quotedContacts(inCell number: Int) -> [(position: Int, contactID: String, lost: Bool)] {
    contacts[number] ?? []
  }

  /// The number of the cell a flagged contact with `values` of `provider` falls in.
  func number(provider: String, values: [BreakdownCell.Value]) -> Int? {
    numbers[Key(provider: provider, values: values)]
  }

  /// The anchor of cell `number`'s table row.
  static func rowID(_ number: Int) -> String { "cell-\(number)" }
  /// The anchor of cell `number`'s list of flagged contacts.
  static func listID(_ number: Int) -> String { "cell-\(number)-flagged" }
  /// The anchor of the quoted contact at `position` (1-based).
  static func contactID(_ position: Int) -> String { "flagged-\(position)" }

  /// A cell's values as one label: `Manila · 2025-W07`.
  static func label(_ cell: BreakdownCell) -> String {
    cell.values.map(\.label).joined(separator: " · ")
  }

  /// The colour series of a cell: `outsourced` or `in-house` when all its contacts are, else `all`.
  static func series(_ cell: BreakdownCell) -> String {
    cell.contacts > 0 && cell.outsourced == cell.contacts ? "outsourced"
      : cell.contacts > 0 && cell.inHouse == cell.contacts ? "in-house" : "all"
  }
}
