import CallAuditModel

/// The reader of every JSON format: it splits the input into records
/// (``JSONRecordSplitter``), parses each (``JSONRecordParser``) and hands it to the
/// format's mapping, so a format supplies only where its records lie and how one
/// becomes a contact. Every record is counted accepted or rejected, with its line and why.
package struct JSONRecordReader: ContactReader {
  /// A record the mapping cannot take, and why (one sentence).
  package struct Refusal: Error {
    package var reason: String
    package init(_ reason: String) { self.reason = reason }
  }

  /// What a mapping knows of a record beyond its value.
  package struct Record {
    /// The provider of the input's contacts: `--provider`, else unspecified.
    package var provider: String
    /// The input's path (`-` for standard input).
    package var input: String
    /// The record's position among the input's records, from 1.
    package var number: Int
    /// The line the record starts on.
    package var line: Int
  }

  /// Turns one parsed record into a contact, or refuses it.
  package typealias Mapping = (JSONNode, Record) throws(Refusal) -> Contact

  let options: IngestionOptions
  /// Where a wrapping object holds the records (``JSONRecordSplitter``); empty when unwrapped.
  let recordsPath: [String]
  let mapping: Mapping

  package init(options: IngestionOptions, recordsAt path: [String] = [], mapping: @escaping Mapping) {
    self.options = options
    recordsPath = path
    self.mapping = mapping
  }

  package func read(
    _ stream: ByteStream, into summary: inout InputSummary, emit: (Contact) -> Void
  ) throws(InputError) {
    try Self.forEachRecord(in: stream, options: options, recordsAt: recordsPath, into: &summary, mapping: mapping, emit)
  }

  /// Reads each record of `stream` into a value of a format's choosing and hands it to
  /// `body`, counting it accepted, or rejects it with its line and why: for a format
  /// whose records are parts of contacts (events of a ticket), gathered by its own reader.
  package static func forEachRecord<Value>(
    in stream: ByteStream, options: IngestionOptions, recordsAt path: [String], into summary: inout InputSummary,
    mapping: (JSONNode, Record) throws(Refusal) -> Value, _ body: (Value) -> Void
  ) throws(InputError) {
    let limit = options.maximumRecordBytes
    var record = Record(
      provider: options.defaultProvider ?? Contact.unspecifiedProvider, input: stream.path, number: 0, line: 0)
    try JSONRecordSplitter.forEachPiece(in: stream, maximumRecordBytes: limit, recordsAt: path) { piece in
      switch piece {
      case .record(let bytes, let line):
        record.number += 1
        record.line = line
        let node: JSONNode
        do throws(JSONRecordParser.Failure) {
          node = try JSONRecordParser.parse(bytes, firstLine: line)
        } catch {
          return summary.reject(line: error.line, reason: "not well-formed JSON: \(error.reason)")
        }
        do throws(Refusal) {
          body(try mapping(node, record))
          summary.accept()
        } catch {
          summary.reject(line: line, reason: error.reason)
        }
      case .tooLarge(let line):
        record.number += 1
        summary.reject(line: line, reason: "a record larger than \(byteCountText(limit)) (the record-size limit)")
      case .cut(let line):
        summary.reject(line: line, reason: "the input ends inside a record: it was cut short")
      case .stray(let line, let reason):
        summary.reject(line: line, reason: reason)
      }
    }
  }
}
