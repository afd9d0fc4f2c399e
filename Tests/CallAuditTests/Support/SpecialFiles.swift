import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Devices, FIFOs and links made inside a test's own temporary folder, so that a
/// test about devices never touches the machine's real `/dev`.
struct SpecialFiles {
  /// The folder holding them.
  let folder: URL

  /// A new, empty folder.
  init() throws {
    folder = try TestSupport.temporaryDirectory()
  }

  /// Whether devices can be made here (root, and a kernel that allows mknod).
  static let canMakeDevices: Bool = {
    guard geteuid() == 0, let probe = try? SpecialFiles() else { return false }
    defer { probe.remove() }
    return (try? probe.characterDevice("probe", major: 1, minor: 3)) != nil
  }()

  /// The path of `name` in the folder.
  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// A character device with the numbers of `/dev/null` (1, 3) or `/dev/full` (1, 7).
  @discardableResult
  func characterDevice(_ name: String, major: UInt32, minor: UInt32) throws -> String {
    try node(name, type: S_IFCHR, device: dev_t(major) << 8 | dev_t(minor))
  }

  /// A block device whose numbers name no real disk (loop device 200).
  @discardableResult
  func blockDevice(_ name: String) throws -> String {
    try node(name, type: S_IFBLK, device: dev_t(7) << 8 | dev_t(200))
  }

  /// A FIFO.
  @discardableResult
  func fifo(_ name: String) throws -> String {
    let path = path(name)
    guard mkfifo(path, 0o644) == 0 else { throw SpecialFileError(path: path, errno: errno) }
    return path
  }

  /// A symbolic link `name` → `target`.
  @discardableResult
  func link(_ name: String, to target: String) throws -> String {
    let path = path(name)
    guard symlink(target, path) == 0 else { throw SpecialFileError(path: path, errno: errno) }
    return path
  }

  /// What `lstat` says of `path`: its type bits and device numbers.
  static func kind(of path: String) -> (type: mode_t, device: dev_t)? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    return (status.st_mode & S_IFMT, status.st_rdev)
  }

  /// Removes the folder and everything in it.
  func remove() {
    try? FileManager.default.removeItem(at: folder)
  }

  private func node(_ name: String, type: mode_t, device: dev_t) throws -> String {
    let path = path(name)
    guard mknod(path, type | 0o644, device) == 0 else { throw SpecialFileError(path: path, errno: errno) }
    return path
  }
}

/// A special file could not be made.
struct SpecialFileError: Error, CustomStringConvertible {
  var path: String
  var errno: Int32
  var description: String { "\(path): \(String(cString: strerror(errno)))" }
}
