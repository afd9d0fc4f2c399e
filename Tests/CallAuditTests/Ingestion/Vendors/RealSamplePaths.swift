import Foundation

/// Where the real public samples live (`shared/realdata`, see its PROVENANCE.md):
/// beside the repository in CI, or at the workplace's fixed place. Tests that
/// need them are skipped when neither is there; the files carry no licence to
/// copy, so they are read where they are and never committed.
enum RealSamplePaths {
  /// The `realdata` folder, if present.
  static let root: URL? = {
    let candidates = [
      TestSupport.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/realdata"),
      URL(fileURLWithPath: "/work/shared/realdata"),
    ]
    return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("PROVENANCE.md").path) }
  }()

  /// Whether the samples can be read.
  static var available: Bool { root != nil }

  /// The path of `relative` under `realdata`.
  static func path(_ relative: String) -> String {
    (root ?? URL(fileURLWithPath: "/nonexistent")).appendingPathComponent(relative).path
  }
}
