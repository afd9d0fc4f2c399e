import Foundation
import Testing

/// The pipeline's layers, checked on the sources (docs/architecture.md): each target may
/// import only the targets below it. The package manifest declares the same edges, but a
/// target can still import a module that happens to be built before it; this reads every
/// `import` line, so an upward or sideways import (Reporting reading Ingestion) fails here.
@Suite("Targets import only the layers below them")
struct TargetLayerTests {
  /// What each target of this package may import from this package.
  static let allowed: [String: Set<String>] = [
    "CallAuditModel": [],
    "CallAuditText": [],
    "CallAuditSystem": ["CallAuditModel"],
    "CallAuditIngestion": ["CallAuditModel", "CallAuditSystem"],
    "CallAuditMetrics": ["CallAuditModel", "CallAuditSystem", "CallAuditText"],
    "CallAudit": ["CallAuditModel", "CallAuditSystem", "CallAuditIngestion", "CallAuditMetrics", "CallAuditText"],
    "CallAuditReporting": ["CallAuditModel", "CallAuditMetrics", "CallAuditText"],
    "CallAuditHistory": [
      "CallAuditModel", "CallAuditSystem", "CallAuditIngestion", "CallAuditMetrics", "CallAuditText", "CallAudit",
      "CallAuditReporting",
    ],
    "ContactGenerator": ["CallAuditModel", "CallAuditSystem", "CallAuditIngestion"],
    "callaudit": [
      "CallAuditModel", "CallAuditSystem", "CallAuditIngestion", "CallAuditMetrics", "CallAuditText", "CallAudit",
      "CallAuditReporting", "CallAuditHistory", "ContactGenerator",
    ],
  ]

  /// The modules of this package an `import` line can name.
  static var ownModules: Set<String> { Set(allowed.keys) }

  /// Every Swift file's imports of `modules` (this package's own, unless told), by target.
  static func imports(
    of target: String, among modules: Set<String> = ownModules
  ) throws -> [(file: String, module: String)] {
    let folder = TestSupport.repositoryRoot.appendingPathComponent("Sources/\(target)")
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
    var found: [(String, String)] = []
    for case let url as URL in walker where url.pathExtension == "swift" {
      for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
        guard let module = importedModule(in: line) else { continue }
        if modules.contains(module) { found.append((url.lastPathComponent, module)) }
      }
    }
    return found
  }

  /// The module a line imports: `import X`, `@testable import X`, `package import X`,
  /// `@preconcurrency internal import X`; nil for any other line, one with more words
  /// before `import` included.
  static func importedModule(in line: Substring) -> String? {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
      words[..<index].allSatisfy({
        $0.hasPrefix("@") || ["public", "package", "internal", "fileprivate", "private"].contains($0)
      })
    else { return nil }
    return String(words[index + 1])
  }

  @Test("Every Swift target of the package has a row in the table")
  func everyTargetIsListed() throws {
    let sources = TestSupport.repositoryRoot.appendingPathComponent("Sources")
    // C system libraries (a module map, no Swift) are not layers of the pipeline.
    let swiftTargets = try FileManager.default.contentsOfDirectory(atPath: sources.path)
      .filter { !$0.hasPrefix(".") }
      .filter { !FileManager.default.fileExists(atPath: sources.appendingPathComponent("\($0)/module.modulemap").path) }
    #expect(Set(swiftTargets) == Self.ownModules)
  }

  @Test("No target imports a layer above or beside it", arguments: allowed.keys.sorted())
  func importsPointDown(_ target: String) throws {
    let allowed = Self.allowed[target] ?? []
    for (file, module) in try Self.imports(of: target) {
      #expect(allowed.contains(module), "\(target)/\(file) imports \(module), which \(target) may not depend on")
    }
  }

  @Test("The table does not let reporting read raw rows")
  func reportingStaysOffIngestion() {
    #expect(Self.allowed["CallAuditReporting"]?.contains("CallAuditIngestion") == false)
    #expect(Self.allowed["CallAuditReporting"]?.contains("CallAudit") == false)
    #expect(Self.allowed["CallAuditIngestion"]?.contains("CallAuditMetrics") == false)
  }
}
