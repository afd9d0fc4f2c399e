import ArgumentParser
import CallAuditModel
import CallAuditReporting
import CallAuditSystem
import Foundation

/// Reading and writing the shard stages' files, with the exit statuses of docs (66, 73, 74).
struct ShardOutput {
  private let writer: OutputWriter

  /// Starts writing lines to `path` (`-` for standard output).
  init(path: String) throws {
    writer = try OutputWriter(path: path)
  }

  /// Appends one line.
  func line(_ text: String) throws {
    try writer.write(text + "\n")
  }

  /// Finishes the output.
  func commit() throws {
    try writer.commit()
  }

  /// Writes `bytes` as the whole of `path`.
  static func write(_ bytes: [UInt8], to path: String) throws {
    try OutputFile.write(bytes, to: path)
  }

  /// The whole of `path`, or of standard input for `-`.
  static func read(_ path: String) throws -> [UInt8] {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandFailure(.noInput, Diagnostic(file: path, sentence: "cannot be read"))
    }
    return Array(data)
  }
}
