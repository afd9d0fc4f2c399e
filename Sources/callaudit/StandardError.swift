import CallAuditModel
import CallAuditReporting
import CallAuditSystem

#if canImport(Glibc)
  import Glibc
#endif

/// Writes diagnostics to standard error, one line each, prefixed `callaudit: `.
enum StandardError {
  /// Writes `diagnostic` as one line: `callaudit: error: file:line: sentence`.
  static func say(_ diagnostic: Diagnostic) {
    line(diagnostic.rendered)
  }

  /// Writes `message` as one line.
  private static func line(_ message: String) {
    raw("callaudit: \(UntrustedText.forTerminal(message))\n")
  }

  /// Writes `text` as it is (terminal control included); only for callaudit's own text.
  static func raw(_ text: String) {
    // Nowhere is left to say that standard error failed.
    try? SystemIO.writeAll(STDERR_FILENO, Array(text.utf8))
  }
}

/// Writes report text to standard output.
enum StandardOutput {
  /// Writes `text`; a failed write (a full disk, a closed pipe) is said once and ends the run with 74.
  static func write(_ text: String) throws {
    try OutputFile.write(text, to: "-")
  }
}
