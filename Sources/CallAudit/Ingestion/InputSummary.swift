/// What became of one input: how many records it held, which were accepted,
/// which were rejected and why, and whether reading stopped early.
///
/// The invariant `records == accepted + rejected` always holds.
public struct InputSummary: Sendable, Equatable, Codable {
  /// How many problems are listed per input; the count is always complete.
  public static let listedProblemLimit = 20

  /// The path as given (`-` for standard input).
  public var path: String
  /// The format the input was read as.
  public var format: InputFormat?
  /// Whether the input was gzip-compressed.
  public var compressed: Bool = false
  /// Records accepted as contacts.
  public private(set) var accepted: Int = 0
  /// Records skipped because they were malformed.
  public private(set) var rejected: Int = 0
  /// The first ``listedProblemLimit`` problems, in input order.
  public private(set) var problems: [IngestionProblem] = []
  /// Remarks that are not problems with a record (unknown columns, …), each once.
  public private(set) var notes: [String] = []
  /// Why reading stopped before the end, if it did; records before it are kept.
  public var stoppedBy: InputError?
  /// The digest of the whole content read (``ByteStream/contentDigest``); `nil` when
  /// reading stopped before the end.
  public var contentDigest: String?
  /// The earlier input of the same run whose content is identical: this one's records
  /// are all duplicates of that one's and are not measured again.
  public var identicalTo: Int?

  /// Records seen: accepted plus rejected.
  public var records: Int { accepted + rejected }
  /// Problems in all, listed or not.
  public var problemCount: Int { rejected }

  /// Creates an empty summary for `path`.
  public init(path: String, format: InputFormat? = nil) {
    self.path = path
    self.format = format
  }

  /// Counts one accepted record.
  public mutating func accept() { accepted += 1 }

  /// Counts one rejected record and lists the reason while under the limit.
  public mutating func reject(line: Int, reason: String) {
    rejected += 1
    if problems.count < Self.listedProblemLimit {
      problems.append(IngestionProblem(line: line, message: reason))
    }
  }

  /// Rewrites every problem message and note, e.g. to make them safe to display.
  public mutating func relabel(_ transform: (String) -> String) {
    problems = problems.map { IngestionProblem(line: $0.line, message: transform($0.message)) }
    notes = notes.map(transform)
  }

  /// Adds a remark unless the same one was made already.
  public mutating func note(_ remark: String) {
    if !notes.contains(remark) { notes.append(remark) }
  }
}

/// A malformed record: where it starts and what is wrong with it.
public struct IngestionProblem: Sendable, Hashable, Codable {
  /// The 1-based line on which the record starts.
  public var line: Int
  /// One sentence saying what is wrong.
  public var message: String

  /// Creates a problem.
  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }
}
