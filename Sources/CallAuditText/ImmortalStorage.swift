/// Storage for tables built once into `static let`s and used for the life of the process.
///
/// Copying a struct that holds an array costs a retain and a release; in the per-token loops
/// of the phrase rules that traffic cost more than the matching. Storage from here is never
/// freed, so the structs holding it are plain values (see also `StaticWordTable`).
package enum ImmortalStorage {
  /// A never-freed copy of `elements`.
  package static func copy<Element>(_ elements: [Element]) -> UnsafeBufferPointer<Element> {
    let storage = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(elements.count, 1))
    _ = storage.initialize(from: elements)
    return UnsafeBufferPointer(rebasing: storage[0..<elements.count])
  }
}
