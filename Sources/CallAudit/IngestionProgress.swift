#if canImport(Glibc)
  import Glibc
#endif
import Synchronization

/// How far reading has come, over all inputs.
public struct IngestionProgress: Sendable {
  /// Bytes read from disk so far (compressed bytes for gzip inputs).
  public var bytesRead: UInt64
  /// The inputs' sizes on disk added up, when every input is a regular file.
  public var totalBytes: UInt64?
  /// Contacts read so far.
  public var contacts: Int
  /// Seconds since reading started.
  public var elapsedSeconds: Double

  /// Seconds left at the rate so far, when the total is known.
  public var secondsLeft: Double? {
    guard let totalBytes, bytesRead > 0, elapsedSeconds > 0 else { return nil }
    let rate = Double(bytesRead) / elapsedSeconds
    return Double(totalBytes > bytesRead ? totalBytes - bytesRead : 0) / rate
  }
}

/// Adds up the bytes read by inputs running in parallel.
package final class ProgressTracker: Sendable {
  private let perInput: Mutex<[(bytes: UInt64, contacts: Int)]>
  private let totalBytes: UInt64?
  private let started = ContinuousClock.now
  private let report: @Sendable (IngestionProgress) -> Void

  /// - Parameter paths: the inputs in order; `nil` for one that is not read.
  package init(paths: [String?], report: @escaping @Sendable (IngestionProgress) -> Void) {
    perInput = Mutex(Array(repeating: (bytes: 0, contacts: 0), count: paths.count))
    var total: UInt64? = 0
    for path in paths {
      guard let path else { continue }
      var info = stat()
      if path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
        total? += UInt64(info.st_size)
      } else {
        total = nil
      }
    }
    totalBytes = total
    self.report = report
  }

  package func update(input: Int, bytesRead: UInt64, contacts: Int) {
    let (bytes, contactTotal) = perInput.withLock { counts in
      counts[input] = (bytesRead, contacts)
      return counts.reduce((UInt64(0), 0)) { ($0.0 + $1.bytes, $0.1 + $1.contacts) }
    }
    let elapsed = ContinuousClock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    report(IngestionProgress(bytesRead: bytes, totalBytes: totalBytes, contacts: contactTotal, elapsedSeconds: seconds))
  }
}
