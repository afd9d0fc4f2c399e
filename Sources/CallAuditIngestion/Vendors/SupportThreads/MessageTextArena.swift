import CallAuditSystem

/// The messages' text, one after another in reading order: in memory up to a
/// budget, then in an anonymous temporary file (``SpoolFile``), so that a
/// support-threads file of millions of messages holds their text on disk while
/// its threads are assembled, and memory keeps only a few words per message.
package struct MessageTextArena {
  /// Text bytes kept in memory before they go to the file.
  package static let memoryBudget = 16 << 20

  /// Where each message's text ends, counted from the first byte ever appended.
  private var ends: [Int] = []
  /// The bytes not yet spilled; they start at `memoryStart`.
  private var memory: [UInt8] = []
  private var memoryStart = 0
  private var file: SpoolFile?
  /// Set when the file cannot be written: the text then stays in memory.
  private var spillFailed = false

  /// Messages closed so far.
  package var count: Int { ends.count }

  /// Appends the text of `record`'s `column` to the message being read.
  package mutating func appendText(_ record: CSVRecord, column: Int) {
    MessageText.append(record, column: column, to: &memory)
  }

  /// Ends the message being read (which may have no text).
  package mutating func closeMessage() {
    ends.append(memoryStart + memory.count)
    if memory.count > Self.memoryBudget, !spillFailed { spill() }
  }

  /// The text of message `position`.
  package func bytes(_ position: Int) -> ArraySlice<UInt8> {
    let start = position == 0 ? 0 : ends[position - 1]
    let end = ends[position]
    if start >= memoryStart { return memory[(start - memoryStart)..<(end - memoryStart)] }
    // Spilled texts end before memoryStart: a message is spilled whole.
    return file!.read(offset: start, count: end - start)[...]
  }

  private mutating func spill() {
    do {
      let file = try self.file ?? SpoolFile()
      self.file = file
      let offset = try file.append(memory)
      precondition(offset == memoryStart, "the text file is written by this arena alone")
      memoryStart += memory.count
      memory.removeAll(keepingCapacity: true)
    } catch {
      spillFailed = true
    }
  }
}
