import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Reports written to devices, pipes and links (issue 19, item 1). Run as root, a
/// report once renamed a file over `/dev/null`; these tests make their own devices
/// with `mknod` in a temporary folder and check they are still devices afterwards.
@Suite(
  "Outputs that are not regular files", .serialized,
  .enabled(if: SpecialFiles.canMakeDevices, "needs root and mknod"))
struct OutputTargetTests {
  private let sample = TestSupport.repositoryRoot.appendingPathComponent("samples/contacts.csv").path

  @Test("-o a null device writes into it and leaves it a character device")
  func nullDevice() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    let null = try files.characterDevice("null", major: 1, minor: 3)
    for format in ["text", "json", "markdown", "html", "csv"] {
      let result = try TestSupport.runCallaudit(["analyze", sample, "--format", format, "-o", null])
      #expect(result.status == 0, "\(format): \(result.standardError)")
      let kind = try #require(SpecialFiles.kind(of: null))
      #expect(kind.type == S_IFCHR && kind.device == dev_t(1) << 8 | 3, "\(format) replaced the device")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path) == ["null"])
  }

  @Test("--contacts-out a full device exits 74 with the reason, and the device stays")
  func fullDevice() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    let full = try files.characterDevice("full", major: 1, minor: 7)
    let null = try files.characterDevice("null", major: 1, minor: 3)
    let contacts = try TestSupport.runCallaudit(["analyze", sample, "-o", null, "--contacts-out", full])
    #expect(contacts.status == 74)
    #expect(contacts.standardError.contains("\(full): cannot write: no space left on device"))
    let report = try TestSupport.runCallaudit(["analyze", sample, "--format", "json", "-o", full])
    #expect(report.status == 74)
    #expect(SpecialFiles.kind(of: full)?.type == S_IFCHR)
    #expect(try FileManager.default.contentsOfDirectory(atPath: files.folder.path).sorted() == ["full", "null"])
  }

  @Test("A report on standard output that cannot be written exits 74")
  func standardOutputFull() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    let full = try files.characterDevice("full", major: 1, minor: 7)
    let handle = try #require(FileHandle(forWritingAtPath: full))
    defer { try? handle.close() }
    // Every format of both reporting commands (issue 20: the text report's failed writes
    // were once dropped and the run exited 0), and the other commands that print.
    var runs: [[String]] = ["text", "json", "markdown", "html", "csv"].map { ["analyze", sample, "--format", $0] }
    runs += ["text", "json", "markdown", "html"].map { ["compare", sample, "--format", $0] }
    runs += [["formats"], ["generate", "--contacts", "20", "--output", "-"]]
    for arguments in runs {
      let result = try TestSupport.runCallaudit(arguments, standardOutput: handle)
      #expect(result.status == 74, "\(arguments)")
      #expect(result.standardError == "callaudit: error: standard output: cannot write: no space left on device\n", "\(arguments)")
    }
  }

  @Test("A link to this process's standard output writes the report there and stays a link")
  func standardOutputLink() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    let link = try files.link("stdout", to: "/proc/self/fd/1")
    let result = try TestSupport.runCallaudit(["analyze", sample, "--format", "json", "-o", link])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("{\n  \"schema\": \"callaudit.report/1\""))
    #expect(SpecialFiles.kind(of: link)?.type == S_IFLNK)
  }

  @Test("A FIFO is written into, never replaced")
  func fifo() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    let fifo = try files.fifo("pipe")
    nonisolated(unsafe) var received = Data()
    let reader = Thread {
      received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
    }
    reader.start()
    let result = try TestSupport.runCallaudit(["analyze", sample, "--format", "json", "-o", fifo])
    while !reader.isFinished { usleep(10_000) }
    #expect(result.status == 0)
    #expect(String(decoding: received, as: UTF8.self).hasPrefix("{\n  \"schema\""))
    #expect(SpecialFiles.kind(of: fifo)?.type == S_IFIFO)
  }

  @Test("A link to a regular file replaces the target in its own folder, keeping its mode; the link stays")
  func linkToFile() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    try FileManager.default.createDirectory(atPath: files.path("real"), withIntermediateDirectories: true)
    let target = files.path("real/report.txt")
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
    chmod(target, 0o600)
    let link = try files.link("report.txt", to: "real/report.txt")
    let result = try TestSupport.runCallaudit(["analyze", sample, "-o", link])
    #expect(result.status == 0)
    #expect(SpecialFiles.kind(of: link)?.type == S_IFLNK)
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("callaudit — 1 input"))
    var status = stat()
    stat(target, &status)
    #expect(status.st_mode & 0o777 == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: files.path("real")) == ["report.txt"])
  }

  @Test("A dangling link creates its target")
  func danglingLink() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    let link = try files.link("report.json", to: "made.json")
    let result = try TestSupport.runCallaudit(["analyze", sample, "--format", "json", "-o", link])
    #expect(result.status == 0)
    #expect(SpecialFiles.kind(of: link)?.type == S_IFLNK)
    #expect(SpecialFiles.kind(of: files.path("made.json"))?.type == S_IFREG)
  }

  @Test("A block device, a folder and someone else's link in a shared sticky folder are refused with 73")
  func refused() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    let disk = try files.blockDevice("disk")
    let shared = files.path("shared")
    mkdir(shared, 0o777)
    chmod(shared, 0o1777)
    let victim = files.path("victim")
    try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
    let trap = try files.link("shared/trap", to: victim)
    #expect(lchown(trap, 65534, 65534) == 0)
    for (target, reason) in [
      (disk, "block device"), (files.folder.path, "folder"), (trap, "symbolic link in a shared folder"),
    ] {
      let result = try TestSupport.runCallaudit(["analyze", sample, "-o", target])
      #expect(result.status == 73, "\(target)")
      #expect(result.standardError.contains("\(target): cannot create:"), "\(target)")
      #expect(result.standardError.contains(reason), "\(target)")
    }
    #expect(SpecialFiles.kind(of: disk)?.type == S_IFBLK)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
  }

  @Test("generate --output and shard outputs leave a device a device")
  func otherCommands() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    let null = try files.characterDevice("null", major: 1, minor: 3)
    let full = try files.characterDevice("full", major: 1, minor: 7)
    let generated = try TestSupport.runCallaudit(["generate", "--contacts", "50", "--output", null, "--labels", null])
    #expect(generated.status == 0)
    let failed = try TestSupport.runCallaudit(["generate", "--contacts", "50", "--output", full])
    #expect(failed.status == 74)
    let normalized = try TestSupport.runCallaudit(["shard", "normalize", sample, "--index", "0", "--state", null])
    #expect(normalized.status == 0, "\(normalized.standardError)")
    #expect(SpecialFiles.kind(of: null)?.type == S_IFCHR)
    #expect(SpecialFiles.kind(of: full)?.type == S_IFCHR)
  }
}
