import CallAuditModel

/// Reads a JSON input record by record for a reader that turns each record into a
/// contact: every record is counted accepted or rejected, with its line and why.
package enum JSONRecordReading {
  /// A record the reader cannot take, and why (one sentence).
  package struct Refusal: Error {
    package var reason: String
    package init(_ reason: String) { self.reason = reason }
  }

  /// Splits `stream` into records (``JSONRecordSplitter``), parses each
  /// (``JSONRecordParser``) and hands it to `contact`; a contact is emitted and
  /// accepted, anything else rejected with its line.
  /// - Parameter path: where a wrapping object holds the records (``JSONRecordSplitter``).
  package static func read(
    _ stream: ByteStream, into summary: inout InputSummary, maximumRecordBytes: Int, recordsAt path: [String] = [],
    contact: (JSONNode) throws(Refusal) -> Contact, emit: (Contact) -> Void
  ) throws(InputError) {
    try JSONRecordSplitter.forEachPiece(in: stream, maximumRecordBytes: maximumRecordBytes, recordsAt: path) { piece in
      switch piece {
      case .record(let bytes, let line):
        let node: JSONNode
        do throws(JSONRecordParser.Failure) {
          node = try JSONRecordParser.parse(bytes, firstLine: line)
        } catch {
          return summary.reject(line: error.line, reason: "not well-formed JSON: \(error.reason)")
        }
        do throws(Refusal) {
          emit(try contact(node))
          summary.accept()
        } catch {
          summary.reject(line: line, reason: error.reason)
        }
      case .tooLarge(let line):
        summary.reject(line: line, reason: "a record larger than \(byteCountText(maximumRecordBytes)) (the record-size limit)")
      case .cut(let line):
        summary.reject(line: line, reason: "the input ends inside a record: it was cut short")
      case .stray(let line, let reason):
        summary.reject(line: line, reason: reason)
      }
    }
  }
}
