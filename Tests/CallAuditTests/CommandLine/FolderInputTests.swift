import Foundation
import Testing

@testable import CallAudit

#if canImport(Glibc)
  import Glibc
#endif

/// `analyze FOLDER` over what real folders hold besides exports: clutter is
/// skipped by content with one note each, special files are named and never
/// opened, nothing is passed over silently, and the run exits 0 when every
/// export was read.
@Suite("Folders of exports and clutter")
struct FolderInputTests {
  /// A folder as the issue describes it: two exports, the clutter of
  /// fixtures/clutter (but the workbook and JSON, which are refused), the
  /// generator's labels, and a backup that repeats an export in a subfolder.
  private func clutteredFolder() throws -> URL {
    let folder = try TestSupport.temporaryDirectory()
    let manager = FileManager.default
    for name in ["notes.txt", "Thumbs.db", "DS_Store", "~$contacts.xlsx"] {
      try manager.copyItem(atPath: TestSupport.fixture("clutter/\(name)"), toPath: folder.appendingPathComponent(name).path)
    }
    try manager.copyItem(atPath: TestSupport.fixture("canonical/small.csv"), toPath: folder.appendingPathComponent("contacts.csv").path)
    try manager.copyItem(atPath: TestSupport.fixture("canonical/small.xml"), toPath: folder.appendingPathComponent("contacts.xml").path)
    try manager.copyItem(
      atPath: TestSupport.repositoryRoot.appendingPathComponent("samples/contacts-labels.csv").path,
      toPath: folder.appendingPathComponent("contacts-labels.csv").path)
    let sub = folder.appendingPathComponent("sub")
    try manager.createDirectory(at: sub, withIntermediateDirectories: true)
    try manager.copyItem(atPath: TestSupport.fixture("canonical/small.xml"), toPath: sub.appendingPathComponent("old.xml.bak").path)
    try Data([0, 0, 0, 1]).write(to: folder.appendingPathComponent(".DS_Store"))
    return folder
  }

  private func json(_ run: TestSupport.RunResult) throws -> [[String: Any]] {
    let document = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    return try #require(document["inputs"] as? [[String: Any]])
  }

  @Test("Clutter is skipped with one note each, the exports read, and the run exits 0")
  func clutter() throws {
    let folder = try clutteredFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try TestSupport.runCallaudit(["analyze", folder.path, "--format", "json"])
    #expect(run.status == 0, "\(run.standardError)")
    let inputs = try json(run)
    let byName = Dictionary(uniqueKeysWithValues: inputs.map { (String(($0["path"] as! String).dropFirst(folder.path.count + 1)), $0) })
    let expectedSkips = [
      "notes.txt": "text without a table's columns", "Thumbs.db": "thumbnail cache", "DS_Store": "macOS folder metadata",
      "~$contacts.xlsx": "an Office lock file", "contacts-labels.csv": "ground-truth labels",
      "sub/old.xml.bak": "the same content as \(folder.path)/contacts.xml", ".DS_Store": "a hidden file",
    ]
    #expect(Set(byName.keys) == Set(expectedSkips.keys).union(["contacts.csv", "contacts.xml"]))
    for (name, reason) in expectedSkips {
      let skipped = byName[name]?["skipped"] as? String
      #expect(skipped?.contains(reason) == true, "\(name): \(String(describing: skipped))")
      // One note line each on standard error, naming the file.
      let lines = run.standardError.split(separator: "\n").filter { $0.contains("\(folder.path)/\(name): skipped: ") }
      #expect(lines.count == 1, "\(name)")
    }
    #expect(byName["contacts.csv"]?["accepted"] as? Int == 5)
    #expect(byName["contacts.xml"]?["accepted"] as? Int == 5)
    // The text report lists them in its inputs section too.
    let text = try TestSupport.runCallaudit(["analyze", folder.path, "--quiet"])
    #expect(text.status == 0 && text.standardError.isEmpty, "\(text.standardError)")
    #expect(text.standardOutput.contains("callaudit — 9 inputs (7 skipped), 10 records"))
    #expect(text.standardOutput.contains("\(folder.path)/notes.txt: skipped: text without a table's columns"))
  }

  @Test("--exclude leaves out what it matches, at any depth or below the folder")
  func exclude() throws {
    let folder = try clutteredFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A backup that differs from every input: read unless excluded.
    try Data(try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("canonical/small.csv"))).dropLast(1))
      .write(to: folder.appendingPathComponent("sub/older.csv.bak"))
    let all = try json(try TestSupport.runCallaudit(["analyze", folder.path, "--format", "json"]))
    #expect(all.contains { ($0["path"] as? String)?.hasSuffix("sub/older.csv.bak") == true && $0["format"] as? String == "csv" })
    let run = try TestSupport.runCallaudit([
      "analyze", folder.path, "--format", "json", "--exclude", "*.bak", "--exclude", "sub/*", "--exclude", "notes.*",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let paths = try json(run).compactMap { $0["path"] as? String }
    #expect(!paths.contains { $0.contains("/sub/") || $0.hasSuffix("notes.txt") })
    #expect(run.standardError.contains("--exclude '*.bak' left out 2 files and folders"))
    #expect(run.standardError.contains("--exclude 'sub/*' left out 0 files and folders"))
    #expect(run.standardError.contains("--exclude 'notes.*' left out 1 file or folder"))
    // compare takes it too.
    let compare = try TestSupport.runCallaudit(["compare", folder.path, "--exclude", "*.bak", "--quiet"])
    #expect(compare.status == 0, "\(compare.standardError)")
  }

  @Test("FIFOs, sockets, devices and odd links in a folder are named, never opened")
  func specialFiles() throws {
    let special = try SpecialFiles()
    defer { special.remove() }
    try FileManager.default.copyItem(atPath: TestSupport.fixture("canonical/small.csv"), toPath: special.path("contacts.csv"))
    try special.fifo("pipe")
    try special.link("dangling.csv", to: special.path("gone.csv"))
    try special.link("loop", to: special.folder.path)
    let socketPath = special.path("socket")
    let socket = try Self.boundSocket(at: socketPath)
    defer { close(socket) }
    var expected = [
      "pipe": "a FIFO (named pipe): not read from a folder", "dangling.csv": "a link to '\(special.path("gone.csv"))' that does not exist",
      "loop": "a link to a folder already searched", "socket": "a socket, not a file",
    ]
    if SpecialFiles.canMakeDevices {
      try special.characterDevice("null", major: 1, minor: 3)
      try special.link("to-null", to: special.path("null"))
      expected["null"] = "a character device, not a file"
      expected["to-null"] = "a link to a character device"
    }
    // Listing looks at them without opening any: a FIFO would block the open.
    let listing = InputPaths.list([special.folder.path])
    for (name, reason) in expected {
      let entry = try #require(listing.entries.first { $0.path == special.path(name) }, "\(name)")
      guard case .skipped(let why) = entry.kind else {
        Issue.record("\(name) is not skipped: \(entry.kind)")
        continue
      }
      #expect(why.contains(reason), "\(name): \(why)")
    }
    #expect(listing.files == [special.path("contacts.csv")])
    let run = try TestSupport.runCallaudit(["analyze", special.folder.path])
    #expect(run.status == 0, "\(run.standardError)")
    for name in expected.keys {
      #expect(run.standardError.contains("\(special.path(name)): skipped: "), "\(name)")
    }
  }

  @Test("A FIFO named on the command line is read: that is the user asking")
  func namedFIFO() throws {
    let special = try SpecialFiles()
    defer { special.remove() }
    let fifo = try special.fifo("export.csv")
    let content = try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixture("canonical/small.csv")))
    let writer = DispatchGroup()
    writer.enter()
    DispatchQueue.global().async {
      // Waits for callaudit to open the FIFO for reading.
      let descriptor = open(fifo, O_WRONLY)
      if descriptor >= 0 {
        _ = content.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
        close(descriptor)
      }
      writer.leave()
    }
    let run = try TestSupport.runCallaudit(["analyze", fifo, "--format", "json"])
    // Had callaudit not opened it, this releases the writer so the test ends.
    let release = open(fifo, O_RDONLY | O_NONBLOCK)
    writer.wait()
    if release >= 0 { close(release) }
    #expect(run.status == 0, "\(run.standardError)")
    let input = try #require(try json(run).first)
    #expect(input["accepted"] as? Int == 5)
  }

  @Test(
    "A subfolder that cannot be read is named with the reason, and the run exits 66",
    .enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
  func unreadableSubfolder() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer {
      chmod(folder.appendingPathComponent("locked").path, 0o755)
      try? FileManager.default.removeItem(at: folder)
    }
    chmod(folder.path, 0o755)
    try FileManager.default.copyItem(atPath: TestSupport.fixture("canonical/small.csv"), toPath: folder.appendingPathComponent("contacts.csv").path)
    chmod(folder.appendingPathComponent("contacts.csv").path, 0o644)
    let locked = folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
    chmod(locked.path, 0o000)
    // Root reads any folder, so the run drops to nobody to meet a folder it cannot read.
    var arguments = [TestSupport.executable.path, "analyze", folder.path]
    if geteuid() == 0 { arguments = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] + arguments }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    process.currentDirectoryURL = URL(fileURLWithPath: "/")
    let error = Pipe(), output = Pipe()
    process.standardError = error
    process.standardOutput = output
    try process.run()
    let errorText = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    _ = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 66, "\(errorText)")
    #expect(errorText.contains("\(locked.path): cannot open: a folder that cannot be read: permission denied"), "\(errorText)")
  }

  @Test("When every input is skipped, nothing was read: exit 65")
  func everythingSkipped() throws {
    let run = try TestSupport.runCallaudit(["analyze", TestSupport.fixture("clutter/notes.txt")])
    #expect(run.status == 65)
    #expect(run.standardError.contains("skipped: text without a table's columns"))
    #expect(run.standardError.contains("nothing was read"))
  }

  @Test("A workbook or JSON among the exports stops with its sentence: exit 65", arguments: [
    ("contacts.xlsx", "an Excel workbook: save it as CSV (File → Save As → CSV UTF-8)"),
    ("tickets.json", "JSON (an array of objects with keys id, subject, status, requester, created_at, comments); of JSON, callaudit reads only the layouts callaudit formats lists (speech-analytics transcripts; Intercom, Help Scout, Zendesk, Freshdesk and Gorgias conversations and tickets)"),
  ])
  func refused(name: String, sentence: String) throws {
    let run = try TestSupport.runCallaudit(["analyze", TestSupport.fixture("canonical/small.csv"), TestSupport.fixture("clutter/\(name)")])
    #expect(run.status == 65)
    #expect(run.standardError.contains("error: \(TestSupport.fixture("clutter/\(name)")): \(sentence)"), "\(run.standardError)")
  }

  @Test("A file found twice in folders is read once; files named twice are read as named")
  func copies() throws {
    let folder = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let a = folder.appendingPathComponent("a.csv").path, b = folder.appendingPathComponent("b.csv").path
    try FileManager.default.copyItem(atPath: TestSupport.fixture("canonical/small.csv"), toPath: a)
    try FileManager.default.copyItem(atPath: TestSupport.fixture("canonical/small.csv"), toPath: b)
    let listed = InputPaths.list([folder.path]).entries
    #expect(listed.map(\.path) == [a, b])
    #expect(listed[0].isRead && listed[1].kind == .skipped("the same content as \(a), which is read; not read twice"))
    // A named file is read; its copy in a folder is the one skipped.
    let named = InputPaths.list([folder.path, b]).entries
    #expect(named.filter(\.isRead).map(\.path) == [b])
    let twice = InputPaths.list([a, a]).entries
    #expect(twice.count == 2 && twice.allSatisfy { $0.isRead })
  }

  /// A listening Unix socket at `path`.
  private static func boundSocket(at path: String) throws -> Int32 {
    let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw SpecialFileError(path: path, errno: errno) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      let bytes = Array(path.utf8.prefix(raw.count - 1))
      raw.copyBytes(from: bytes)
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    guard bound == 0 else { throw SpecialFileError(path: path, errno: errno) }
    return descriptor
  }
}
