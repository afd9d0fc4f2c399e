import ArgumentParser
import CallAudit
import Foundation

/// Reading and writing the shard stages' files, with the exit statuses of docs (66, 73).
struct ShardOutput {
  private let writer: AtomicFileWriter

  /// Starts writing lines to `path` (`-` for standard output).
  init(path: String) throws {
    do {
      writer = try AtomicFileWriter(path: path)
    } catch {
      StandardError.line("error: \(error)")
      throw ExitStatus.cannotCreate
    }
  }

  /// Appends one line.
  func line(_ text: String) throws {
    do {
      try writer.write(text + "\n")
    } catch {
      StandardError.line("error: \(error)")
      throw ExitStatus.cannotCreate
    }
  }

  /// Finishes the output.
  func commit() throws {
    do {
      try writer.commit()
    } catch {
      StandardError.line("error: \(error)")
      throw ExitStatus.cannotCreate
    }
  }

  /// Writes `bytes` as the whole of `path`.
  static func write(_ bytes: [UInt8], to path: String) throws {
    do {
      let writer = try AtomicFileWriter(path: path)
      try writer.write(bytes)
      try writer.commit()
    } catch {
      StandardError.line("error: \(error)")
      throw ExitStatus.cannotCreate
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
