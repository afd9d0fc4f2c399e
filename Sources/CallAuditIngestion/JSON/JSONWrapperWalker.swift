/// Follows the structure of a top-level JSON value, byte by byte, to find the
/// array of records an export wraps in an object — `{"conversations": [...]}`,
/// `{"_embedded": {"conversations": [...]}}` — without holding the value.
///
/// It keeps one frame per open container (with the last key read in an object),
/// so its memory is the nesting depth, and a key longer than 256 bytes is cut.
struct JSONWrapperWalker {
  /// What a byte meant.
  enum Event {
    case none
    /// The `[` of the records array: its elements are records.
    case recordsBegin
    /// The end of the top-level value.
    case valueEnd
  }

  private struct Frame {
    var isObject: Bool
    /// The last key read, in an object.
    var key: String?
    var expectingKey: Bool
  }

  /// The keys, from the top-level object down, whose value is the records array.
  let path: [String]
  private var frames: [Frame] = []
  private var strings = JSONStringTracker()
  private var collectingKey = false
  private var key: [UInt8] = []

  init(path: [String]) { self.path = path }

  /// Whether a top-level value is open (or a string in it).
  var isInsideValue: Bool { !frames.isEmpty || strings.inString }

  mutating func take(_ byte: UInt8) -> Event {
    switch strings.take(byte) {
    case .inside:
      if collectingKey, key.count < 256 { key.append(byte) }
      return .none
    case .closing:
      if collectingKey {
        frames[frames.count - 1].key = String(decoding: key, as: UTF8.self)
        collectingKey = false
      }
      return .none
    case .opening:
      if let top = frames.last, top.isObject, top.expectingKey {
        collectingKey = true
        key.removeAll(keepingCapacity: true)
      }
      return .none
    case .structure:
      break
    }
    switch byte {
    case UInt8(ascii: "{"):
      frames.append(Frame(isObject: true, key: nil, expectingKey: true))
    case UInt8(ascii: "["):
      if atRecordsPath { return .recordsBegin }
      frames.append(Frame(isObject: false, key: nil, expectingKey: false))
    case UInt8(ascii: "}"), UInt8(ascii: "]"):
      guard !frames.isEmpty else { return .valueEnd }
      frames.removeLast()
      if frames.isEmpty { return .valueEnd }
    case UInt8(ascii: ":"):
      if !frames.isEmpty { frames[frames.count - 1].expectingKey = false }
    case UInt8(ascii: ","):
      if let top = frames.last, top.isObject { frames[frames.count - 1].expectingKey = true }
    default:
      break
    }
    return .none
  }

  /// Whether an array opening now is the value at ``path``.
  private var atRecordsPath: Bool {
    frames.count == path.count
      && zip(frames, path).allSatisfy { frame, key in frame.isObject && !frame.expectingKey && frame.key == key }
  }
}
