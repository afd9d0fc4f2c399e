/// Appends values as compact little-endian bytes, for state that callaudit
/// writes and reads back itself (the contact spool): integers as LEB128
/// varints, text as its length and UTF-8 bytes.
package struct ByteWriter {
  /// An empty buffer.
  package init() {}

  package private(set) var bytes: [UInt8] = []

  /// Appends an unsigned integer in 1–10 bytes, 7 bits at a time.
  package mutating func append(varint value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Appends a signed integer, zig-zag encoded so small negatives stay short.
  package mutating func append(signed value: Int64) {
    append(varint: UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }

  /// Appends a value's bytes as they lie in memory (little-endian on every
  /// platform callaudit runs on).
  package mutating func append<Value: BitwiseCopyable>(raw value: Value) {
    withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
  }

  /// Appends an array of plain values as its count and its bytes in memory.
  package mutating func append<Element: BitwiseCopyable>(array: [Element]) {
    append(varint: UInt64(array.count))
    array.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }

  /// Appends bytes as they are, without a length: what another writer wrote.
  package mutating func append(bytes more: [UInt8]) {
    bytes.append(contentsOf: more)
  }

  /// Appends text as its UTF-8 length and bytes.
  package mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      append(varint: UInt64(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }

  /// Appends optional text: 0 for none, else the length plus one and the bytes.
  package mutating func append(optional text: String?) {
    guard var text else {
      append(varint: 0)
      return
    }
    text.withUTF8 { utf8 in
      append(varint: UInt64(utf8.count) + 1)
      bytes.append(contentsOf: utf8)
    }
  }

  /// Empties the buffer, keeping its capacity.
  package mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
  }
}

/// Reads what a ``ByteWriter`` wrote, in the same order.
package struct ByteReader {
  /// The bytes end inside a value, or hold one no writer writes: they were
  /// cut short or damaged.
  package struct Damaged: Error, CustomStringConvertible {
    package init() {}
    package var description: String { "stored data is damaged: it ends inside a value or holds an impossible one" }
  }

  private let bytes: [UInt8]
  package private(set) var offset = 0

  package init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Whether every byte has been read.
  package var isAtEnd: Bool { offset == bytes.count }
  /// Bytes not read yet.
  package var remaining: Int { bytes.count - offset }

  package mutating func varint() throws(Damaged) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count, shift < 64 else { throw Damaged() }
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7f) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }

  package mutating func signed() throws(Damaged) -> Int64 {
    let zigzag = try varint()
    return Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
  }

  // The types the shard decoding reads once per stored sentence or record, each with a
  // concrete overload: called from another module, the generic `raw` ran unspecialised,
  // retaining and releasing the bytes and asking for the type's layout at every read.
  package mutating func raw(_ type: UInt8.Type) throws(Damaged) -> UInt8 { try load(type) }
  package mutating func raw(_ type: UInt64.Type) throws(Damaged) -> UInt64 { try load(type) }
  package mutating func raw(_ type: Float.Type) throws(Damaged) -> Float { try load(type) }
  package mutating func raw(_ type: SIMD16<UInt32>.Type) throws(Damaged) -> SIMD16<UInt32> { try load(type) }

  package mutating func raw<Value: BitwiseCopyable>(_ type: Value.Type) throws(Damaged) -> Value {
    try load(type)
  }

  private mutating func load<Value: BitwiseCopyable>(_ type: Value.Type) throws(Damaged) -> Value {
    let size = MemoryLayout<Value>.size
    guard bytes.count - offset >= size else { throw Damaged() }
    defer { offset += size }
    return bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Value.self) }
  }

  package mutating func array<Element: BitwiseCopyable>(of type: Element.Type) throws(Damaged) -> [Element] {
    let stored = try varint()
    let stride = MemoryLayout<Element>.stride
    guard stored <= UInt64(bytes.count - offset) / UInt64(max(stride, 1)) else { throw Damaged() }
    let count = Int(stored), size = count * stride
    // An empty array is the process's shared empty storage, into which
    // `init(unsafeUninitializedCapacity:)` writes its count: 0 over 0, harmless, but
    // ThreadSanitizer reported it racing with every thread reading an empty array (stop 38).
    guard count > 0 else { return [] }
    defer { offset += size }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + size]))
      }
      initialized = count
    }
  }

  package mutating func string() throws(Damaged) -> String {
    try text(count: Int(try varint()))
  }

  package mutating func optionalString() throws(Damaged) -> String? {
    let stored = try varint()
    return stored == 0 ? nil : try text(count: Int(stored - 1))
  }

  private mutating func text(count: Int) throws(Damaged) -> String {
    guard count >= 0, bytes.count - offset >= count else { throw Damaged() }
    defer { offset += count }
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }
}
