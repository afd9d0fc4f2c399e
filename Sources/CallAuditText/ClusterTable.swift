/// The miner's bounded table of sentence clusters, run as a space-saving heavy-hitter summary.
///
/// Each slot holds a representative fingerprint and text, counters and a slab-allocated KMV
/// sketch of its customers. A min-heap orders slots by (priority, admission serial); when the
/// table is full a new cluster takes the root's slot and inherits its priority as `error`
/// (Metwally et al., space-saving). Priority rises by one per new customer, so it counts
/// customer increments: a cluster ends with priority − error ≤ true increments ≤ priority, and
/// any cluster with more than (increments ÷ capacity) is never evicted for good.
/// Storage grows with use up to `capacity` slots and never beyond.
package struct ClusterTable: Sendable {
  /// Per-slot counters, together so an update touches one cache line.
  package struct Counters: Sendable, BitwiseCopyable {
    /// Sentences that joined the slot since its last admission.
    package var observations = 0
    /// Space-saving counter: customer increments plus inherited error.
    package var priority = 0
    /// Inherited over-count (customers possibly lost to earlier evictions).
    package var error = 0
    /// Admission order, for deterministic tie-breaks.
    package var serial = 0
    /// Customer hashes stored in the slot's sketch.
    package var customerCount = 0
    /// Bytes of representative text stored.
    package var textLength = 0
    /// Whether the representative text was cut.
    package var textCut = false
    /// Whether the text stored is the cluster's only sentence's, not yet its
    /// representative: kept so that a merged miner can give the cluster a text.
    package var textProvisional = false
    /// Distinct value hashes stored in the slot's value sketch (at most `valueSketchSize`).
    package var valueCount = 0
  }

  /// Distinct values kept per slot: enough to tell a constant (a phone number, a web
  /// address) from a slot that varies from customer to customer.
  package static let valueSketchSize = 8

  /// Most slots.
  package let capacity: Int
  /// Customer hashes kept per slot.
  package let sketchSize: Int
  /// Text bytes kept per slot.
  package let maximumTextBytes: Int

  /// Slots in use (0..<count).
  package private(set) var count = 0
  /// Representative fingerprint per slot.
  package private(set) var fingerprints: [SentenceFingerprint] = []
  /// The representative's `QuickSignature`, kept apart so screening candidates stays in cache.
  package private(set) var quickSignatures: [QuickSignature] = []
  /// Counters per slot.
  package private(set) var counters: [Counters] = []
  /// Generation per slot, bumped when the slot is reused: band-index entries made for an
  /// earlier occupant carry an older generation and are ignored (see `ClusterIndex`).
  package private(set) var generations: [UInt8] = []
  private var textBytes: [UInt8] = []
  private var customerSlab: [UInt64] = []
  /// The first distinct value hashes of each slot's sentences (`valueSketchSize` per slot).
  private var valueSlab: [UInt64] = []
  /// A heap node: the ordering key (priority << 40 | serial) lives in the heap itself, so a
  /// sift reads one contiguous array instead of per-slot arrays.
  package struct HeapNode: BitwiseCopyable {
    /// `heapKey` of the slot's counters.
    package var key: UInt64
    /// The slot.
    package var slot: Int32
  }

  /// The eviction min-heap (see `ClusterTable+Heap`).
  package var heap: [HeapNode] = []
  /// Where each slot's node sits in `heap`.
  package var heapPositions: [Int32] = []
  private var nextSerial = 0

  /// An empty table.
  package init(capacity: Int, sketchSize: Int, maximumTextBytes: Int) {
    self.capacity = capacity
    self.sketchSize = sketchSize
    self.maximumTextBytes = maximumTextBytes
  }

  /// Whether every slot is taken.
  package var isFull: Bool { count == capacity }

  /// The slot a new cluster would evict: lowest priority, oldest admission first.
  package var evictionCandidate: Int { Int(heap[0].slot) }

  // MARK: Admission

  /// Stores a new cluster in a fresh slot, or in the eviction candidate's slot when full
  /// (bumping its generation); returns the slot.
  package mutating func admit(
    fingerprint: SentenceFingerprint, text: Substring, customers: UnsafeBufferPointer<UInt64>,
    observations joined: Int, priority: Int, error: Int, values: UnsafeBufferPointer<UInt64> = .init(start: nil, count: 0),
    textProvisional: Bool? = nil
  ) -> Int {
    let slot: Int
    var reused = false
    if count < capacity {
      slot = count
      count += 1
      reserveIfNeeded()
      fingerprints.append(fingerprint)
      quickSignatures.append(fingerprint.quickSignature)
      counters.append(Counters())
      generations.append(0)
      textBytes.append(contentsOf: repeatElement(0, count: maximumTextBytes))
      customerSlab.append(contentsOf: repeatElement(0, count: sketchSize))
      valueSlab.append(contentsOf: repeatElement(0, count: Self.valueSketchSize))
      heapPositions.append(Int32(heap.count))
      heap.append(HeapNode(key: 0, slot: Int32(slot)))
    } else {
      slot = evictionCandidate
      reused = true
      fingerprints[slot] = fingerprint
      quickSignatures[slot] = fingerprint.quickSignature
      generations[slot] &+= 1
    }
    var state = Counters(
      observations: joined, priority: priority, error: error, serial: nextSerial)
    state.textLength = 0
    nextSerial += 1
    // A cluster said once is never a script: its representative text is its second
    // sentence's. The first is stored too, as provisional, since a miner merged into
    // another (one input of many) may hold that cluster's only sentence.
    (state.textLength, state.textCut) = storeText(text, in: slot)
    state.textProvisional = textProvisional ?? (joined < 2)
    let stored = min(customers.count, sketchSize)
    state.customerCount = stored
    for index in 0..<stored { customerSlab[slot * sketchSize + index] = customers[index] }
    state.valueCount = min(values.count, Self.valueSketchSize)
    for index in 0..<state.valueCount { valueSlab[slot * Self.valueSketchSize + index] = values[index] }
    counters[slot] = state
    let position = Int(heapPositions[slot])
    heap[position].key = Self.heapKey(state)
    if reused { siftDown(position) } else { siftUp(position) }
    return slot
  }

  /// Grows storage in two steps (half, then full capacity) so arrays never over-allocate.
  private mutating func reserveIfNeeded() {
    guard fingerprints.count == fingerprints.capacity else { return }
    let target = fingerprints.count < capacity / 2 ? max(64, fingerprints.count * 2) : capacity
    let slots = min(capacity, target)
    fingerprints.reserveCapacity(slots)
    quickSignatures.reserveCapacity(slots)
    counters.reserveCapacity(slots)
    generations.reserveCapacity(slots)
    textBytes.reserveCapacity(slots * maximumTextBytes)
    customerSlab.reserveCapacity(slots * sketchSize)
    valueSlab.reserveCapacity(slots * Self.valueSketchSize)
    heap.reserveCapacity(slots)
    heapPositions.reserveCapacity(slots)
  }

  /// Copies the sentence's UTF-8 into the slot, cut at a character boundary if too long.
  /// Leading @handles are left out: in chat and social exports they are the customer's id,
  /// which has no place in a script's text (or a report).
  private mutating func storeText(_ text: Substring, in slot: Int) -> (Int, Bool) {
    let base = slot * maximumTextBytes
    let limit = maximumTextBytes
    return textBytes.withUnsafeMutableBufferPointer { slab in
      func copy(_ all: UnsafeBufferPointer<UInt8>) -> (Int, Bool) {
        var start = 0
        while start < all.count, all[start] == UInt8(ascii: "@") {
          var end = start
          while end < all.count, !all[end].isBlankByte { end += 1 }
          while end < all.count, all[end].isBlankByte { end += 1 }
          if end == all.count { break }  // nothing but handles: keep them
          start = end
        }
        let bytes = UnsafeBufferPointer(rebasing: all[start...])
        guard bytes.count > limit else {
          for index in 0..<bytes.count { slab[base + index] = bytes[index] }
          return (bytes.count, false)
        }
        // Leave room for "…" (3 bytes) and back up to a character boundary.
        var length = limit - 3
        while length > 0, bytes[length] & 0xC0 == 0x80 { length -= 1 }
        for index in 0..<length { slab[base + index] = bytes[index] }
        return (length, true)
      }
      if let result = text.utf8.withContiguousStorageIfAvailable(copy) { return result }
      return Array(text.utf8).withUnsafeBufferPointer(copy)
    }
  }

  // MARK: Updates

  /// Records one more sentence `text` for `slot` from the customer with hash `customer`;
  /// `value` hashes the values of the case it states (0 when none).
  package mutating func record(_ customer: UInt64, text: Substring, value: UInt64 = 0, in slot: Int) {
    var state = counters[slot]
    state.observations += 1
    if value != 0 { noteValue(value, in: slot, &state) }
    if state.textLength == 0 || state.textProvisional {
      (state.textLength, state.textCut) = storeText(text, in: slot)
      state.textProvisional = false
    }
    let changed = customerSlab.withUnsafeMutableBufferPointer { slab in
      DistinctSketch.insert(
        customer, into: slab.baseAddress! + slot * sketchSize, count: &state.customerCount,
        capacity: sketchSize)
    }
    // A saturated sketch cannot tell a new customer from a known one; counting the sentence
    // then over-states priority only for clusters already far above any threshold.
    if changed || state.customerCount == sketchSize {
      state.priority += 1
      counters[slot] = state
      let position = Int(heapPositions[slot])
      heap[position].key = Self.heapKey(state)
      siftDown(position)
    } else {
      counters[slot] = state
    }
  }

  /// Adds a value hash to `slot`'s value sketch, when new and there is room.
  private mutating func noteValue(_ value: UInt64, in slot: Int, _ state: inout Counters) {
    let base = slot * Self.valueSketchSize
    for index in 0..<state.valueCount where valueSlab[base + index] == value { return }
    guard state.valueCount < Self.valueSketchSize else { return }
    valueSlab[base + state.valueCount] = value
    state.valueCount += 1
  }

  /// The distinct value hashes stored for `slot`.
  package func values(of slot: Int) -> ArraySlice<UInt64> {
    let base = slot * Self.valueSketchSize
    return valueSlab[base..<(base + counters[slot].valueCount)]
  }

  /// Folds another table's cluster into `slot` (counters add, customer sketches unite).
  ///
  /// `text` is the other cluster's stored sentence (``storedText(of:)``) and `textIsFinal`
  /// whether it is its representative. A cluster of this table said once takes it, as
  /// one miner would have taken the second sentence, when the other's was said more than
  /// once or by another customer; the same customer's sentence read again in another
  /// input (a copy of the export) leaves it said once, as one miner would.
  package mutating func absorb(
    customers: DistinctSketch, observations joined: Int, priority: Int, error: Int,
    values: ArraySlice<UInt64> = [], text: Substring = "", textIsFinal: Bool = false, into slot: Int
  ) {
    var union = self.customers(of: slot)
    let before = union.values.count
    union.formUnion(customers)
    var state = counters[slot]
    state.customerCount = union.values.count
    for (index, value) in union.values.enumerated() {
      customerSlab[slot * sketchSize + index] = value
    }
    if state.textLength == 0 || state.textProvisional, textIsFinal || union.values.count > before {
      if !text.isEmpty { (state.textLength, state.textCut) = storeText(text, in: slot) }
      state.textProvisional = false
    }
    state.observations += joined
    state.priority += priority
    state.error += error
    for value in values { noteValue(value, in: slot, &state) }
    counters[slot] = state
    let position = Int(heapPositions[slot])
    heap[position].key = Self.heapKey(state)
    siftDown(position)
  }

  // MARK: Reading

  /// The representative sentence of `slot`, as said (cut with "…" if it was too long);
  /// empty for a cluster said once.
  package func text(of slot: Int) -> String {
    counters[slot].textProvisional ? "" : storedText(of: slot)
  }

  /// The sentence stored for `slot`: its representative, or its only sentence so far.
  package func storedText(of slot: Int) -> String {
    let base = slot * maximumTextBytes
    let state = counters[slot]
    let text = String(decoding: textBytes[base..<(base + state.textLength)], as: UTF8.self)
    return state.textCut ? text + "…" : text
  }

  /// The customer sketch of `slot`.
  package func customers(of slot: Int) -> DistinctSketch {
    var sketch = DistinctSketch(capacity: sketchSize)
    let base = slot * sketchSize
    for index in 0..<counters[slot].customerCount { sketch.insert(customerSlab[base + index]) }
    return sketch
  }

  /// Estimated distinct customers of `slot` since its last admission (exact below the
  /// sketch size).
  package func customerEstimate(of slot: Int) -> Int {
    let stored = counters[slot].customerCount
    let largest = stored > 0 ? customerSlab[slot * sketchSize + stored - 1] : 0
    return DistinctSketch.estimate(count: stored, largest: largest, capacity: sketchSize)
  }
}

extension ClusterTable {
  /// Appends the whole table, as it is in memory, to `writer`.
  package func encode(to writer: inout ByteWriter) {
    for value in [capacity, sketchSize, maximumTextBytes, count, nextSerial] { writer.append(signed: Int64(value)) }
    writer.append(array: fingerprints)
    writer.append(array: quickSignatures)
    writer.append(array: counters)
    writer.append(array: generations)
    writer.append(array: textBytes)
    writer.append(array: customerSlab)
    writer.append(array: valueSlab)
    writer.append(array: heap)
    writer.append(array: heapPositions)
  }

  /// Reads a table written by ``encode(to:)``.
  package init(decoding reader: inout ByteReader) throws(ByteReader.Damaged) {
    capacity = Int(try reader.signed())
    sketchSize = Int(try reader.signed())
    maximumTextBytes = Int(try reader.signed())
    count = Int(try reader.signed())
    nextSerial = Int(try reader.signed())
    fingerprints = try reader.array(of: SentenceFingerprint.self)
    quickSignatures = try reader.array(of: QuickSignature.self)
    counters = try reader.array(of: Counters.self)
    generations = try reader.array(of: UInt8.self)
    textBytes = try reader.array(of: UInt8.self)
    customerSlab = try reader.array(of: UInt64.self)
    valueSlab = try reader.array(of: UInt64.self)
    heap = try reader.array(of: HeapNode.self)
    heapPositions = try reader.array(of: Int32.self)
    guard count >= 0, count <= capacity, fingerprints.count >= count, counters.count >= count,
      generations.count >= count, quickSignatures.count >= count, valueSlab.count >= count * Self.valueSketchSize
    else { throw ByteReader.Damaged() }
  }
}
