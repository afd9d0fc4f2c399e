import Foundation

/// Paths and helpers shared by the tests.
enum TestSupport {
  /// The repository root, found from this file's location.
  static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The path of a file under `fixtures/`.
  static func fixture(_ relativePath: String) -> String {
    repositoryRoot.appendingPathComponent("fixtures").appendingPathComponent(relativePath).path
  }

  /// A fresh temporary directory, removed by the caller with `removeDirectory`.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("callaudit-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `text` to a new temporary file and returns its path.
  static func temporaryFile(_ text: String, name: String = "input") throws -> String {
    try temporaryFile(Data(text.utf8), name: name)
  }

  /// Writes `bytes` to a new temporary file and returns its path.
  static func temporaryFile(_ bytes: Data, name: String = "input") throws -> String {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try bytes.write(to: url)
    return url.path
  }

  /// The `callaudit` executable built beside the test bundle.
  static var executable: URL {
    let candidates = [Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL]
    for directory in candidates {
      let url = directory.appendingPathComponent("callaudit")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return repositoryRoot.appendingPathComponent(".build/debug/callaudit")
  }

  /// What a run of the executable produced.
  struct RunResult {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// Runs `callaudit` with `arguments`, feeding `input` to standard input.
  /// With `standardOutput`, the report goes to that file instead of being captured.
  static func runCallaudit(
    _ arguments: [String], input: Data? = nil, environment: [String: String]? = nil,
    standardOutput: FileHandle? = nil, currentDirectory: URL? = nil
  ) throws -> RunResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = currentDirectory ?? repositoryRoot
    if let environment { process.environment = environment }
    let output = Pipe(), error = Pipe(), stdin = Pipe()
    process.standardOutput = standardOutput ?? output
    process.standardError = error
    process.standardInput = stdin
    try process.run()
    // Drain both pipes while the process runs so a large report cannot block it.
    nonisolated(unsafe) var outData = Data(), errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      // A pipe the child never had would never reach its end.
      if standardOutput == nil { outData = output.fileHandleForReading.readDataToEndOfFile() }
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      errData = error.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    group.wait()
    return RunResult(
      status: process.terminationStatus,
      standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self))
  }
}
