/// The line a web browser puts above an XML document it shows as a tree
/// ("This XML file does not appear to have any style information associated
/// with it. The document tree is shown below."). A Jira export copied out of
/// a browser tab starts with it, which makes the file not XML; the line is
/// recognised and skipped.
package enum JiraBrowserBanner {
  private static let start = Array("This XML file does not appear to have any style information".utf8)

  /// The number of bytes the banner takes at the start of `bytes` (a byte order
  /// mark, the line and its line break), or `nil` when `bytes` does not start with it.
  package static func length(in bytes: some Collection<UInt8>) -> Int? {
    var rest = Array(bytes.prefix(4096))[...]
    var skipped = 0
    if rest.starts(with: [0xEF, 0xBB, 0xBF]) {
      rest = rest.dropFirst(3)
      skipped = 3
    }
    guard rest.starts(with: start), let newline = rest.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
    return skipped + (newline - rest.startIndex) + 1
  }
}
