import CallAuditSystem
import Synchronization

/// The one temporary file the spools of a run spill to, opened on first use.
///
/// Every input of a run is read into a spool of its own, and the spools merge
/// as inputs finish; sharing one file means merging moves file ranges instead
/// of bytes, and a run of thousands of inputs holds one descriptor, not one per
/// input. ``SpoolFile`` appends and reads under its own lock, so spools on
/// different threads share it safely.
package final class SpoolStorage: Sendable {
  private let file = Mutex<SpoolFile?>(nil)

  /// Storage whose file is created when first needed.
  package init() {}

  /// The file, created on the first call.
  package func spoolFile() throws(SpoolFile.Failure) -> SpoolFile {
    let result: Result<SpoolFile, SpoolFile.Failure> = file.withLock { file in
      if let file { return .success(file) }
      do throws(SpoolFile.Failure) {
        let created = try SpoolFile()
        file = created
        return .success(created)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// The file if one was created.
  package var existingFile: SpoolFile? { file.withLock { $0 } }
}
