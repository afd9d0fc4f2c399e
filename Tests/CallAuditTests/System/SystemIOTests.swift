import Foundation
import Testing
@testable import CallAuditSystem

#if canImport(Glibc)
  import Glibc
#endif

/// The one layer over read and write: short writes continued, whole reads, failures with
/// the C library's text.
@Suite("System reads and writes")
struct SystemIOTests {
  @Test("A write larger than a pipe holds arrives whole, read back in full")
  func pipeRoundTrip() throws {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    // 1 MiB is sixteen times Linux's default pipe buffer: the write is short many times.
    let payload = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let reader = ends[0], writer = ends[1]
    let writing = Thread {
      try? SystemIO.writeAll(writer, payload)
      close(writer)
    }
    writing.start()
    var received = [UInt8](repeating: 0, count: payload.count + 10)
    let count = try received.withUnsafeMutableBytes { raw in try SystemIO.readFully(reader, into: raw) }
    close(reader)
    #expect(count == payload.count)
    #expect(Array(received[..<count]) == payload)
  }

  @Test("Writes and reads at an offset leave the rest of the file as it was")
  func offsets() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("systemio-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let descriptor = open(folder.appendingPathComponent("f").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    try SystemIO.writeAll(descriptor, Array("abcdef".utf8))
    try SystemIO.writeAll(descriptor, Array("XY".utf8), at: 2)
    var back = [UInt8](repeating: 0, count: 4)
    let count = try back.withUnsafeMutableBytes { try SystemIO.readFully(descriptor, into: $0, at: 1) }
    #expect(count == 4)
    #expect(String(decoding: back, as: UTF8.self) == "bXYe")
  }

  @Test(
    "A full device fails with the C library's sentence (a device made in a temporary folder)",
    .enabled(if: SpecialFiles.canMakeDevices, "needs root and mknod"))
  func fullDevice() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    // Character device 1,7 is what /dev/full is; made here, never the machine's own.
    let path = try files.characterDevice("full", major: 1, minor: 7)
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let failure = try #require(throws: SystemIO.Failure.self) { try SystemIO.writeAll(descriptor, [1, 2, 3]) }
    #expect(failure.description == "no space left on device")
  }
}
