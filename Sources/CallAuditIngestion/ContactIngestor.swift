import CallAuditModel

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
    let stream: ByteStream
    do throws(InputError) {
      stream = try ByteStream(path: path)
    } catch {
      var summary = InputSummary(path: path, format: named)
      summary.stoppedBy = error
      return summary
    }
    return ingest(stream, format: named, progress: progress, emit: emit)
  }

  /// Reads an opened stream (a file, or bytes in memory), handing each accepted
  /// contact to `emit`; never throws, like ``ingest(path:format:progress:emit:)``.
  public func ingest(
    _ stream: ByteStream, format named: InputFormat? = nil,
    progress: ((_ bytesRead: UInt64, _ contacts: Int) -> Void)? = nil, emit: (Contact) -> Void
  ) -> InputSummary {
    let path = stream.path
    var summary = InputSummary(path: path, format: named)
    do throws(InputError) {
      let prefix = try stream.peek(1 << 16)
      summary.compressed = stream.isCompressed
      if prefix.isEmpty { throw .empty(path: path) }
      // Binary files first: some would pass for UTF-16 or Windows-1252 text.
      if let verdict = ContentCheck.binary(prefix) {
        try Self.apply(verdict, to: &summary)
        return summary
      }
      let encoding = try TextEncoding.detect(prefix: prefix, path: path)
      // Detection reads the sample as the reader will see it: decoded.
      let decoded = encoding == .windows1252 ? Windows1252.transcode(prefix) : prefix
      let sample = FormatSample(prefix: decoded, delimiter: options.delimiter)
      // callaudit's own outputs have a contact_id column but hold no contacts.
      if let verdict = ContentCheck.ownOutput(sample) {
        try Self.apply(verdict, to: &summary)
        return summary
      }
      guard let format = try chooseFormat(named: named, sample: sample, path: path) else {
        // A --delimiter that hides a format the header's own delimiter shows.
        let own = FormatSample(prefix: decoded)
        if let given = options.delimiter, own.delimiter != given, let format = InputFormat.detect(own) {
          throw .notReadable(
            path: path,
            reason: "split at \(CSVDialect.name(given)) (--delimiter) the header line is no format callaudit knows; "
              + "split at \(CSVDialect.name(own.delimiter)) it is \(format.rawValue): "
              + "try --delimiter \(CSVDialect.name(own.delimiter)), or leave --delimiter out")
        }
        try Self.apply(ContentCheck.unrecognized(sample), to: &summary)
        return summary
      }
      stream.decodeText(as: encoding)
      if let note = encoding.note { summary.note(note) }
      summary.format = format
      let sites = options.sites
      var count = 0
      try format.reader(options: options.forInput(path)).read(stream, into: &summary) { contact in
        var contact = contact
        sites.apply(to: &contact)
        emit(contact)
        count &+= 1
        // Reporting every few thousand contacts keeps the cost out of the hot path.
        if let progress, count & 4095 == 0 { progress(stream.rawBytesRead, count) }
      }
      progress?(stream.rawBytesRead, count)
      summary.contentDigest = stream.contentDigest
      if summary.records == 0 { summary.note(Self.noRecordsNote(format)) }
      // An input that gave nothing but rejections was not read, whatever else
      // the run read: say why, with the commonest reason and what to try.
      if summary.accepted == 0, let commonest = summary.rejections.commonest {
        throw .everyRecordRejected(
          path: path, records: summary.rejected, count: commonest.count, line: commonest.line,
          reason: commonest.example, hint: commonest.hint)
      }
    } catch {
      summary.stoppedBy = error
    }
    Self.noteReplacements(in: stream, to: &summary)
    return summary
  }

  /// Skips the input, or stops it with the sentence saying what it holds.
  private static func apply(_ verdict: ContentCheck.Verdict, to summary: inout InputSummary) throws(InputError) {
    switch verdict {
    case .skip(let reason): summary.skipped = reason
    case .refuse(let reason): throw .notReadable(path: summary.path, reason: reason)
    }
  }

  /// Says plainly that a readable input held nothing to count, so an empty result is not a mystery.
  private static func noRecordsNote(_ format: InputFormat) -> String {
    "no records: the input was read as \(format.rawValue) but holds only a header or an empty document"
  }

  /// The named format; else the mapping's, when one is given; else the detected one.
  private func chooseFormat(named: InputFormat?, sample: FormatSample, path: String) throws(InputError) -> InputFormat? {
    if let named {
      if named == .mapping, options.mapping == nil { throw .mappingRequired(path: path) }
      return named
    }
    if options.mapping != nil { return .mapping }
    return InputFormat.detect(sample)
  }

  /// Says how many ill-formed UTF-8 sequences were replaced, and where the first was.
  private static func noteReplacements(in stream: ByteStream, to summary: inout InputSummary) {
    let count = stream.replacedSequences
    guard count > 0, let line = stream.firstReplacementLine else { return }
    let sequences = count == 1 ? "1 byte sequence that is not UTF-8 was" : "\(count) byte sequences that are not UTF-8 were"
    summary.note("\(sequences) replaced by U+FFFD (the first on line \(line))")
  }
}
