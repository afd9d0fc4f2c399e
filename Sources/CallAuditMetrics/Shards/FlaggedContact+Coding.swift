import CallAuditModel
import CallAuditText

extension FlaggedContact {
  /// Appends the contact and its evidence to `writer`, every field exactly, so that
  /// ``init(decoding:)`` gives back an equal contact.
  package func encode(to writer: inout ByteWriter) {
    writer.append(measure.contactID)
    writer.append(measure.provider)
    writer.append(varint: UInt64(ContactRecord.code(measure.sourcing)))
    writer.append(optional: measure.category)
    writer.append(optional: measure.channel)
    writer.append(varint: UInt64(measure.unresolvedReasons.count))
    for reason in measure.unresolvedReasons { writer.append(varint: UInt64(ContactRecord.code(reason))) }
    switch measure.repeatStatus {
    case .repeated(let later):
      // 4: a repeat in a window that runs past the end of the data (`repeatWindowObserved`).
      writer.append(varint: measure.repeatWindowObserved ? 0 : 4)
      writer.append(later)
    case .notRepeated: writer.append(varint: 1)
    case .censored: writer.append(varint: 2)
    case .notMeasurable: writer.append(varint: 3)
    }
    writer.append(optional: measure.transferredTo)
    writer.append(varint: measure.scriptScore == nil ? 0 : 1)
    if let score = measure.scriptScore { writer.append(raw: score.bitPattern) }
    writer.append(varint: measure.responsive.map { $0 ? 2 : 1 } ?? 0)
    writer.append(
      varint: (measure.scripted ? 1 : 0) | (measure.churnRisk ? 2 : 0) | (measure.flagged ? 4 : 0)
        | (measure.lost ? 8 : 0))
    writer.append(varint: measure.outcome.map { UInt64(ContactRecord.code($0)) + 1 } ?? 0)
    writer.append(varint: UInt64(scriptLines.count))
    for line in scriptLines { writer.append(line) }
    writer.append(optional: customerWords)
    writer.append(optional: churnWords)
    writer.append(varint: UInt64(moves.count))
    for move in moves {
      writer.append(varint: UInt64(ContactRecord.code(move.kind)))
      writer.append(move.example)
    }
    writer.append(optional: vendorLabels)
    writer.append(varint: measure.pivot == nil ? 0 : 1)
    if let pivot = measure.pivot {
      for value in [pivot.site, pivot.team, pivot.agent, pivot.week] { writer.append(optional: value) }
    }
    // 0 without a breakdown, else 1 + the number of values.
    writer.append(varint: cell.map { UInt64($0.count) + 1 } ?? 0)
    for value in cell ?? [] {
      writer.append(value.label)
      writer.append(varint: value.given ? 1 : 0)
    }
  }

  /// Reads a contact written by ``encode(to:)``.
  package init(decoding reader: inout ByteReader) throws(ByteReader.Damaged) {
    let contactID = try reader.string()
    let provider = try reader.string()
    let sourcing = try ContactRecord.value(Sourcing.self, try reader.varint())
    let category = try reader.optionalString()
    let channel = try reader.optionalString()
    let reasonCount = try reader.varint()
    // Each reason takes at least one byte: a count beyond what is left is damage.
    guard reasonCount <= UInt64(UnresolvedReason.allCases.count) else { throw ByteReader.Damaged() }
    var reasons: [UnresolvedReason] = []
    for _ in 0..<reasonCount { reasons.append(try ContactRecord.value(UnresolvedReason.self, try reader.varint())) }
    let repeatStatus: ContactMeasure.RepeatStatus
    let repeatCode = try reader.varint()
    switch repeatCode {
    case 0, 4: repeatStatus = .repeated(by: try reader.string())
    case 1: repeatStatus = .notRepeated
    case 2: repeatStatus = .censored
    case 3: repeatStatus = .notMeasurable
    default: throw ByteReader.Damaged()
    }
    let transferredTo = try reader.optionalString()
    let scriptScore = try reader.varint() == 0 ? nil : Double(bitPattern: try reader.raw(UInt64.self))
    let responsive: Bool? =
      switch try reader.varint() {
      case 0: nil
      case 1: false
      case 2: true
      default: throw ByteReader.Damaged()
      }
    let flags = try reader.varint()
    let outcomeCode = try reader.varint()
    let outcome = outcomeCode == 0 ? nil : try ContactRecord.value(ConversationOutcome.self, outcomeCode - 1)
    var measure = ContactMeasure(
      contactID: contactID, provider: provider, sourcing: sourcing, category: category, channel: channel,
      unresolvedReasons: reasons, repeatStatus: repeatStatus, transferredTo: transferredTo,
      scriptScore: scriptScore, responsive: responsive, scripted: flags & 1 != 0, churnRisk: flags & 2 != 0,
      flagged: flags & 4 != 0, lost: flags & 8 != 0, outcome: outcome, repeatWindowObserved: repeatCode != 4)
    var lines: [String] = []
    for _ in 0..<(try reader.count()) { lines.append(try reader.string()) }
    let customerWords = try reader.optionalString()
    let churnWords = try reader.optionalString()
    var moves: [Move] = []
    for _ in 0..<(try reader.count()) {
      let kind = try ContactRecord.value(MoveKind.self, try reader.varint())
      moves.append(Move(kind: kind, example: try reader.string()))
    }
    let vendorLabels = try reader.optionalString()
    switch try reader.varint() {
    case 0: break
    case 1:
      measure.pivot = ContactMeasure.Pivot(
        site: try reader.optionalString(), team: try reader.optionalString(), agent: try reader.optionalString(),
        week: try reader.optionalString())
    default: throw ByteReader.Damaged()
    }
    var cell: [BreakdownCell.Value]? = nil
    let cellCount = try reader.varint()
    if cellCount > 0 {
      // Each value takes at least two bytes: a count beyond what is left is damage.
      guard cellCount - 1 <= UInt64(reader.remaining) else { throw ByteReader.Damaged() }
      var values: [BreakdownCell.Value] = []
      for _ in 0..<(cellCount - 1) {
        let label = try reader.string()
        switch try reader.varint() {
        case 0: values.append(BreakdownCell.Value(label: label, given: false))
        case 1: values.append(BreakdownCell.Value(label: label, given: true))
        default: throw ByteReader.Damaged()
        }
      }
      cell = values
    }
    self.init(
      measure: measure, scriptLines: lines, customerWords: customerWords, churnWords: churnWords, moves: moves,
      vendorLabels: vendorLabels, cell: cell)
  }
}

extension ByteReader {
  /// A count of values that follow, each at least one byte long: more than the bytes left is damage.
  fileprivate mutating func count() throws(ByteReader.Damaged) -> Int {
    let stored = try varint()
    guard stored <= UInt64(remaining) else { throw ByteReader.Damaged() }
    return Int(stored)
  }
}
