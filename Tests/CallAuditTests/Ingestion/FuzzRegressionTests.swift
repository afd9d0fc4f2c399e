import CallAuditIngestion
import CallAuditModel
import Foundation
import Testing

/// Every input the fuzzers ever stopped on (`Tests/Fuzz/Regressions/<target>/`),
/// read again with the same checks: a fixed crash or broken account stays fixed.
@Suite("Fuzzer findings stay fixed")
struct FuzzRegressionTests {
  static let regressions = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fuzz/Regressions")

  /// Each saved input as (target, file name).
  static let cases: [String] = {
    let manager = FileManager.default
    let targets = (try? manager.contentsOfDirectory(atPath: regressions.path)) ?? []
    return targets.sorted().flatMap { target in
      ((try? manager.contentsOfDirectory(atPath: regressions.appendingPathComponent(target).path)) ?? [])
        .sorted().map { "\(target)/\($0)" }
    }
  }()

  @Test("The saved inputs exist")
  func casesExist() {
    #expect(Self.cases.count >= 2)
  }

  @Test("A saved input reads with every account straight", arguments: cases)
  func replay(_ name: String) throws {
    let target = String(name.split(separator: "/").first!)
    let bytes = try [UInt8](Data(contentsOf: Self.regressions.appendingPathComponent(name)))
    var options = IngestionOptions()
    var format: InputFormat? = nil
    switch target {
    case "detect": break
    case "mapping-csv":
      options.mapping = try ContactMapping(contentsOfFile: TestSupport.repositoryRoot.appendingPathComponent("samples/mapping/bitext.yaml").path)
      format = .mapping
    case "mapping-xml":
      options.mapping = try ContactMapping(contentsOfFile: TestSupport.fixture("mapping/acme-desk.yaml"))
      format = .mapping
    case "mapping-json":
      options.mapping = try ContactMapping(contentsOfFile: TestSupport.fixture("mapping/zammad-tickets.yaml"))
      format = .mapping
    default:
      guard let named = InputFormat.allCases.first(where: { $0.rawValue == target }) else {
        Issue.record("no input format is named \(target)")
        return
      }
      format = named
    }
    var emitted = 0
    let summary = ContactIngestor(options: options).ingest(ByteStream(bytes: bytes, name: name), format: format) { _ in
      emitted += 1
    }
    #expect(InputAccounting.violations(of: summary, emittedContacts: emitted, input: bytes) == [])
  }
}
