import CallAudit
import CallAuditReporting
import Synchronization

/// Shows reading progress on one standard-error line — bytes read of the total,
/// throughput and time left — redrawn at most a few times a second, and only
/// when standard error is a terminal.
final class ProgressLine: Sendable {
  private let lastDrawn = Mutex<ContinuousClock.Instant?>(nil)

  /// A progress line, or `nil` when standard error is not a terminal or `quiet` is set.
  static func make(quiet: Bool) -> ProgressLine? {
    quiet || !Terminal.standardErrorIsTerminal ? nil : ProgressLine()
  }

  /// Redraws the line if enough time has passed.
  func show(_ progress: IngestionProgress) {
    let now = ContinuousClock.now
    let due = lastDrawn.withLock { last in
      if let last, now - last < .milliseconds(250) { return false }
      last = now
      return true
    }
    guard due else { return }
    var text = "\r\u{1B}[2Kreading: \(Self.megabytes(progress.bytesRead))"
    if let total = progress.totalBytes { text += " of \(Self.megabytes(total))" }
    if progress.elapsedSeconds > 0 {
      text += " · \(Self.megabytes(UInt64(Double(progress.bytesRead) / progress.elapsedSeconds)))/s"
      text += " · \(Int(Double(progress.contacts) / progress.elapsedSeconds)) contacts/s"
    }
    if let left = progress.secondsLeft { text += " · \(Int(left.rounded(.up)))s left" }
    StandardError.raw(text)
  }

  /// Clears the line before the report is written.
  func finish() { StandardError.raw("\r\u{1B}[2K") }

  private static func megabytes(_ bytes: UInt64) -> String {
    let tenths = (Double(bytes) / 1_000_000 * 10).rounded()
    return "\(Int(tenths) / 10).\(Int(tenths) % 10) MB"
  }
}
