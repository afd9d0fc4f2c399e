import Foundation
import GRDB

/// Finds bytes inside the rows of one table of a SQLite file by walking its
/// b-tree from the root page, with the page size read from the file header:
/// how a test damages stored data, and only stored data.
struct HistoryPages {
  let bytes: [UInt8]
  let pageSize: Int

  init(path: String) throws {
    bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    // Offset 16, big-endian; 1 stands for 65,536.
    let size = Int(bytes[16]) << 8 | Int(bytes[17])
    pageSize = size == 1 ? 65_536 : size
  }

  /// The root page of each table, read through SQLite (before any damage).
  static func rootPages(of path: String) throws -> [String: Int] {
    var configuration = Configuration()
    configuration.readonly = true
    return try DatabaseQueue(path: path, configuration: configuration).read { db in
      var pages: [String: Int] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT name, rootpage FROM sqlite_schema WHERE type = 'table'") {
        pages[row["name"]] = row["rootpage"]
      }
      return pages
    }
  }

  /// The table-leaf pages of the b-tree rooted at `root`, in key order.
  func leaves(from root: Int) -> [Int] {
    let header = headerOffset(root)
    switch bytes[header] {
    case 0x0D: return [root]
    case 0x05:
      var children = cellOffsets(root).map { Int(uint32(at: $0)) }
      children.append(Int(uint32(at: header + 8)))
      return children.flatMap(leaves(from:))
    default: return []
    }
  }

  /// The file offsets of the payload bytes stored on a leaf page, cell by cell
  /// (never the page header, the cell pointers or free space).
  func payloadBytes(onLeaf page: Int) -> [[Int]] {
    cellOffsets(page).map { cell in
      var position = cell
      let size = varint(&position)
      _ = varint(&position)  // the rowid
      // The part stored on this page; the smallest local part SQLite keeps is larger than this.
      let local = min(Int(size), (pageSize - 12) * 32 / 255 - 23)
      return Array(position..<(position + local))
    }
  }

  private func pageStart(_ page: Int) -> Int { (page - 1) * pageSize }

  private func headerOffset(_ page: Int) -> Int { pageStart(page) + (page == 1 ? 100 : 0) }

  private func cellOffsets(_ page: Int) -> [Int] {
    let header = headerOffset(page)
    let count = Int(uint16(at: header + 3))
    let pointers = header + (bytes[header] == 0x05 ? 12 : 8)
    return (0..<count).map { pageStart(page) + Int(uint16(at: pointers + 2 * $0)) }
  }

  private func uint16(at offset: Int) -> UInt16 { UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1]) }

  private func uint32(at offset: Int) -> UInt32 {
    (0..<4).reduce(0) { $0 << 8 | UInt32(bytes[offset + $1]) }
  }

  private func varint(_ position: inout Int) -> UInt64 {
    var value: UInt64 = 0
    for index in 0..<9 {
      let byte = bytes[position]
      position += 1
      if index == 8 { return value << 8 | UInt64(byte) }
      value = value << 7 | UInt64(byte & 0x7F)
      if byte & 0x80 == 0 { break }
    }
    return value
  }
}
