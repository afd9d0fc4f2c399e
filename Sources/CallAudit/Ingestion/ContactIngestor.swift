/// Reads one input of any known format into contacts: opens it, detects the
/// format from its content (unless one is named), and runs the matching reader.
public struct ContactIngestor: Sendable {
  /// Settings passed to every reader.
  public var options: IngestionOptions

  /// Creates an ingestor.
  public init(options: IngestionOptions = IngestionOptions()) {
    self.options = options
  }

  /// Reads `path` (`-` for standard input), handing each accepted contact to `emit`.
  ///
  /// Never throws: a file that cannot be opened or read to the end is described
  /// by the summary's ``InputSummary/stoppedBy``, with the contacts before the
  /// failure already emitted.
  public func ingest(
    path: String, format named: InputFormat? = nil,
    progress: ((_ bytesRead: UInt64, _ contacts: Int) -> Void)? = nil, emit: (Contact) -> Void
  ) -> InputSummary {
    var summary = InputSummary(path: path, format: named)
    do throws(InputError) {
      let stream = try ByteStream(path: path)
      let prefix = try stream.peek(1 << 16)
      summary.compressed = stream.isCompressed
      if prefix.isEmpty { throw .empty(path: path) }
      guard let format = named ?? InputFormat.detect(prefix: prefix) else {
        throw .unrecognizedFormat(path: path)
      }
      summary.format = format
      let sites = options.sites
      guard let progress else {
        try reader(for: format).read(stream, into: &summary) { contact in
          if sites.isEmpty { return emit(contact) }
          var contact = contact
          sites.apply(to: &contact)
          emit(contact)
        }
        return summary
      }
      var count = 0
      // Reporting every few thousand contacts keeps the cost out of the hot path.
      try reader(for: format).read(stream, into: &summary) { contact in
        if sites.isEmpty {
          emit(contact)
        } else {
          var contact = contact
          sites.apply(to: &contact)
          emit(contact)
        }
        count &+= 1
        if count & 4095 == 0 { progress(stream.rawBytesRead, count) }
      }
      progress(stream.rawBytesRead, count)
    } catch {
      summary.stoppedBy = error
    }
    return summary
  }

  private func reader(for format: InputFormat) -> any ContactReader {
    format.reader(options: options)
  }
}
