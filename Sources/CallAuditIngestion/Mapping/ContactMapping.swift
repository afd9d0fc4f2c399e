import CallAuditModel

/// How to read an export that callaudit has no reader for: which column (CSV),
/// element path (XML) or member path (JSON) holds which canonical field, how
/// the export spells statuses and sourcing, which sites are outsourced, and
/// what is constant.
///
/// Loaded from a YAML mapping file (`--mapping FILE`, docs/formats.md) by
/// ``init(contentsOfFile:)``; every mistake in the file is a ``ConfigurationError``
/// with its line.
public struct ContactMapping: Sendable {
  /// How the records are laid out.
  public enum Layout: Sendable, Equatable {
    /// One record per CSV row. Columns are named by the header row, or numbered
    /// from 1 when `header` is false.
    case csv(delimiter: UInt8, header: Bool)
    /// One record per element at `recordPath` (local names from the root down).
    case xml(recordPath: [String])
    /// One record per element of the array at `recordsPath` (keys from the
    /// top-level object down), or, when it is empty, per element of a top-level
    /// array, line of JSON Lines or top-level value.
    case json(recordsPath: [String])
  }

  /// Where one value comes from: one or more columns or paths, joined with a
  /// space when several hold a value (`opened_at: [Date, Time]`).
  package struct Source: Sendable {
    /// The column names, column numbers, XML paths or JSON paths as written.
    package var references: [String]
    /// The mapping file line, for errors that only the input can reveal.
    package var line: Int?
  }

  /// A canonical field read from the export.
  package struct FieldRule: Sendable {
    /// The field filled.
    package var field: CanonicalField
    /// Where its value comes from.
    package var source: Source
  }

  /// A turn of the transcript read from a column or path, in speaking order.
  package struct TurnRule: Sendable {
    /// Who says the text found.
    package var speaker: Speaker
    /// Where the text comes from.
    package var source: Source
  }

  /// The mapping file's path, for notes and errors.
  public let file: String
  /// How the records are laid out.
  public let layout: Layout
  /// The provider of every contact whose record names none.
  public let provider: String?
  /// How all-numeric dates such as `05/03/2024` are read (`--date-order` replaces it).
  public internal(set) var dateOrder: Timestamp.DateOrder
  /// Whether contacts without an id column are identified by their line.
  public let rowIDs: Bool
  /// Sourcing by site, for records that name a site but not its sourcing.
  public let sites: SiteDirectory

  /// The fields read, in the mapping file's order.
  package let fields: [FieldRule]
  /// The turns read, in the mapping file's order.
  package let turns: [TurnRule]
  /// Export spellings (folded: trimmed, lower-cased) to canonical ones, per field.
  package let values: [CanonicalField: [String: String]]

  /// Creates a mapping from parts already checked (by the YAML reader).
  package init(
    file: String, layout: Layout, provider: String?, dateOrder: Timestamp.DateOrder, rowIDs: Bool,
    sites: SiteDirectory, fields: [FieldRule], turns: [TurnRule], values: [CanonicalField: [String: String]]
  ) {
    self.file = file
    self.layout = layout
    self.provider = provider
    self.dateOrder = dateOrder
    self.rowIDs = rowIDs
    self.sites = sites
    self.fields = fields
    self.turns = turns
    self.values = values
  }

  /// Whether the mapping reads any transcript text.
  public var suppliesText: Bool { !turns.isEmpty || fields.contains { $0.field == .transcript } }
  /// Whether the mapping can say whether a contact's site is outsourced.
  public var suppliesSourcing: Bool { !sites.isEmpty || fields.contains { $0.field == .sourcing } }

  /// The canonical spelling of `text` for `field`, when the mapping's value map lists it.
  package func mappedValue(_ text: String, for field: CanonicalField) -> String? {
    values[field]?[Self.fold(text)]
  }

  /// How value-map keys are compared: trimmed and lower-cased.
  package static func fold(_ text: String) -> String { text.trimmingASCIIWhitespace().lowercased() }
}
