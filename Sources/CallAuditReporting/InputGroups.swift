import CallAuditMetrics
import CallAuditModel

/// The inputs of a run as reports list them: each one, or — past ``listedInputs`` —
/// those with something to say (problems, notes, a stop, a skip, a copy of another)
/// one by one and the rest in one line per format, since a folder of one file per
/// call would otherwise list 100,000 files that each say "1 record, 1 accepted".
struct InputGroups {
  /// The most inputs listed one by one when none has anything to say.
  static let listedInputs = 25

  /// The inputs with nothing to say, together, of one format.
  struct Group {
    var format: String
    var inputs = 0
    var records = 0
    var accepted = 0
    var coverage = InputCoverage()
  }

  /// The indices of the inputs listed one by one, in input order.
  private(set) var listed: [Int] = []
  /// The others, by format in the order first met.
  private(set) var groups: [Group] = []

  init(_ report: AnalysisReport) {
    guard report.inputs.count > Self.listedInputs else {
      listed = Array(report.inputs.indices)
      return
    }
    var groupIndex: [String: Int] = [:]
    for (index, input) in report.inputs.enumerated() {
      guard Self.isPlain(input), IdentityNotes.showsCoverage(report, at: index), let format = input.format else {
        listed.append(index)
        continue
      }
      let name = format.rawValue + (input.compressed ? ", gzip" : "")
      let slot = groupIndex[name] ?? {
        groupIndex[name] = groups.count
        groups.append(Group(format: name))
        return groups.count - 1
      }()
      groups[slot].inputs += 1
      groups[slot].records += input.records
      groups[slot].accepted += input.accepted
      groups[slot].coverage.merge(report.inputCoverage[index])
    }
  }

  private static func isPlain(_ input: InputSummary) -> Bool {
    input.skipped == nil && input.stoppedBy == nil && input.identicalTo == nil && input.rejected == 0
      && input.problems.isEmpty && input.notes.isEmpty
  }

  /// `100000 contact-lens inputs: 100000 records, all accepted`.
  static func headline(_ group: Group) -> String {
    "\(group.inputs) \(group.format) inputs: \(group.records) record\(group.records == 1 ? "" : "s"), all accepted"
  }
}
