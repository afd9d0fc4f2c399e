import ArgumentParser
import CallAuditReporting
import CallAuditSystem
import Foundation

/// Reading and writing the shard stages' files, with the exit statuses of docs (66, 73, 74).
struct ShardOutput {
  private let writer: OutputWriter

  /// Starts writing lines to `path` (`-` for standard output).
  init(path: String) throws {
    do {
      writer = try OutputWriter(path: path)
    } catch {
      throw ExitStatus.outputFailed(error)
    }
  }

  /// Appends one line.
  func line(_ text: String) throws {
    do {
      try writer.write(text + "\n")
    } catch {
      throw ExitStatus.outputFailed(error)
    }
  }

  /// Finishes the output.
  func commit() throws {
    do {
      try writer.commit()
    } catch {
      throw ExitStatus.outputFailed(error)
    }
  }

  /// Writes `bytes` as the whole of `path`.
  static func write(_ bytes: [UInt8], to path: String) throws {
    do {
      let writer = try OutputWriter(path: path)
      try writer.write(bytes)
      try writer.commit()
    } catch {
      throw ExitStatus.outputFailed(error)
    }
  }

  /// The whole of `path`, or of standard input for `-`.
  static func read(_ path: String) throws -> [UInt8] {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    guard let data = FileManager.default.contents(atPath: path) else {
      StandardError.line("error: \(path): cannot be read")
      throw ExitStatus.noInput
    }
    return Array(data)
  }
}
