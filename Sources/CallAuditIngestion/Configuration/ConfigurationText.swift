import CallAuditModel

/// Reads a small configuration file whole, as text.
public enum ConfigurationText {
  /// The file's text, decoded like an input (UTF-8 with or without a byte order
  /// mark, or Windows-1252), with a byte order mark dropped.
  /// - Throws: ``ConfigurationError`` when the file cannot be opened or read, or is too large.
  public static func read(_ path: String) throws(ConfigurationError) -> String {
    var bytes: [UInt8] = []
    do throws(InputError) {
      let stream = try ByteStream(path: path)
      let prefix = try stream.peek(1 << 16)
      stream.decodeText(as: try TextEncoding.detect(prefix: prefix, path: path))
      let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
      defer { chunk.deallocate() }
      while true {
        let count = try stream.read(into: chunk)
        if count == 0 { break }
        bytes.append(contentsOf: chunk[0..<count])
        if bytes.count > ConfigurationNode.maximumFileBytes { break }
      }
    } catch {
      throw ConfigurationError(file: path, line: nil, message: Self.reason(error, path: path))
    }
    if bytes.count > ConfigurationNode.maximumFileBytes {
      throw ConfigurationError(
        file: path, line: nil,
        message: "the file is larger than \(ConfigurationNode.maximumFileBytes >> 20) MiB, too large for a configuration file")
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The input error's sentence without the path it starts with.
  private static func reason(_ error: InputError, path: String) -> String {
    let text = error.description
    let prefix = path + ": "
    return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
  }
}
