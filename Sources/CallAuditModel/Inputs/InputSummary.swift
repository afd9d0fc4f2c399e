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
  /// Why the input was not read at all, when its content showed it is no
  /// export (a text note, an Office lock file, the generator's labels, a copy
  /// of another input) or it is a FIFO, socket or device found in a folder.
  /// A skipped input has no records and is not a failure.
  public var skipped: String?
  /// The reasons records were rejected, by kind, for the sentence said when
  /// every record was rejected. Not part of the summary's JSON.
  public private(set) var rejections = RejectionTally()

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
  /// - Parameter hint: what the user could try when this is why every record
  ///   is rejected, e.g. `--date-order dmy`.
  public mutating func reject(line: Int, reason: String, hint: String? = nil) {
    rejected += 1
    if problems.count < Self.listedProblemLimit {
      problems.append(IngestionProblem(line: line, message: reason))
    }
    rejections.add(line: line, reason: reason, hint: hint)
  }

  /// Rewrites every problem message and note, e.g. to make them safe to display.
  public mutating func relabel(_ transform: (String) -> String) {
    problems = problems.map { IngestionProblem(line: $0.line, message: transform($0.message)) }
    notes = notes.map(transform)
    skipped = skipped.map(transform)
  }

  /// Adds a remark unless the same one was made already.
  public mutating func note(_ remark: String) {
    if !notes.contains(remark) { notes.append(remark) }
  }

  private enum CodingKeys: String, CodingKey {
    case path, format, compressed, accepted, rejected, problems, notes, stoppedBy, skipped, contentDigest, identicalTo
  }

  /// Summaries are equal when everything they report is; the tally of
  /// rejection kinds only serves the sentence made while reading.
  public static func == (a: InputSummary, b: InputSummary) -> Bool {
    a.path == b.path && a.format == b.format && a.compressed == b.compressed && a.accepted == b.accepted
      && a.rejected == b.rejected && a.problems == b.problems && a.notes == b.notes && a.stoppedBy == b.stoppedBy
      && a.skipped == b.skipped && a.contentDigest == b.contentDigest && a.identicalTo == b.identicalTo
  }
}

/// Rejected records counted by the kind of their reason — the message with its
/// quoted values and numbers left out — so that when every record of an input
/// is rejected, the commonest reason can be named with its count.
///
/// Bounded: at most ``limit`` kinds are told apart; later new kinds are only counted.
public struct RejectionTally: Sendable {
  /// One kind of reason: how many records had it, and the first of them.
  public struct Kind: Sendable {
    /// Records rejected for this kind of reason.
    public var count: Int
    /// The line of the first such record.
    public var line: Int
    /// The first such record's reason, as given.
    public var example: String
    /// What to try, when the reader knew.
    public var hint: String?
  }

  /// Kinds told apart at most.
  package static let limit = 32
  private var kinds: [String: Kind] = [:]
  private var order: [String] = []

  /// Counts one rejected record.
  package mutating func add(line: Int, reason: String, hint: String?) {
    guard !reason.isEmpty else { return }
    let key = Self.kind(of: reason)
    if var kind = kinds[key] {
      kind.count += 1
      if kind.hint == nil { kind.hint = hint }
      kinds[key] = kind
    } else if kinds.count < Self.limit {
      kinds[key] = Kind(count: 1, line: line, example: reason, hint: hint)
      order.append(key)
    }
  }

  /// The commonest kind; the earliest of equally common ones.
  public var commonest: Kind? {
    var best: Kind?
    for key in order {
      guard let kind = kinds[key] else { continue }
      if best == nil || kind.count > best!.count { best = kind }
    }
    return best
  }

  /// The reason without what varies between records: quoted values become
  /// `'…'` and runs of digits `#`.
  package static func kind(of reason: String) -> String {
    var out: [UInt8] = []
    var quoted = false
    var previous: UInt8 = 0
    for byte in reason.utf8 {
      if byte == UInt8(ascii: "'") {
        // An apostrophe inside a word ("customer's") is not a quote.
        if !quoted, previous.isASCIILetter { out.append(byte); previous = byte; continue }
        quoted.toggle()
        out.append(byte)
        if quoted { out.append(contentsOf: "…".utf8) }
      } else if !quoted {
        if byte.isASCIIDigit {
          if out.last != UInt8(ascii: "#") { out.append(UInt8(ascii: "#")) }
        } else {
          out.append(byte)
        }
      }
      previous = byte
    }
    return String(decoding: out, as: UTF8.self)
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
