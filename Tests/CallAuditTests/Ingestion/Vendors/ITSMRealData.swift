import Foundation

/// The real public exports under /work/shared/realdata that the ServiceNow and
/// Jira tests read (PROVENANCE.md there names each file's repository, commit
/// and licence).
///
/// They are read where they lie and never copied into this repository: most
/// come from repositories without a licence, which allows testing but not
/// redistribution. On a machine without the directory the tests that need
/// them are skipped; `CALLAUDIT_REALDATA` points them elsewhere.
enum ITSMRealData {
  /// The directory holding the samples.
  static let root: String =
    ProcessInfo.processInfo.environment["CALLAUDIT_REALDATA"] ?? "/work/shared/realdata"

  /// The absolute path of a sample, given its path under the root.
  static func path(_ relative: String) -> String { root + "/" + relative }

  /// Whether the sample is present.
  static func has(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }
}
