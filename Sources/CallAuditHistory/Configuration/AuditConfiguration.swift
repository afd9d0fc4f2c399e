import CallAuditIngestion
import CallAuditMetrics
import CallAuditModel
import CallAuditReporting

/// What `callaudit audit` does, read from its YAML file (docs/cron.md).
///
/// Paths are resolved against the configuration file's folder, so a crontab
/// line works from any working directory.
public struct AuditConfiguration: Sendable {
  /// The configuration file itself.
  public var path: String
  /// The input patterns with their settings, already resolved.
  public var inputPatterns: [InputPattern]
  /// Glob patterns of the export files to ingest, already resolved.
  public var inputs: [String] { inputPatterns.map(\.pattern) }
  /// The SQLite history file.
  public var database: String
  /// The line of the `database` key, for messages about the place it names.
  public var databaseLine: Int?
  /// The period the report covers, ending at the newest stored contact.
  public var windowSeconds: Int64
  /// How contacts are measured (repeat window, resolution codes, script threshold).
  public var analysis: AnalysisConfiguration
  /// How exports are read (default provider, site sourcing).
  public var ingestion: IngestionOptions
  /// When a run's input problems make it fail.
  public var tolerance: InputTolerance
  /// The limits checked after each run.
  public var thresholds: ThresholdPolicy
  /// Where reports are written, by format.
  public var reports: [ReportTarget]
  /// How customer identifiers are pseudonymised in the history.
  public var pseudonymizer: CustomerPseudonymizer
  /// Where the key comes from, for messages ("the key file /etc/callaudit/customer.key").
  public var customerKeySource = "the configured customer key"
  /// The line of the `privacy` section (or of the file), for messages about the key.
  public var privacyLine: Int?
  /// Keys used before a rotation (`privacy.previous_customer_key_files`), each
  /// with its file: `forget` finds the contacts stored under them, and the audit
  /// accepts the new key when the history's latest key is among them.
  public var previousPseudonymizers: [(source: String, pseudonymizer: CustomerPseudonymizer)] = []  /// Contacts that started longer than this before the newest are deleted; `nil` keeps all.
  public var retentionSeconds: Int64?
  /// Whether the history keeps whole transcripts, not only their digests.
  public var keepTranscripts: Bool = false

  /// Creates a configuration; ``AuditConfigurationParser`` makes one from a file.
  public init(
    path: String, inputs: [String], database: String, windowSeconds: Int64 = 30 * 86_400,
    analysis: AnalysisConfiguration = AnalysisConfiguration(), ingestion: IngestionOptions = IngestionOptions(),
    tolerance: InputTolerance = InputTolerance(), thresholds: ThresholdPolicy = ThresholdPolicy(),
    reports: [ReportTarget] = [], pseudonymizer: CustomerPseudonymizer, retentionSeconds: Int64? = nil
  ) {
    self.path = path
    self.inputPatterns = inputs.map { InputPattern(pattern: $0) }
    self.database = database
    self.windowSeconds = windowSeconds
    self.analysis = analysis
    self.ingestion = ingestion
    self.tolerance = tolerance
    self.thresholds = thresholds
    self.reports = reports
    self.pseudonymizer = pseudonymizer
    self.retentionSeconds = retentionSeconds
  }
}

/// How much input trouble a run accepts before it fails with exit status 65.
public struct InputTolerance: Sendable, Equatable {
  /// The largest share of this run's records that may be rejected (0 = none).
  public var rejectedRate: Double
  /// How many inputs may stop before their end (unreadable, malformed XML).
  public var stoppedInputs: Int

  /// Creates a tolerance; by default 1% of records may be rejected and no input may stop.
  public init(rejectedRate: Double = 0.01, stoppedInputs: Int = 0) {
    self.rejectedRate = rejectedRate
    self.stoppedInputs = stoppedInputs
  }
}

/// A report file the audit writes after each run.
public struct ReportTarget: Sendable, Equatable {
  /// The report formats an audit can write.
  public enum Format: String, Sendable, CaseIterable {
    case html, json, markdown, text
  }

  /// The format.
  public var format: Format
  /// The resolved path.
  public var path: String

  /// Creates a target.
  public init(format: Format, path: String) {
    self.format = format
    self.path = path
  }
}

/// One entry of `inputs`: a glob pattern (or folder) and how its files are read
/// (docs/cron.md). Every setting is optional; without one, formats are detected.
public struct InputPattern: Sendable {
  /// The pattern, resolved against the configuration's folder.
  public var pattern: String
  /// Its line in the configuration.
  public var line: Int?
  /// A breach when no new export has arrived through this pattern for this long (`expect`).
  public var expectSeconds: Int64?
  /// `expect` as written (`24h`), for the breach line.
  public var expectText: String?
  /// The format of every file, instead of detecting it (`input_format`).
  public var format: InputFormat?
  /// A mapping file for every file (`mapping`).
  public var mapping: ContactMapping?
  /// Script lines known beforehand (`scripts`), for the providers whose contacts this pattern's files hold.
  public var knownScriptLines: [String] = []

  /// Creates a pattern with no settings of its own.
  public init(pattern: String, line: Int? = nil) {
    self.pattern = pattern
    self.line = line
  }
}
