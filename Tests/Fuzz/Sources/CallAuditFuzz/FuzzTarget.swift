import CallAuditIngestion
import CallAuditModel

#if canImport(Glibc)
  import Glibc
#endif

/// What one fuzzing process reads its inputs as, chosen once from the environment:
/// `CALLAUDIT_FUZZ_FORMAT` names an input format (`callaudit formats`), or
/// `detect` to go through detection, encodings and gzip as `analyze` does.
/// The `mapping` format also needs `CALLAUDIT_FUZZ_MAPPING`, a mapping file.
struct FuzzTarget: Sendable {
  let format: InputFormat?
  let ingestor: ContactIngestor

  static let current: FuzzTarget = {
    guard let name = environment("CALLAUDIT_FUZZ_FORMAT") else {
      fail("set CALLAUDIT_FUZZ_FORMAT to an input format or to 'detect'")
    }
    var options = IngestionOptions()
    if let mappingPath = environment("CALLAUDIT_FUZZ_MAPPING") {
      do {
        options.mapping = try ContactMapping(contentsOfFile: mappingPath)
      } catch {
        fail("\(error)")
      }
    }
    if name == "detect" { return FuzzTarget(format: nil, ingestor: ContactIngestor(options: options)) }
    guard let format = InputFormat(rawValue: name) else { fail("unknown format '\(name)'") }
    if format == .mapping, options.mapping == nil { fail("the mapping format needs CALLAUDIT_FUZZ_MAPPING") }
    return FuzzTarget(format: format, ingestor: ContactIngestor(options: options))
  }()

  /// Reads `bytes` and checks what must hold for any input whatsoever
  /// (``InputAccounting``); a broken rule aborts, so libFuzzer keeps the input.
  func run(_ bytes: [UInt8]) {
    var emitted = 0
    let summary = ingestor.ingest(ByteStream(bytes: bytes, name: "fuzz-input"), format: format) { _ in
      emitted += 1
    }
    let broken = InputAccounting.violations(of: summary, emittedContacts: emitted, input: bytes)
    if !broken.isEmpty {
      writeError("invariant broken (\(format?.rawValue ?? "detect")): \(broken.joined(separator: "; "))\n")
      abort()
    }
  }

  private static func environment(_ name: String) -> String? {
    guard let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty else { return nil }
    return value
  }

  private static func fail(_ message: String) -> Never {
    writeError("CallAuditFuzz: \(message)\n")
    exit(2)
  }
}

/// Writes to standard error without touching the C library's shared `stderr`.
private func writeError(_ text: String) {
  var text = text
  text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}

/// libFuzzer's entry point: one input per call.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  FuzzTarget.current.run(bytes)
  return 0
}

/// SwiftPM links an executable target's entry point under this name, in place
/// of the `main` libFuzzer brings; hand control to libFuzzer's driver from it.
@_cdecl("CallAuditFuzz_main")
func fuzzerMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
