import CallAuditSystem
import Crypto

#if canImport(Glibc)
  import Glibc
#endif

/// Turns the inputs named on a command line into files: a directory stands
/// for every file under it, in path order, so one `analyze exports/` reads a
/// night's mixed exports.
///
/// Nothing in a folder is passed over silently. Regular files (and links to
/// them) are read; everything else found there is listed with the reason it
/// was not read: hidden names, FIFOs (opening one would wait for a writer),
/// sockets, devices and links to them, links to nothing, links back to a
/// folder already searched, and files whose content repeats another input
/// byte for byte. A folder that cannot be opened is an input that could not
/// be read. What is named on the command line is read as named — a FIFO
/// there is the user asking.
public enum InputPaths {
  /// One input of a run.
  public struct Entry: Sendable, Equatable {
    /// What becomes of the input.
    public enum Kind: Sendable, Equatable {
      /// Read it.
      case read
      /// Not read, for this reason (one sentence, without the path).
      case skipped(String)
      /// A folder that could not be opened, with the system's reason.
      case unreadable(String)
    }

    /// The path, as named or as found under a folder named; `-` is standard input.
    public var path: String
    /// What becomes of it.
    public var kind: Kind
    /// Whether it was found inside a folder rather than named itself.
    public var foundInFolder: Bool

    /// Creates an entry.
    public init(path: String, kind: Kind = .read, foundInFolder: Bool = false) {
      self.path = path
      self.kind = kind
      self.foundInFolder = foundInFolder
    }

    /// Whether the input is to be read.
    public var isRead: Bool { kind == .read }
  }

  /// Every input of a run, and what the folders held.
  public struct Listing: Sendable {
    /// The inputs in order: named files as named, folders expanded in path order.
    public var entries: [Entry] = []
    /// Folders named that hold nothing at all.
    public var emptyFolders: [String] = []
    /// How many files and folders each `--exclude` pattern left out, in the order given.
    public var excluded: [(pattern: String, count: Int)] = []

    /// The paths to read.
    public var files: [String] { entries.filter(\.isRead).map(\.path) }
  }

  /// The files named by `inputs`, directories expanded; `-` and files stay as given.
  public static func expand(_ inputs: [String]) -> [String] {
    list(inputs).files
  }

  /// Lists every input of `inputs`: named files as they are, folders expanded,
  /// with what is not read and why.
  /// - Parameter patterns: `--exclude` globs. A pattern without a `/` is
  ///   matched against the name of each file or folder, at any depth; one with a
  ///   `/` against the path below the folder named, and against the whole path.
  ///   An excluded folder is not searched. Named files are matched too.
  public static func list(_ inputs: [String], excluding patterns: [String] = []) -> Listing {
    var walker = Walker(patterns: patterns)
    for input in inputs {
      if input == "-" {
        walker.listing.entries.append(Entry(path: input))
      } else if walker.isExcluded(name: baseName(input), relative: nil, path: input) {
        continue
      } else if isDirectory(input) {
        let before = walker.listing.entries.count
        walker.walk(folder: input, top: input)
        if walker.listing.entries.count == before { walker.listing.emptyFolders.append(input) }
      } else {
        walker.listing.entries.append(Entry(path: input))
      }
    }
    walker.listing.excluded = zip(patterns, walker.excludedCounts).map { ($0, $1) }
    skipCopies(in: &walker.listing.entries)
    return walker.listing
  }

  /// Whether `path` is a directory.
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The last component of a path.
  package static func baseName(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
    return String(trimmed[trimmed.index(after: slash)...])
  }

  /// Walks folders depth first, names sorted at each level.
  private struct Walker {
    let patterns: [String]
    var excludedCounts: [Int]
    var listing = Listing()
    /// Every folder searched, by device and inode, so a link cannot lead round in a loop.
    var searched: Set<FileIdentity> = []

    init(patterns: [String]) {
      self.patterns = patterns
      excludedCounts = Array(repeating: 0, count: patterns.count)
    }

    mutating func isExcluded(name: String, relative: String?, path: String) -> Bool {
      for (index, pattern) in patterns.enumerated() {
        let matched: Bool
        if pattern.contains("/") {
          matched = (relative.map { fnmatch(pattern, $0, FNM_PATHNAME) == 0 } ?? false)
            || fnmatch(pattern, path, FNM_PATHNAME) == 0
        } else {
          matched = fnmatch(pattern, name, 0) == 0
        }
        if matched {
          excludedCounts[index] += 1
          return true
        }
      }
      return false
    }

    mutating func walk(folder: String, top: String) {
      var info = stat()
      if stat(folder, &info) == 0 { searched.insert(FileIdentity(info)) }
      guard let directory = opendir(folder) else {
        let reason = currentErrorText()
        listing.entries.append(
          Entry(path: folder, kind: .unreadable("a folder that cannot be read: \(reason)"), foundInFolder: folder != top))
        return
      }
      var names: [String] = []
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != ".", name != ".." { names.append(name) }
      }
      closedir(directory)
      let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
      let topBase = top.hasSuffix("/") ? String(top.dropLast()) : top
      for name in names.sorted() {
        let path = base + "/" + name
        let relative = String(path.dropFirst(topBase.count + 1))
        guard !isExcluded(name: name, relative: relative, path: path) else { continue }
        visit(path, name: name, top: top)
      }
    }

    private mutating func visit(_ path: String, name: String, top: String) {
      func skip(_ reason: String) {
        listing.entries.append(Entry(path: path, kind: .skipped(reason), foundInFolder: true))
      }
      var own = stat()
      guard lstat(path, &own) == 0 else {
        // Gone between listing and looking, or not examinable: say so rather than guess.
        listing.entries.append(
          Entry(path: path, kind: .unreadable("cannot be examined: \(currentErrorText())"), foundInFolder: true))
        return
      }
      let isLink = (own.st_mode & S_IFMT) == S_IFLNK
      if name.hasPrefix(".") {
        let what = (own.st_mode & S_IFMT) == S_IFDIR || (isLink && isDirectory(path)) ? "folder" : "file"
        skip("a hidden \(what) (its name starts with a dot), not read")
        return
      }
      var info = own
      if isLink {
        let target = linkTarget(path)
        guard stat(path, &info) == 0 else {
          skip("a link to \(target.map { "'\($0)'" } ?? "something") that does not exist, not read")
          return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
          guard !searched.contains(FileIdentity(info)) else {
            skip("a link to a folder already searched\(target.map { " ('\($0)')" } ?? ""), not read again")
            return
          }
        default:
          skip("a link to \(Self.kindName(info.st_mode))\(target.map { " ('\($0)')" } ?? ""), not read")
          return
        }
      }
      switch info.st_mode & S_IFMT {
      case S_IFREG:
        listing.entries.append(Entry(path: path, foundInFolder: true))
      case S_IFDIR:
        walk(folder: path, top: top)
      case S_IFIFO:
        skip(
          "a FIFO (named pipe): not read from a folder, where it could wait forever for a writer; "
            + "name it on the command line to read it")
      default:
        skip("\(Self.kindName(info.st_mode)), not a file: not read")
      }
    }

    private static func kindName(_ mode: mode_t) -> String {
      switch mode & S_IFMT {
      case S_IFIFO: "a FIFO (named pipe)"
      case S_IFSOCK: "a socket"
      case S_IFCHR: "a character device"
      case S_IFBLK: "a block device"
      case S_IFDIR: "a folder"
      default: "something that is not a file"
      }
    }

    private func linkTarget(_ path: String) -> String? {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(path, &buffer, buffer.count - 1)
      guard count > 0 else { return nil }
      return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
  }

  /// Marks files found in folders whose content repeats another input's, byte
  /// for byte — a backup or a second copy — as skipped. Named files are always
  /// read; among copies found in folders, the first in order is read.
  package static func skipCopies(in entries: inout [Entry]) {
    struct Candidate {
      var index: Int
      var size: Int
      var identity: FileIdentity
      /// SHA-256 of the bytes, read only for files whose size another shares; nil if unreadable.
      var digest: [UInt8]? = nil
    }
    var candidates: [Candidate] = []
    for (index, entry) in entries.enumerated() where entry.isRead && entry.path != "-" {
      var info = stat()
      guard stat(entry.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { continue }
      candidates.append(Candidate(index: index, size: Int(info.st_size), identity: FileIdentity(info)))
    }
    let sizes = Dictionary(grouping: candidates, by: \.size).filter { group in
      group.value.count > 1 && group.value.contains { entries[$0.index].foundInFolder }
    }
    for (_, group) in sizes {
      // Named files first: they are read whatever else holds the same bytes.
      var ordered = group.filter { !entries[$0.index].foundInFolder } + group.filter { entries[$0.index].foundInFolder }
      // Each file is read once for its digest; bytes are compared only when digests agree.
      // (Comparing every pair read 5,000 same-sized files 12 million times: 2 minutes.)
      for position in ordered.indices { ordered[position].digest = digest(of: entries[ordered[position].index].path) }
      var kept: [Candidate] = []
      for candidate in ordered {
        guard entries[candidate.index].foundInFolder,
          let original = kept.first(where: { earlier in
            earlier.identity == candidate.identity
              || (earlier.digest != nil && earlier.digest == candidate.digest
                && sameContent(entries[earlier.index].path, entries[candidate.index].path))
          })
        else {
          kept.append(candidate)
          continue
        }
        entries[candidate.index].kind = .skipped(copyReason(of: entries[original.index].path))
      }
    }
  }

  /// Why a copy found in a folder is skipped: `original`, which holds the same bytes, is read.
  public static func copyReason(of original: String) -> String {
    "the same content as \(original), which is read; not read twice"
  }

  /// The SHA-256 of a file's bytes, or nil when it cannot be read.
  package static func digest(of path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var hasher = SHA256()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = readFully(descriptor, &buffer)
      guard n >= 0 else { return nil }
      if n == 0 { return Array(hasher.finalize()) }
      hasher.update(data: buffer[0..<n])
    }
  }

  /// Whether two files hold the same bytes; `false` when either cannot be read.
  package static func sameContent(_ a: String, _ b: String) -> Bool {
    let first = open(a, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard first >= 0 else { return false }
    defer { close(first) }
    let second = open(b, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard second >= 0 else { return false }
    defer { close(second) }
    let size = 1 << 16
    var left = [UInt8](repeating: 0, count: size), right = [UInt8](repeating: 0, count: size)
    while true {
      let n = readFully(first, &left), m = readFully(second, &right)
      guard n == m, n >= 0 else { return false }
      if n == 0 { return true }
      guard left[0..<n] == right[0..<m] else { return false }
    }
  }

  /// Reads until the buffer is full or the file ends; -1 on an error.
  private static func readFully(_ descriptor: Int32, _ buffer: inout [UInt8]) -> Int {
    buffer.withUnsafeMutableBytes { raw in (try? SystemIO.readFully(descriptor, into: raw)) ?? -1 }
  }
}

/// A file's device and inode: the same file, whatever path reaches it.
package struct FileIdentity: Hashable {
  package var device: UInt64
  package var inode: UInt64

  package init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
