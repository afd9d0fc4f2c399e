/// Reads a Jira XML export ("Export → XML", RSS 0.92): each issue is an
/// `rss/channel/item` (docs/formats.md, "Jira"), read and emitted one at a time.
struct JiraXMLReader: ContactReader {
  var options: IngestionOptions

  func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    if let banner = JiraBrowserBanner.length(in: try stream.peek(4096)) {
      try Self.skip(banner, of: stream)
      summary.note(
        "line 1 is a web browser's banner, not XML (the file was copied from a browser tab); it was skipped, "
          + "so line numbers below count from line 2")
    }
    let mapper = JiraItemMapper(provider: options.defaultProvider ?? Contact.unspecifiedProvider)
    let reader = XMLRecordReader(
      isRecord: { $0.count == 3 && $0[2] == "item" && $0[1] == "channel" },
      textLimit: options.maximumRecordBytes)
    try reader.read(stream, into: &summary) { item throws(FieldError) in
      emit(try mapper.contact(item))
    }
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
