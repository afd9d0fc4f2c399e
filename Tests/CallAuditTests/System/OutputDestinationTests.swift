import Foundation
import Testing
@testable import CallAuditSystem

#if canImport(Glibc)
  import Glibc
#endif

/// How ``OutputDestination`` classifies what a path names, in process.
@Suite("Output destinations", .enabled(if: SpecialFiles.canMakeDevices, "needs root and mknod"))
struct OutputDestinationTests {
  @Test("Devices and FIFOs are written in place, files replaced, and own descriptors used directly")
  func classification() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    let null = try files.characterDevice("null", major: 1, minor: 3)
    let fifo = try files.fifo("fifo")
    let file = files.path("report.txt")
    try Data().write(to: URL(fileURLWithPath: file))
    let chain = try files.link("b", to: "report.txt")
    let chainStart = try files.link("a", to: chain)
    #expect(try OutputDestination.resolve("-") == .standardOutput)
    #expect(try OutputDestination.resolve(null) == .inPlace(path: null))
    #expect(try OutputDestination.resolve(fifo) == .inPlace(path: fifo))
    #expect(try OutputDestination.resolve("/dev/fd/2") == .descriptor(2))
    #expect(try OutputDestination.resolve("/proc/self/fd/1") == .descriptor(1))
    guard case .replacing(let target, let existing) = try OutputDestination.resolve(chainStart) else {
      Issue.record("a chain of links to a file is not a file")
      return
    }
    #expect(target == files.path("report.txt"))
    #expect(existing != nil)
    guard case .replacing(let new, nil) = try OutputDestination.resolve(files.path("new.json")) else {
      Issue.record("a new name is not a new file")
      return
    }
    #expect(new == files.path("new.json"))
  }

  @Test("A loop of links and an unopened descriptor are refused or treated as names, never followed for ever")
  func loops() throws {
    let files = try SpecialFiles()
    defer { files.remove() }
    try files.link("x", to: "y")
    try files.link("y", to: "x")
    #expect(throws: OutputError.self) { try OutputDestination.resolve(files.path("x")) }
    // Descriptor 987 is not open: /dev/fd/987 names nothing callaudit may use.
    #expect(OutputDestination.ownDescriptor(named: "/dev/fd/987") == nil)
  }
}
