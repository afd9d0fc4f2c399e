/// Finds, for each contact, the customer's next contact about the same thing
/// within the repeat window — or why that cannot be known.
///
/// Contacts are grouped by (provider, customer) and ordered by time; each
/// contact looks ahead only within its window, so the cost is
/// O(n log n + n·k) with k the contacts of one customer inside one window.
package struct RepeatDetector {
  /// What became of one contact.
  package enum Outcome: Equatable {
    /// The customer came back about the same thing: the index of that contact, and whether
    /// the whole window lies inside the data (else the repeat rates count it as censored).
    case repeated(by: Int, windowObserved: Bool = true)
    /// The whole window lies inside the data and the customer did not come back.
    case notRepeated
    /// The window runs past the end of the data and no repeat was seen yet.
    case censored
    /// No customer or no time: a repeat cannot be looked for.
    case notMeasurable
  }

  package var windowSeconds: Int64
  package var transferGapSeconds: Int64

  /// The outcome for each record, and the contact each one was transferred to, if any.
  ///
  /// `records` must hold every contact of each customer it holds (a shard is
  /// cut by customer); `dataEnd` gives each provider's latest contact time over
  /// all the data, since exports of different providers may cover different periods.
  package func detect(_ records: [ContactRecord], dataEnd: [Int64]) -> (outcomes: [Outcome], transferredTo: [Int?]) {
    var outcomes = [Outcome](repeating: .notMeasurable, count: records.count)
    var transferredTo = [Int?](repeating: nil, count: records.count)
    var order = records.indices.filter { records[$0].customer != 0 && records[$0].opened != ContactRecord.noTime }
    order.sort { a, b in
      let x = records[a], y = records[b]
      if x.provider != y.provider { return x.provider < y.provider }
      if x.customer != y.customer { return x.customer < y.customer }
      if x.opened != y.opened { return x.opened < y.opened }
      if x.id != y.id { return x.id < y.id }
      // The same id twice (an export read twice): input order, wherever the shard came from.
      return (x.source, x.ordinal) < (y.source, y.ordinal)
    }
    var runStart = 0
    while runStart < order.count {
      var runEnd = runStart + 1
      let first = records[order[runStart]]
      while runEnd < order.count, records[order[runEnd]].provider == first.provider,
        records[order[runEnd]].customer == first.customer
      {
        runEnd += 1
      }
      for position in runStart..<runEnd {
        let index = order[position]
        let contact = records[index]
        var outcome: Outcome? = nil
        let windowObserved = contact.opened <= dataEnd[Int(contact.provider)] - windowSeconds
        for later in (position + 1)..<runEnd {
          let next = records[order[later]]
          // A contact is never its own repeat, whatever reached the detector.
          if next.id == contact.id { continue }
          let gap = next.opened - contact.opened
          if gap > windowSeconds { break }
          if gap <= transferGapSeconds, contact.agent != 0, next.agent != 0, next.agent != contact.agent {
            if transferredTo[index] == nil { transferredTo[index] = order[later] }
            continue
          }
          if contact.category >= 0, next.category >= 0, contact.category != next.category { continue }
          outcome = .repeated(by: order[later], windowObserved: windowObserved)
          break
        }
        if let outcome {
          outcomes[index] = outcome
        } else if !windowObserved {
          outcomes[index] = .censored
        } else {
          outcomes[index] = .notRepeated
        }
      }
      runStart = runEnd
    }
    return (outcomes, transferredTo)
  }
}
