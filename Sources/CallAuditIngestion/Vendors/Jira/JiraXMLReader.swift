import CallAuditModel

/// Reads a Jira XML export ("Export → XML", RSS 0.92): each issue is an
/// `rss/channel/item` (docs/formats.md, "Jira"), read and emitted one at a time.
package struct JiraXMLReader: ContactReader {
  package var options: IngestionOptions

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    let banner = JiraBrowserBanner.length(in: try stream.peek(4096))
    if let banner {
      try Self.skip(banner, of: stream)
      summary.note("line 1 is a web browser's banner, not XML (the file was copied from a browser tab); it was skipped")
    }
    let mapper = JiraItemMapper(provider: options.defaultProvider ?? Contact.unspecifiedProvider)
    let reader = XMLRecordReader(
      isRecord: { $0.count == 3 && $0[2] == "item" && $0[1] == "channel" },
      textLimit: options.maximumRecordBytes)
    do {
      try reader.read(stream, into: &summary) { item throws(FieldError) in
        emit(try mapper.contact(item))
      }
    } catch {
      if banner != nil { Self.noteLineOffset(in: &summary) }
      throw error
    }
    if banner != nil, summary.rejected > 0 { Self.noteLineOffset(in: &summary) }
  }

  /// libxml2 counts lines from where it started, one line after the banner.
  private static func noteLineOffset(in summary: inout InputSummary) {
    summary.note("lines in this input's problems count from line 2 of the file, after the banner (add 1)")
  }

  /// Consumes `count` bytes that are already in the stream's lookahead.
  private static func skip(_ count: Int, of stream: ByteStream) throws(InputError) {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 1)
    defer { buffer.deallocate() }
    var consumed = 0
    while consumed < count {
      let n = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[consumed...]))
      if n == 0 { break }
      consumed += n
    }
  }
}
