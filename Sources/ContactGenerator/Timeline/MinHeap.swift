/// A binary min-heap: the smallest element comes out first.
struct MinHeap<Element: Comparable> {
  private var storage: [Element] = []

  /// Whether the heap is empty.
  var isEmpty: Bool { storage.isEmpty }
  /// How many elements the heap holds.
  var count: Int { storage.count }
  /// The smallest element, if any.
  var min: Element? { storage.first }

  /// Adds an element. O(log n).
  mutating func push(_ element: Element) {
    storage.append(element)
    var child = storage.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard storage[child] < storage[parent] else { break }
      storage.swapAt(child, parent)
      child = parent
    }
  }

  /// Removes and returns the smallest element. O(log n).
  mutating func popMin() -> Element? {
    guard !storage.isEmpty else { return nil }
    storage.swapAt(0, storage.count - 1)
    let smallest = storage.removeLast()
    var parent = 0
    while true {
      let left = 2 * parent + 1, right = left + 1
      var smallestIndex = parent
      if left < storage.count, storage[left] < storage[smallestIndex] { smallestIndex = left }
      if right < storage.count, storage[right] < storage[smallestIndex] { smallestIndex = right }
      if smallestIndex == parent { break }
      storage.swapAt(parent, smallestIndex)
      parent = smallestIndex
    }
    return smallest
  }
}
