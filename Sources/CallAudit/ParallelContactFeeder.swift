import CallAuditMetrics
import CallAuditModel
import Dispatch
import Synchronization

/// Feeds one input's contacts to an analyzer, preparing them on several cores.
///
/// The reading thread hands over contacts in batches (``ContactBatcher``).
/// Each batch is prepared (``ContactAnalyzer/prepare(_:configuration:)``, the
/// costly transcript reading) on a worker while the reader goes on, and the
/// batches are absorbed strictly in the order they were read. The analyzer
/// therefore ends up exactly as if ``ContactAnalyzer/add(_:)`` had been called
/// on each contact in turn: the report is the same, byte for byte, whatever
/// the number of cores.
package final class ParallelContactFeeder: Sendable {
  /// Contacts per batch: large enough that handing a batch over costs
  /// nothing beside preparing it, small enough to keep every core busy.
  package static let batchSize = 1024
  /// Text bytes after which a batch is handed over even if not full: batches are
  /// bounded by what they hold, not only by their count, so that a file of very
  /// long transcripts keeps a few of them in flight, never hundreds (issue 19, item 4).
  package static let batchTextBytes = 4 << 20

  private let configuration: AnalysisConfiguration
  private let analyzer: Mutex<ContactAnalyzer>
  /// Absorbs batches one at a time, in submission order.
  private let absorbQueue = DispatchQueue(label: "callaudit.absorb")
  /// Batches read but not yet absorbed: bounds memory when preparing lags.
  private let pending: DispatchSemaphore
  /// Batches being prepared at once, shared by every input's feeder.
  private let workers: DispatchSemaphore

  /// A feeder whose batches are prepared at most `workers`' count at a time.
  package init(
    configuration: AnalysisConfiguration, storage: SpoolStorage, workers: DispatchSemaphore, maximumPending: Int
  ) {
    self.configuration = configuration
    analyzer = Mutex(ContactAnalyzer(configuration: configuration, storage: storage))
    self.workers = workers
    pending = DispatchSemaphore(value: max(1, maximumPending))
  }

  /// Queues one batch; blocks while too many batches wait to be absorbed.
  package func submit(_ batch: consuming [Contact]) {
    pending.wait()
    let handover = BatchHandover(batch)
    let ready = DispatchGroup()
    let configuration = self.configuration, workers = self.workers
    DispatchQueue.global().async(group: ready) {
      workers.wait()
      defer { workers.signal() }
      handover.prepare(configuration: configuration)
    }
    absorbQueue.async { [self] in
      ready.wait()
      var contacts = handover.takePrepared()
      analyzer.withLock { analyzer in
        // Prepared last first: popping gives them back in input order.
        while let contact = contacts.popLast() { analyzer.absorb(contact) }
      }
      pending.signal()
    }
  }

  /// Waits for every submitted batch and returns the analyzer.
  package func finish() -> ContactAnalyzer {
    absorbQueue.sync {}
    return analyzer.withLock { $0 }
  }
}

/// One batch on its way from the reading thread to a worker, and prepared from the worker
/// to the absorbing queue.
///
/// Each contact is moved, never copied: a copy would retain every string of the contact on
/// another core than the one that made it, and release it there again, which cost a few per
/// cent of the CPU of `--jobs 2` in retain and release alone (docs/performance.md).
private final class BatchHandover: Sendable {
  private let contacts: Mutex<[Contact]>
  private let prepared = Mutex<[ContactAnalyzer.PreparedContact]>([])

  init(_ contacts: consuming [Contact]) {
    self.contacts = Mutex(contacts)
  }

  /// Prepares the batch, last contact first (see ``takePrepared()``).
  func prepare(configuration: AnalysisConfiguration) {
    var contacts = self.contacts.withLock { Self.take(&$0) }
    var result: [ContactAnalyzer.PreparedContact] = []
    result.reserveCapacity(contacts.count)
    while let contact = contacts.popLast() { result.append(ContactAnalyzer.prepare(contact, configuration: configuration)) }
    prepared.withLock { $0 = result }
  }

  /// The prepared contacts, the batch's last first.
  func takePrepared() -> [ContactAnalyzer.PreparedContact] {
    prepared.withLock { Self.take(&$0) }
  }

  /// The array, leaving an empty one in its place, so that the taker holds the only
  /// reference and popping moves its elements out.
  private static func take<Element>(_ array: inout [Element]) -> [Element] {
    var taken: [Element] = []
    swap(&taken, &array)
    return taken
  }
}

/// Gathers contacts on the reading thread into batches for a ``ParallelContactFeeder``.
package struct ContactBatcher {
  private let feeder: ParallelContactFeeder
  private var batch: [Contact] = []
  private var batchBytes = 0

  package init(feeder: ParallelContactFeeder) {
    self.feeder = feeder
    batch.reserveCapacity(ParallelContactFeeder.batchSize)
  }

  /// Adds one contact, submitting the batch when it is full.
  package mutating func add(_ contact: Contact) {
    batch.append(contact)
    for turn in contact.turns { batchBytes += turn.text.utf8.count }
    if batch.count == ParallelContactFeeder.batchSize || batchBytes >= ParallelContactFeeder.batchTextBytes { flush() }
  }

  /// Submits what is gathered and returns the analyzer holding every contact.
  package mutating func finish() -> ContactAnalyzer {
    flush()
    return feeder.finish()
  }

  private mutating func flush() {
    guard !batch.isEmpty else { return }
    // Handed over as the only reference, so the worker moves the contacts out (a shared
    // buffer would be copied whole on the worker's core).
    var full: [Contact] = []
    full.reserveCapacity(ParallelContactFeeder.batchSize)
    swap(&full, &batch)
    feeder.submit(full)
    batchBytes = 0
  }
}
