/// The script lines of a corpus (mined, or given in a `--scripts` file) and a fast matcher.
///
/// A mined script keeps the fingerprints of up to `maximumVariants` clusters that were joined
/// into it (its paraphrases), and a sentence matches the script when it matches any of them.
/// `match` computes the 16 band keys of the fingerprint (`LSHBands.Scheme.matching`), probes
/// one index, and verifies each candidate by comparing all 32 MinHash positions: the cost
/// does not grow with the number of scripts, only with how many share a band with the
/// sentence.
public struct ScriptLibrary: Sendable {
  /// One script line.
  public struct Script: Sendable, Hashable {
    /// Position in `scripts` (ids are reassigned when known lines are added).
    public var id: Int
    /// A representative sentence, as said (for a mined script: one of its cluster's
    /// sentences, leading @handles removed, cut with "…" past `maximumTextBytes`).
    public var text: String
    /// Distinct customers it was said to (exact below 32, else a KMV estimate within ~18%);
    /// 0 for a known line never seen in the corpus.
    public var customers: Int
    /// Whether the line came from a `--scripts` file.
    public var known: Bool
    /// The kind of support move the line is, when the move library recognises it.
    public var kind: MoveKind?
    /// Whether the line is a template whose stated values vary from customer to customer:
    /// said with a value of the case, it is data, not script.
    public var carriesData: Bool

    /// Creates a script record.
    public init(id: Int, text: String, customers: Int, known: Bool, kind: MoveKind? = nil, carriesData: Bool = false) {
      self.id = id
      self.text = text
      self.customers = customers
      self.known = known
      self.kind = kind
      self.carriesData = carriesData
    }

    /// Whether the line is a ritual (greeting, closing, verification): it neither makes a
    /// contact scripted nor saves it.
    public var isRitual: Bool { kind?.isRitual ?? false }
  }

  /// A script before ids are assigned.
  package struct Entry: Sendable {
    /// See `Script.text`.
    package var text: String
    /// See `Script.customers`.
    package var customers: Int
    /// See `Script.known`.
    package var known: Bool
    /// The representative's fingerprint first, then joined paraphrase clusters'.
    package var fingerprints: [SentenceFingerprint]
    /// See `Script.kind`.
    package var kind: MoveKind? = nil
    /// See `Script.carriesData`.
    package var carriesData = false
  }

  /// Most paraphrase fingerprints kept per script.
  package static let maximumVariants = 8

  /// The scripts, sorted by support (descending), then text: deterministic.
  public private(set) var scripts: [Script] = []
  /// Estimated Jaccard a sentence needs with a script to match it.
  public let similarityThreshold: Double
  /// Every variant fingerprint, and the script id each belongs to.
  private var variants: [SentenceFingerprint] = []
  /// Each variant's ``QuickSignature``, read before the full fingerprint (a quarter of the bytes).
  private var variantQuickSignatures: [QuickSignature] = []
  private var variantOwners: [Int] = []
  /// Variant positions of each script (the first is its representative).
  private var variantRanges: [Range<Int>] = []
  private var index = BandIndex(expected: 64)

  /// An empty library (add lines with `addKnownLines`).
  public init(similarityThreshold: Double = 0.5) {
    self.similarityThreshold = similarityThreshold
  }

  /// A library of mined entries (sorted and indexed here).
  package init(entries: [Entry], similarityThreshold: Double) {
    self.similarityThreshold = similarityThreshold
    rebuild(entries)
  }

  /// Adds known script lines (from a `--scripts FILE`, one per line).
  ///
  /// Blank lines and lines starting with `#` are skipped; a line holding several sentences
  /// adds each. A sentence matching an existing script marks that script known instead of
  /// adding a duplicate. Returns the sentences too short to fingerprint (they cannot match).
  @discardableResult
  public mutating func addKnownLines(_ lines: [String]) -> [String] {
    var entries = scripts.map { script in
      Entry(
        text: script.text, customers: script.customers, known: script.known,
        fingerprints: Array(variants[variantRanges[script.id]]), kind: script.kind, carriesData: script.carriesData)
    }
    var rejected: [String] = []
    for line in lines {
      let trimmed = line.trimmingTextWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      for sentence in SentenceSplitter.sentences(in: trimmed) {
        guard let fingerprint = SentenceFingerprint(sentence: sentence) else {
          rejected.append(String(sentence))
          continue
        }
        if let existing = matchEntry(fingerprint, in: entries) {
          entries[existing].known = true
        } else {
          entries.append(
            Entry(
              text: String(sentence), customers: 0, known: true, fingerprints: [fingerprint],
              kind: SupportMoveLibrary.shipped.kind(of: String(sentence))))
        }
      }
    }
    rebuild(entries)
    return rejected
  }

  /// The script this sentence is a near-copy of (estimated Jaccard ≥ a documented threshold, e.g. 0.5–0.6), or nil.
  ///
  /// The threshold is `similarityThreshold` (0.5 by default), against any of the script's
  /// variants. Among several matching scripts the most similar wins, then the lower id.
  public func match(_ fingerprint: SentenceFingerprint) -> Int? {
    let needed = Self.agreementNeeded(similarityThreshold)
    let quick = fingerprint.quickSignature
    var best = -1
    var bestVariant = -1
    var bestAgreement = needed - 1
    let bands = LSHBands.Scheme.matching.count
    // Every band's lookup begun before any is finished, so that their cache misses overlap.
    withUnsafeTemporaryAllocation(of: BandIndex.Lookup.self, capacity: bands) { lookups in
      for band in 0..<bands {
        lookups.initializeElement(at: band, to: index.begin(LSHBands.key(fingerprint, band: band, scheme: .matching)))
      }
      variantQuickSignatures.withUnsafeBufferPointer { quickSignatures in
        for band in 0..<bands {
          index.forEach(lookups[band]) { variant in
            // Passed over without changing the answer: the best so far, met again in another
            // band, and a variant whose low bytes already agree too little (the quick
            // agreement is never below the full one).
            guard variant != bestVariant, quickSignatures[variant].agreement(with: quick) >= needed else { return }
            let id = variantOwners[variant]
            let agreement = variants[variant].agreement(with: fingerprint)
            if agreement > bestAgreement || (agreement == bestAgreement && id < best) {
              best = id
              bestVariant = variant
              bestAgreement = agreement
            }
          }
          if bestAgreement == SentenceFingerprint.hashCount { break }
        }
      }
    }
    return best >= 0 ? best : nil
  }

  /// The representative fingerprint of script `id`.
  public func fingerprint(of id: Int) -> SentenceFingerprint { variants[variantRanges[id].lowerBound] }

  private static func agreementNeeded(_ threshold: Double) -> Int {
    max(1, Int((threshold * Double(SentenceFingerprint.hashCount)).rounded(.up)))
  }

  /// A linear match used only while adding known lines (a short list, once).
  private func matchEntry(_ fingerprint: SentenceFingerprint, in entries: [Entry]) -> Int? {
    let needed = Self.agreementNeeded(similarityThreshold)
    var best: Int?
    var bestAgreement = needed - 1
    for (position, entry) in entries.enumerated() {
      for variant in entry.fingerprints {
        let agreement = variant.agreement(with: fingerprint)
        if agreement > bestAgreement { best = position; bestAgreement = agreement }
      }
    }
    return best
  }

  /// Sorts entries (support desc, then text), assigns ids and re-indexes.
  private mutating func rebuild(_ entries: [Entry]) {
    let sorted = entries.enumerated().sorted { a, b in
      if a.element.customers != b.element.customers {
        return a.element.customers > b.element.customers
      }
      if a.element.text != b.element.text { return a.element.text < b.element.text }
      return a.offset < b.offset
    }.map(\.element)
    scripts = sorted.enumerated().map { id, entry in
      Script(
        id: id, text: entry.text, customers: entry.customers, known: entry.known, kind: entry.kind,
        carriesData: entry.carriesData)
    }
    variants = []
    variantOwners = []
    variantRanges = []
    for (id, entry) in sorted.enumerated() {
      let start = variants.count
      variants.append(contentsOf: entry.fingerprints.prefix(Self.maximumVariants))
      variantOwners.append(contentsOf: repeatElement(id, count: variants.count - start))
      variantRanges.append(start..<variants.count)
    }
    variantQuickSignatures = variants.map(\.quickSignature)
    let bands = LSHBands.Scheme.matching
    index = BandIndex(expected: max(64, variants.count * bands.count))
    for (position, fingerprint) in variants.enumerated() {
      for band in 0..<bands.count {
        index.insert(LSHBands.key(fingerprint, band: band, scheme: bands), position)
      }
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing blanks (ASCII whitespace), as a `String`.
  fileprivate func trimmingTextWhitespace() -> String {
    var text = Substring(self)
    while let byte = text.utf8.first, byte.isBlankByte { text = text.dropFirst() }
    while let byte = text.utf8.last, byte.isBlankByte { text = text.dropLast() }
    return String(text)
  }
}
