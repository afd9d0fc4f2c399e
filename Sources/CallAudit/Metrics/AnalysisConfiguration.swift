/// The settings of one analysis; every default is documented in docs/metrics.md.
public struct AnalysisConfiguration: Sendable {
  /// Which resolution codes leave a problem unsolved.
  public var resolutionPolicy: ResolutionPolicy
  /// How long after a contact a new one by the same customer counts as a repeat.
  public var repeatWindowSeconds: Int64
  /// A new contact this soon after, handled by another agent, is a transfer, not a repeat.
  public var transferGapSeconds: Int64

  /// Creates a configuration; the defaults follow docs/metrics.md.
  public init(
    resolutionPolicy: ResolutionPolicy = ResolutionPolicy(),
    repeatWindowSeconds: Int64 = 7 * 86_400,
    transferGapSeconds: Int64 = 15 * 60
  ) {
    self.resolutionPolicy = resolutionPolicy
    self.repeatWindowSeconds = repeatWindowSeconds
    self.transferGapSeconds = transferGapSeconds
  }
}
