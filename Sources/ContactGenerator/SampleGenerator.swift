/// Generates labelled contacts from a ``GeneratorConfiguration``, one at a time
/// and in opening-time order, with memory bounded by the contacts still
/// waiting to happen (repeats up to 6 days ahead), not by the total — so
/// millions of contacts can be streamed to disk.
///
/// Iterating twice, or on another machine, yields byte-identical contacts.
///
/// ```swift
/// let generator = try SampleGenerator(configuration: .init(seed: 7, contacts: 1000))
/// for labeled in generator { write(writer.render(labeled.contact)) }
/// ```
public struct SampleGenerator: Sequence, Sendable {
  /// What is generated.
  public let configuration: GeneratorConfiguration

  /// Creates a generator after checking the configuration.
  /// - Throws: ``GeneratorConfigurationError`` when it cannot be generated.
  public init(configuration: GeneratorConfiguration) throws(GeneratorConfigurationError) {
    try configuration.validate()
    self.configuration = configuration
  }

  /// Exactly `configuration.contacts`.
  public var underestimatedCount: Int { configuration.contacts }

  public func makeIterator() -> Iterator { Iterator(configuration: configuration) }

  /// Plans episodes just ahead of the clock and emits contacts whose time has come.
  public struct Iterator: IteratorProtocol {
    private var planner: EpisodePlanner
    private let renderer: ContactRenderer
    private var waiting = MinHeap<PlannedContact>()
    private var nextStart: Int64?
    private var contactNumbers: [Int]

    init(configuration: GeneratorConfiguration) {
      planner = EpisodePlanner(configuration: configuration)
      renderer = ContactRenderer(seed: configuration.seed, layouts: planner.providerLayouts)
      contactNumbers = Array(repeating: 0, count: configuration.providers.count)
      nextStart = planner.nextEpisodeStart()
    }

    public mutating func next() -> LabeledContact? {
      while true {
        if let start = nextStart, waiting.min.map({ $0.openedAt > start }) ?? true {
          // Nothing waiting is due before the next episode begins: plan it.
          for planned in planner.planEpisode(startingAt: start) { waiting.push(planned) }
          nextStart = planner.nextEpisodeStart()
          continue
        }
        guard let due = waiting.popMin() else { return nil }
        contactNumbers[due.provider] += 1
        return renderer.render(due, number: contactNumbers[due.provider])
      }
    }
  }
}
