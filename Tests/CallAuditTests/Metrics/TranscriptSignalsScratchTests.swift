import ContactGenerator
import Foundation
import Testing

@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditText

/// A transcript reads the same whatever this thread read before (the working storage is
/// kept per thread, ``TranscriptSignals/Scratch``), and an outsized transcript's storage is
/// not kept.
@Suite("Transcript reading's per-thread storage")
struct TranscriptSignalsScratchTests {
  /// Every stored property, as the default description spells it.
  private static func reading(_ turns: [Turn]) -> String {
    var observed: [String] = []
    let signals = TranscriptSignals(turns: turns) { sentence, fingerprint, values, traits in
      observed.append("\(sentence)|\(fingerprint)|\(values)|\(String(describing: traits))")
    }
    return "\(signals)\n\(observed)"
  }

  private static func transcripts() throws -> [[Turn]] {
    var result = try SampleGenerator(configuration: GeneratorConfiguration(seed: 7, contacts: 300)).map {
      $0.contact.turns
    }
    // Edges: no customer words, no agent words, a customer's specifics echoed, nothing at all.
    result.append([Turn(speaker: .agent, text: "Please restart your router and tell us if the lights come back on.")])
    result.append([Turn(speaker: .customer, text: "My internet at 12 Elm Street has been down since Monday!")])
    result.append([
      Turn(speaker: .customer, text: "Account AC-71426823, the router at 12 Elm Street keeps dropping."),
      Turn(speaker: .agent, text: "I checked AC-71426823 and the line to 12 Elm Street is being repaired today."),
    ])
    result.append([])
    return result
  }

  @Test("Read in order, in reverse, and each on a new thread: the same readings")
  func independentOfWhatCameBefore() throws {
    let transcripts = try Self.transcripts()
    let forward = transcripts.map(Self.reading)
    let backward = Array(transcripts.reversed().map(Self.reading).reversed())
    // Compared one by one, so that a failure shows the first transcript that differs.
    let differing = forward.indices.filter { forward[$0] != backward[$0] }
    #expect(differing.isEmpty, "\(differing.count) transcripts read differently in reverse order")
    if let first = differing.first { #expect(forward[first] == backward[first], "transcript \(first)") }
    // A new thread starts with empty storage: the first readings, each alone on its thread.
    for (position, turns) in transcripts.enumerated() where position < 20 || position >= transcripts.count - 4 {
      let alone = Self.readOnNewThread(turns)
      #expect(alone == forward[position], "transcript \(position)")
    }
    #expect(Set(forward).count > transcripts.count / 2)  // the readings differ from contact to contact
  }

  @Test("An ordinary transcript's storage is kept and used again, an outsized one's dropped")
  func bounded() {
    let scratch = TranscriptSignals.Scratch.forThisThread
    _ = Self.reading([
      Turn(speaker: .customer, text: "My router keeps dropping, account AC-71426823."),
      Turn(speaker: .agent, text: "Please restart the router and check AC-71426823 again today."),
    ])
    #expect(scratch.buffers.tokens.capacity > 0)
    // The customer's scanner reads every turn; the agent's sentence may come from the
    // per-thread sentence memo on a second run, and is then not lexed again.
    #expect(scratch.buffers.customerSpecifics.storageBytes > 0)
    // The next reading uses the same storage, not a copy of it (emptying an array held
    // twice would copy it).
    let tokens = scratch.buffers.tokens.withUnsafeBufferPointer { $0.baseAddress }
    let readings = scratch.buffers.readings.withUnsafeBufferPointer { $0.baseAddress }
    let covered = scratch.buffers.covered.withUnsafeBufferPointer { $0.baseAddress }
    _ = Self.reading([
      Turn(speaker: .customer, text: "The router keeps dropping again, account AC-71426823."),
      Turn(speaker: .agent, text: "Please restart it and check AC-71426823 once more."),
    ])
    #expect(scratch.buffers.tokens.withUnsafeBufferPointer { $0.baseAddress } == tokens)
    #expect(scratch.buffers.readings.withUnsafeBufferPointer { $0.baseAddress } == readings)
    #expect(scratch.buffers.covered.withUnsafeBufferPointer { $0.baseAddress } == covered)
    // One agent sentence of 60,000 words and no full stop: its tokens and lexemes alone are
    // past the bound.
    let long = "We checked AC-71426823 " + String(repeating: "router ", count: 60_000)
    _ = Self.reading([
      Turn(speaker: .customer, text: "Account AC-71426823 is down."), Turn(speaker: .agent, text: long),
    ])
    let tokenBytes = scratch.buffers.tokens.capacity * MemoryLayout<SignalToken>.stride
    #expect(tokenBytes <= TranscriptSignals.Scratch.keptBytes)
    #expect(scratch.buffers.agentSpecifics.storageBytes <= TranscriptSignals.Scratch.keptBytes)
  }

  private static func readOnNewThread(_ turns: [Turn]) -> String {
    final class Box: @unchecked Sendable { var value = "" }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = reading(turns)
      done.signal()
    }
    thread.start()
    done.wait()
    return box.value
  }
}
