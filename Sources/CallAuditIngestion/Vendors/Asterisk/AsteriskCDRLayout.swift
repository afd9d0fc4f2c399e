/// Where each CDR variable sits in an Asterisk CSV record, for the two modules
/// that write one without a header.
package struct AsteriskCDRLayout: Sendable {
  package var callerID: Int
  package var source: Int
  package var destinationChannel: Int
  package var start: Int
  package var answer: Int
  package var end: Int
  package var billableSeconds: Int
  package var disposition: Int
  /// Absent when the module was told not to log it.
  package var uniqueID: Int?
  /// Only in the post-1.8 columns (`newcdrcolumns`) or a custom template.
  package var linkedID: Int?
  package var sequence: Int?

  /// `cdr_csv` (Master.csv): accountcode, src, dst, dcontext, clid, channel,
  /// dstchannel, lastapp, lastdata, start, answer, end, duration, billsec,
  /// disposition, amaflags, then uniqueid and userfield (when logged), then
  /// peeraccount, linkedid and sequence (with `newcdrcolumns`).
  package static func cdrCSV(fieldCount: Int) -> AsteriskCDRLayout {
    AsteriskCDRLayout(
      callerID: 4, source: 1, destinationChannel: 6, start: 9, answer: 10, end: 11, billableSeconds: 13,
      disposition: 14, uniqueID: fieldCount >= 17 ? 16 : nil, linkedID: fieldCount >= 21 ? 19 : nil,
      sequence: fieldCount >= 21 ? 20 : nil)
  }

  /// Field counts `cdr_csv` writes: without uniqueid and userfield, with
  /// uniqueid only, with both, and with the post-1.8 columns.
  package static let cdrCSVFieldCounts: Set<Int> = [16, 17, 18, 21]

  /// The stock `cdr_custom.conf` template: clid, src, dst, dcontext, channel,
  /// dstchannel, lastapp, lastdata, start, answer, end, duration, billsec,
  /// disposition, amaflags, accountcode, uniqueid, userfield, sequence.
  package static let cdrCustom = AsteriskCDRLayout(
    callerID: 0, source: 1, destinationChannel: 5, start: 8, answer: 9, end: 10, billableSeconds: 12,
    disposition: 13, uniqueID: 16, linkedID: nil, sequence: 18)
}
