extension ScriptMiner {
  /// Appends the miner's whole state to `writer`, so that a miner read back
  /// (``init(decoding:)``) observes and merges exactly as this one would.
  package func encode(to writer: inout ByteWriter) {
    clusters.encode(to: &writer)
    index.encode(to: &writer)
    corpusCustomers.encode(to: &writer)
    writer.append(varint: lastCustomer.map { _ in 1 } ?? 0)
    writer.append(raw: lastCustomer ?? 0)
    writer.append(signed: Int64(observedSentences))
  }

  /// Reads a miner written by ``encode(to:)``; its configuration must be the default one.
  package init(decoding reader: inout ByteReader) throws(ByteReader.Damaged) {
    self.init()
    let table = try ClusterTable(decoding: &reader)
    guard table.capacity == configuration.capacity, table.sketchSize == configuration.customerSketchSize,
      table.maximumTextBytes == configuration.maximumTextBytes
    else { throw ByteReader.Damaged() }
    self.table = table
    index = try ClusterIndex(decoding: &reader)
    corpusCustomers = try DistinctSketch(decoding: &reader)
    let hasLast = try reader.varint() == 1
    let last = try reader.raw(UInt64.self)
    lastCustomer = hasLast ? last : nil
    observedSentences = Int(try reader.signed())
  }
}
