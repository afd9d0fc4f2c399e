import CallAuditModel

/// What must hold after reading any input, however broken: every record is
/// accepted or rejected, every accepted record reaches the metrics, and every
/// problem points at a line of the input (docs/security.md).
///
/// The fuzzers (`Tests/Fuzz`) and the property tests check these after each input.
public enum InputAccounting {
  /// Formats whose records are whole contacts. In the others a record is one
  /// message, comment or update, and several make one contact (docs/formats.md),
  /// so fewer contacts than accepted records come out.
  public static let recordPerContact: Set<InputFormat> = [
    .canonicalCSV, .canonicalXML, .asteriskCDRCSV, .asteriskCDRCustom, .freeSWITCHCDRCSV, .freeSWITCHXMLCDR,
    .zendeskXML, .zendeskCSV, .zendeskJSON, .freshdeskCSV, .freshdeskJSON, .gorgiasTickets, .jiraXML,
    .jiraCSV, .mapping,
  ]

  /// The rules `summary` breaks, one sentence each; empty when all hold.
  /// - Parameters:
  ///   - summary: what reading `input` reported.
  ///   - emittedContacts: how many contacts the reader handed on.
  ///   - input: the bytes read (gzip-compressed input skips the line check).
  public static func violations(of summary: InputSummary, emittedContacts: Int, input: [UInt8]) -> [String] {
    var broken: [String] = []
    if let format = summary.format, recordPerContact.contains(format) {
      if emittedContacts != summary.accepted {
        broken.append("\(emittedContacts) contacts came out of \(summary.accepted) accepted records")
      }
    } else if emittedContacts > summary.accepted {
      broken.append("\(emittedContacts) contacts came out of only \(summary.accepted) accepted records")
    }
    if summary.problems.count != min(summary.rejected, InputSummary.listedProblemLimit) {
      broken.append("\(summary.problems.count) problems are listed for \(summary.rejected) rejected records")
    }
    if !input.starts(with: [0x1F, 0x8B]) {
      let lines = lineCount(input)
      for problem in summary.problems where problem.line < 1 || problem.line > lines + 1 {
        broken.append("a problem names line \(problem.line) of an input of \(lines) lines")
      }
    }
    return broken
  }

  /// Lines as the readers count them: LF, CRLF and a lone CR each end one.
  public static func lineCount(_ bytes: [UInt8]) -> Int {
    var lines = 1
    for index in bytes.indices {
      if bytes[index] == UInt8(ascii: "\n") {
        lines += 1
      } else if bytes[index] == UInt8(ascii: "\r"), index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n") {
        lines += 1
      }
    }
    return lines
  }
}
