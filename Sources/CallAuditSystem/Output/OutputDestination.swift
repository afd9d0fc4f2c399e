import SystemPackage

#if canImport(Glibc)
  import Glibc
#endif

/// What an output path names, decided before anything is written.
///
/// A report must never replace what is not a regular file: run as root,
/// renaming a finished file over `/dev/null` turns the device into a file.
/// So devices and pipes are written into where they are, a path that reaches
/// one of this process's own descriptors (`/dev/stdout`, `/dev/fd/3`) is that
/// descriptor, and only regular files are written beside their target and
/// renamed over it. A symbolic link is followed to its target, with the
/// kernel's `protected_symlinks` rule: a link in a shared sticky folder
/// (`/tmp`) is followed only when its owner is the caller or the folder's owner.
public enum OutputDestination: Equatable, Sendable {
  /// Standard output, named `-`.
  case standardOutput
  /// One of this process's open descriptors, named through `/dev/fd`, `/proc/self/fd`
  /// or `/dev/stdout`: written through that descriptor, keeping its offset and append mode.
  case descriptor(Int32)
  /// A character device, a FIFO or a socket: opened and written into, never created or replaced.
  case inPlace(path: String)
  /// A regular file, or a name not yet taken: written to a new file in `file`'s folder and
  /// renamed over `file`. `existing` is the file being replaced, whose permissions are kept.
  case replacing(file: String, existing: Stat?)

  /// Resolves `path`, following symbolic links (at most 40, as the kernel does).
  /// - Throws: ``OutputError`` (stage `create`) for folders, block devices, link loops,
  ///   links callaudit will not follow, and paths that cannot be examined.
  public static func resolve(_ path: String) throws(OutputError) -> OutputDestination {
    if path == "-" { return .standardOutput }
    func refuse(_ reason: String) -> OutputError { OutputError(path: path, reason: reason, stage: .create) }
    guard !path.isEmpty else { throw refuse("the path is empty") }
    var current = path
    for _ in 0..<40 {
      if let descriptor = ownDescriptor(named: current) { return .descriptor(descriptor) }
      if current.hasPrefix("/proc/") {
        // Another process's descriptors and the like: /proc's links are not paths.
        return try inPlaceTarget(current, refuse)
      }
      let entry: Stat
      do {
        entry = try Stat(FilePath(current), followTargetSymlink: false)
      } catch .noSuchFileOrDirectory {
        return .replacing(file: current, existing: nil)
      } catch {
        throw refuse(error.description)
      }
      switch entry.type {
      case .symbolicLink:
        try checkLinkMayBeFollowed(current, entry, named: path, refuse)
        guard let target = readLink(current) else { throw refuse("cannot read the link \(current)") }
        current = target.hasPrefix("/") ? target : folder(of: current) + target
      case .regular:
        return .replacing(file: current, existing: entry)
      default:
        return try inPlaceTarget(current, refuse)
      }
    }
    throw refuse("too many levels of symbolic links")
  }

  /// The descriptor a `/dev/fd/N`, `/proc/self/fd/N`, `/proc/<own pid>/fd/N`,
  /// `/dev/stdout` or `/dev/stderr` path stands for, when that descriptor is open.
  package static func ownDescriptor(named path: String) -> Int32? {
    let number: Substring
    switch path {
    case "/dev/stdout": number = "1"
    case "/dev/stderr": number = "2"
    default:
      let prefixes = ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/", "/proc/thread-self/fd/"]
      guard let prefix = prefixes.first(where: path.hasPrefix) else { return nil }
      number = path.dropFirst(prefix.count)
    }
    guard let value = Int32(number), value >= 0, fcntl(value, F_GETFD) != -1 else { return nil }
    return value
  }

  /// A path that is not a regular file: what it names decides whether it may be written.
  private static func inPlaceTarget(
    _ path: String, _ refuse: (String) -> OutputError
  ) throws(OutputError) -> OutputDestination {
    let target: Stat
    do {
      target = try Stat(FilePath(path), followTargetSymlink: true)
    } catch {
      throw refuse(error.description)
    }
    switch target.type {
    case .characterSpecial, .fifo, .socket, .regular: return .inPlace(path: path)
    case .directory: throw refuse("it is a folder; name a file inside it")
    case .blockSpecial: throw refuse("it is a block device (a disk); reports are written to files, pipes and character devices only")
    default: throw refuse("it is not a file, a pipe or a character device")
    }
  }

  /// The kernel's `protected_symlinks` rule, which `readlink` would otherwise bypass.
  private static func checkLinkMayBeFollowed(
    _ link: String, _ entry: Stat, named path: String, _ refuse: (String) -> OutputError
  ) throws(OutputError) {
    guard let parent = try? Stat(FilePath(folder(of: link)), followTargetSymlink: true) else { return }
    let mode = parent.permissions
    let shared = mode.contains(.saveText) && mode.contains(.otherWrite)
    let owner = entry.userID.rawValue
    if shared, owner != geteuid(), owner != parent.userID.rawValue {
      throw refuse(
        "\(link == path ? "it" : link) is a symbolic link in a shared folder, owned by someone else; callaudit does not follow it (nor would the kernel's protected_symlinks rule)"
      )
    }
  }

  private static func readLink(_ path: String) -> String? {
    var bytes = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &bytes, bytes.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: bytes[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The folder holding `path`, with its trailing slash; `./` for a bare name.
  package static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "./" }
    return String(path[...slash])
  }
}
