import CallAuditModel

/// Rejections gathered out of input order — a joined record can only be judged
/// when the input ends — and handed to the summary in line order.
///
/// Only the problems the summary lists are kept (the lowest lines); the rest
/// are counted, so memory stays bounded however many records are rejected.
package struct RejectionLedger {
  private var listed: [IngestionProblem] = []
  private var unlisted = 0

  /// Records one rejected record.
  package mutating func add(line: Int, reason: String) {
    let problem = IngestionProblem(line: line, message: reason)
    // Stable: a later rejection on the same line goes after the earlier ones.
    let index = listed.firstIndex { $0.line > line } ?? listed.endIndex
    listed.insert(problem, at: index)
    if listed.count > InputSummary.listedProblemLimit {
      listed.removeLast()
      unlisted += 1
    }
  }

  /// Rejects every recorded record in `summary`, the listed ones first in line
  /// order, and empties the ledger.
  package mutating func flush(into summary: inout InputSummary) {
    for problem in listed { summary.reject(line: problem.line, reason: problem.message) }
    // Beyond the summary's list, only the count matters.
    for _ in 0..<unlisted { summary.reject(line: 0, reason: "") }
    listed = []
    unlisted = 0
  }
}
