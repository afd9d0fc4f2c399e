import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// Streams an output to where its path leads (see ``OutputDestination``).
///
/// A regular file appears whole, only when ``commit()`` is called: the bytes go
/// to a temporary file in the target's folder, which is synced and renamed over
/// it, keeping the replaced file's permissions; an abandoned writer leaves
/// nothing behind. A device, a pipe or an open descriptor is written into as
/// the bytes come, and is never created, truncated or replaced.
public final class OutputWriter {
  /// The output as the user named it.
  public let path: String
  private let destination: OutputDestination
  private var descriptor: FileDescriptor?
  /// The temporary file of a `replacing` destination until it is renamed.
  private var temporaryPath: String?
  private var buffer: [UInt8] = []
  private let bufferLimit = 1 << 20

  /// Starts writing to `path`; `-` is standard output.
  /// - Throws: ``OutputError`` at stage `create` when nothing can be written there.
  public init(path: String) throws(OutputError) {
    self.path = path
    destination = try OutputDestination.resolve(path)
    switch destination {
    case .standardOutput:
      descriptor = .standardOutput
    case .descriptor(let number):
      descriptor = FileDescriptor(rawValue: number)
    case .inPlace(let target):
      descriptor = try Self.openInPlace(target, named: path)
    case .replacing(let file, let existing):
      (descriptor, temporaryPath) = try Self.createBeside(file, keeping: existing, named: path)
    }
  }

  deinit {
    if let temporaryPath, let descriptor {
      try? descriptor.close()
      unlink(temporaryPath)
    } else if case .inPlace = destination {
      try? descriptor?.close()
    }
  }

  /// Appends `text`.
  public func write(_ text: String) throws(OutputError) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= bufferLimit { try flush() }
  }

  /// Appends `bytes` as they are; contiguous bytes (an array, a slice of one) in one copy.
  public func write(_ bytes: some Collection<UInt8>) throws(OutputError) {
    // Called from other modules, this is not specialised: the element-by-element append
    // of a generic collection would cost a witness call per byte.
    if bytes.withContiguousStorageIfAvailable({ buffer.append(contentsOf: $0) }) == nil {
      buffer.append(contentsOf: bytes)
    }
    if buffer.count >= bufferLimit { try flush() }
  }

  /// Writes what is buffered and finishes: a regular file is synced and renamed into place,
  /// a device or pipe opened for this output is closed.
  public func commit() throws(OutputError) {
    try flush()
    guard let descriptor else { return }
    switch destination {
    case .standardOutput, .descriptor:
      return
    case .inPlace:
      self.descriptor = nil
      do { try descriptor.close() } catch { throw failure(Errno(error)) }
    case .replacing(let file, _):
      guard let temporaryPath else { return }
      self.descriptor = nil
      self.temporaryPath = nil
      if fsync(descriptor.rawValue) != 0 {
        let error = Errno(rawValue: errno)
        try? descriptor.close()
        unlink(temporaryPath)
        throw failure(error)
      }
      do { try descriptor.close() } catch {
        unlink(temporaryPath)
        throw failure(Errno(error))
      }
      if rename(temporaryPath, file) != 0 {
        let error = Errno(rawValue: errno)
        unlink(temporaryPath)
        throw failure(error)
      }
    }
  }

  private func flush() throws(OutputError) {
    guard !buffer.isEmpty, let descriptor else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    do throws(SystemIO.Failure) {
      try SystemIO.writeAll(descriptor.rawValue, buffer)
    } catch {
      throw failure(error.errno)
    }
  }

  private func failure(_ error: Errno) -> OutputError {
    OutputError(path: displayName, reason: Self.phrase(error))
  }

  private var displayName: String { path == "-" ? "standard output" : path }

  private static func phrase(_ error: Errno) -> String {
    String(cString: strerror(error.rawValue)).lowercased()
  }

  /// Opens a device, FIFO or socket for writing without creating or truncating it.
  private static func openInPlace(_ target: String, named path: String) throws(OutputError) -> FileDescriptor {
    let opened: FileDescriptor
    do {
      opened = try FileDescriptor.open(
        FilePath(target), .writeOnly, options: [.closeOnExec])
    } catch {
      throw OutputError(path: path, reason: phrase(Errno(error)), stage: .create)
    }
    // The path could have been replaced between looking and opening.
    if let now = try? Stat(opened), now.type == .directory || now.type == .blockSpecial {
      try? opened.close()
      throw OutputError(path: path, reason: "it changed into a folder or a disk while being opened", stage: .create)
    }
    return opened
  }

  /// A new temporary file in `file`'s folder, with the permissions of the file it will replace.
  private static func createBeside(
    _ file: String, keeping existing: Stat?, named path: String
  ) throws(OutputError) -> (FileDescriptor, String) {
    let folder = OutputDestination.folder(of: file)
    let name = file.lastIndex(of: "/").map { file[file.index(after: $0)...] } ?? file[...]
    var template = Array("\(folder).\(name).tmp-XXXXXX".utf8CString)
    let number = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard number >= 0 else {
      throw OutputError(path: path, reason: phrase(Errno(rawValue: errno)), stage: .create)
    }
    _ = fcntl(number, F_SETFD, FD_CLOEXEC)
    // mkstemp creates the file 0600; an output is an ordinary file, or keeps the mode it had.
    let mode = existing.map { $0.permissions.rawValue & 0o777 } ?? 0o644
    fchmod(number, mode_t(mode))
    if let existing, geteuid() == 0 {
      _ = fchown(number, existing.userID.rawValue, existing.groupID.rawValue)
    }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return (FileDescriptor(rawValue: number), temporary)
  }
}

extension Errno {
  /// The `Errno` swift-system's untyped throws carry (they throw nothing else).
  package init(_ error: any Error) {
    self = error as? Errno ?? .ioError
  }
}
