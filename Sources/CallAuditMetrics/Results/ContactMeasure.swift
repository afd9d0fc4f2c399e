import CallAuditModel
import CallAuditText

/// Every per-contact measure, as written by `--contacts-out` and used for the
/// flagged list.
public struct ContactMeasure: Sendable, Hashable, Codable {
  /// Whether the customer came back about the same thing within the window.
  public enum RepeatStatus: Sendable, Hashable, Codable {
    /// Yes: the id of the contact that repeated it.
    case repeated(by: String)
    /// No, and the whole window was observed.
    case notRepeated
    /// The window runs past the end of the data; left out of repeat and FCR rates.
    case censored
    /// No customer id or no time; left out of repeat and FCR rates.
    case notMeasurable

    /// The label used in CSV and JSON.
    public var label: String {
      switch self {
      case .repeated: "repeated"
      case .notRepeated: "not-repeated"
      case .censored: "censored"
      case .notMeasurable: "not-measurable"
      }
    }
  }

  public var contactID: String
  public var provider: String
  public var sourcing: Sourcing
  public var category: String?
  public var channel: String?
  /// Every reason the contact counts as unresolved; empty when it does not.
  public var unresolvedReasons: [UnresolvedReason]
  public var repeatStatus: RepeatStatus
  /// The contact it was passed to within the transfer gap, if one was seen.
  public var transferredTo: String?
  /// Share of the agent's words that are script, 0…1; `nil` without agent text.
  public var scriptScore: Double?
  /// Whether the agent engaged with this customer — took up their specifics, stated a value
  /// of their case, or said something of their own at answer length; `nil` without agent text.
  public var responsive: Bool?
  /// Script score at or above the threshold, and no specific answer.
  public var scripted: Bool
  /// The customer says they will leave, or the category/resolution records it.
  public var churnRisk: Bool
  /// Scripted and unresolved.
  public var flagged: Bool
  /// Flagged, with churn risk in the same contact or in its repeat.
  public var lost: Bool
  /// How the conversation ended; `nil` without transcript text.
  public var outcome: ConversationOutcome? = nil
  /// Whether the contact's whole repeat window lies inside the data (docs/metrics.md,
  /// "Censoring"). A repeat seen in a window that runs past the end is still a repeat (the
  /// customer came back: the contact is unresolved), but not counted in the repeat and FCR
  /// rates, where it would stand for the late contacts whose customers had no time to.
  public var repeatWindowObserved = true
  /// The contact's site, team, agent and week for the CSV outputs' pivot columns, when a
  /// breakdown is asked for (`--by`); `nil` otherwise.
  public var pivot: Pivot? = nil

  /// What a spreadsheet pivots the CSV outputs on (`--by`): each value as the
  /// breakdown's cells show it, `nil` when the export does not give it.
  public struct Pivot: Sendable, Hashable, Codable {
    public var site: String?
    public var team: String?
    /// A pseudonym (`agent-3f9a2c1d`) unless agents are shown (`--show-agents`).
    public var agent: String?
    /// The ISO week of the opening time, in UTC: `2025-W07`.
    public var week: String?

    /// Creates the pivot values.
    public init(site: String?, team: String?, agent: String?, week: String?) {
      self.site = site
      self.team = team
      self.agent = agent
      self.week = week
    }
  }

  /// Whether the contact counts as unresolved.
  public var unresolved: Bool { !unresolvedReasons.isEmpty }

  /// The repeat status as the repeat and FCR rates count it: a repeat in a window that runs
  /// past the end of the data counts as censored there, as a contact in such a window
  /// without a repeat is.
  public var countedRepeatStatus: RepeatStatus {
    if case .repeated = repeatStatus, !repeatWindowObserved { return .censored }
    return repeatStatus
  }
}

/// A flagged contact with the evidence a reader needs to judge it.
public struct FlaggedContact: Sendable, Hashable, Codable {
  /// The contact's measures.
  public var measure: ContactMeasure
  /// The script lines the agent read (the mined or known script, as most often said).
  public var scriptLines: [String]
  /// The customer's words that show the problem stayed unsolved, if they said so.
  public var customerWords: String?
  /// The customer's words announcing they will leave (in this contact or the repeat).
  public var churnWords: String?
  /// The generic moves of the library the agent made, each as the library's example line.
  public var moves: [Move] = []
  /// What the export's own analytics said of the contact (matched categories, sentiment).
  public var vendorLabels: String? = nil
  /// The contact's value on each dimension of the breakdown (`--by`), in the breakdown's
  /// order and as its cell shows them (``BreakdownCell/values``), so a report can list a
  /// cell's flagged contacts; `nil` without a breakdown.
  public var cell: [BreakdownCell.Value]? = nil

  /// A library move, as evidence.
  public struct Move: Sendable, Hashable, Codable {
    /// What the move does.
    public var kind: MoveKind
    /// The library's example of the move.
    public var example: String
  }
}

/// How often one generic move was made by a provider's agents (`callaudit compare` names the
/// moves that drive each rate).
public struct MoveFrequency: Sendable, Hashable {
  /// What the move does, when the library knows it (a mined line may be the agent's own kind).
  public var kind: MoveKind?
  /// The library's example line, or the mined script as most commonly said.
  public var text: String
  /// Whether the move is a mined (or `--scripts`) line rather than a library move.
  public var mined: Bool
  /// The library move's id, for a library move.
  public var libraryID: Int?
  /// Contacts in which it was made.
  public var contacts: Int
  /// Flagged contacts in which it was made.
  public var flagged: Int
  /// For a library move, the provider's own line for it: the mined line (as most commonly
  /// said) that its agents' sentences making the move recur as, the most heard one; `nil` when
  /// none recurs, and `text` is then only the library's example.
  public var providerLine: String?

  /// Creates a move's frequency.
  public init(
    kind: MoveKind?, text: String, mined: Bool, libraryID: Int?, contacts: Int, flagged: Int, providerLine: String? = nil
  ) {
    self.kind = kind
    self.text = text
    self.mined = mined
    self.libraryID = libraryID
    self.contacts = contacts
    self.flagged = flagged
    self.providerLine = providerLine
  }
}

/// A script line found in the corpus (or given with `--scripts`).
public struct ScriptLine: Sendable, Hashable {
  /// The provider whose agents say it.
  public var provider: String
  /// The line as most commonly said.
  public var text: String
  /// Distinct customers who heard it.
  public var customers: Int
  /// Given with `--scripts` rather than mined.
  public var known: Bool
  /// The kind of support move the line is, when the move library recognises it.
  public var kind: MoveKind? = nil
  /// Whether the line is a template whose stated values vary from customer to customer.
  public var carriesData = false
}
