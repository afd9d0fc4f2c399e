import CallAuditModel

/// Reads one input format into canonical contacts, record by record.
///
/// A reader never holds more than the record in hand: each contact is handed
/// to `emit` as soon as it is complete. Malformed records are counted and
/// described in the summary; problems that make the rest of the input
/// unreadable are thrown.
package protocol ContactReader {
  /// Reads everything `stream` yields.
  /// - Throws: ``InputError`` when the rest of the input cannot be read.
  func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError)
}

/// Settings that apply to every reader.
public struct IngestionOptions: Sendable {
  /// The provider for contacts whose export names none.
  public var defaultProvider: String?
  /// The provider of each input named here, by its path as named (a file, a folder
  /// for every file under it, or `-`), for contacts whose export names none
  /// (`--provider NAME=PATH`); it takes the place of ``defaultProvider`` for that input.
  public var inputProviders: [String: String] = [:]
  /// The largest record accepted, in bytes: one CSV record, or the text of one
  /// XML record. Memory for reading grows to a small multiple of it, never more.
  public var maximumRecordBytes: Int
  /// Sourcing by site, for contacts whose export names the site but not its sourcing.
  public var sites: SiteDirectory
  /// How to read every input, overriding detection (`--mapping FILE`).
  public var mapping: ContactMapping?
  /// The CSV field delimiter of every input (`--delimiter`); `nil` to read it
  /// off each input's header line.
  public var delimiter: UInt8?
  /// How to read all-numeric dates in every input (`--date-order`); `nil` to
  /// tell from each input's values.
  public var dateOrder: Timestamp.DateOrder?
  /// The run's Amazon Connect contact records, for its Contact Lens files
  /// (``ConnectContactJoin/prepare(paths:format:options:)``); `nil` when there is nothing to join.
  public var connectContacts: ConnectContactJoin?

  /// 64 MiB: far beyond any real transcript, yet small enough that a quote that
  /// never closes stops reading long before memory runs short (docs/security.md).
  public static let defaultMaximumRecordBytes = 64 << 20

  /// Creates options; the defaults suit ordinary exports.
  public init(
    defaultProvider: String? = nil, maximumRecordBytes: Int = IngestionOptions.defaultMaximumRecordBytes, sites: SiteDirectory = SiteDirectory(),
    mapping: ContactMapping? = nil, delimiter: UInt8? = nil, dateOrder: Timestamp.DateOrder? = nil,
    connectContacts: ConnectContactJoin? = nil
  ) {
    self.connectContacts = connectContacts
    self.delimiter = delimiter
    self.dateOrder = dateOrder
    self.defaultProvider = defaultProvider
    self.mapping = mapping
    self.sites = sites
    self.maximumRecordBytes = maximumRecordBytes
  }
}

extension IngestionOptions {
  /// The provider for the contacts of the input at `path` whose export names none:
  /// the ``inputProviders`` entry of the input itself or of the nearest folder
  /// holding it, else ``defaultProvider``.
  public func fallbackProvider(forInput path: String) -> String? {
    guard !inputProviders.isEmpty else { return defaultProvider }
    if let provider = inputProviders[path] { return provider }
    var best: (length: Int, provider: String)? = nil
    for (named, provider) in inputProviders {
      // A folder given with or without its trailing `/`; `/` itself holds every absolute path.
      let folder = named.hasSuffix("/") ? named : named + "/"
      guard path.hasPrefix(folder) else { continue }
      if best == nil || folder.count > best!.length { best = (folder.count, provider) }
    }
    return best?.provider ?? defaultProvider
  }

  /// These options for reading the input at `path`: its own provider, when it has one, as the default.
  public func forInput(_ path: String) -> IngestionOptions {
    guard !inputProviders.isEmpty else { return self }
    var options = self
    options.defaultProvider = fallbackProvider(forInput: path)
    return options
  }
}
