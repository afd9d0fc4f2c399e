import CallAuditModel

/// Decides whether an export writes all-numeric dates day first or month first,
/// from the dates in its first bytes.
///
/// `05/03/2024` reads either way; `29/02/2016` only day first and `02-29-2016`
/// only month first. Any date of the form `d{1,2} sep d{1,2} sep d{4}` (sep one
/// of `/ - .`) whose first or second number is above 12 is evidence. The order
/// is decided when the evidence points one way only.
package enum DateOrderSniffer {
  /// The order the evidence shows, or `nil` when there is none or it conflicts.
  package static func sniff(_ bytes: some Collection<UInt8>) -> Timestamp.DateOrder? {
    survey(bytes).order
  }

  /// What the dates in `bytes` show.
  package struct Survey {
    /// A date only day first can read was seen.
    package var dayFirst = false
    /// A date only month first can read was seen.
    package var monthFirst = false
    /// All-numeric dates seen, whichever way they read.
    package var numericDates = 0

    /// The order the evidence shows, or `nil` when there is none or it conflicts.
    package var order: Timestamp.DateOrder? {
      switch (dayFirst, monthFirst) {
      case (true, false): .dayFirst
      case (false, true): .monthFirst
      default: nil
      }
    }
  }

  /// Looks at every numeric date in `bytes`.
  package static func survey(_ bytes: some Collection<UInt8>) -> Survey {
    let text = Array(bytes)
    var survey = Survey()
    var i = 0
    while i < text.count {
      guard text[i].isASCIIDigit, i == 0 || !text[i - 1].isASCIIDigit,
        let (first, second, end) = numericDate(in: text, at: i)
      else {
        i += 1
        continue
      }
      survey.numericDates += 1
      if first > 12, second <= 12 { survey.dayFirst = true }
      if second > 12, first <= 12 { survey.monthFirst = true }
      i = end
    }
    return survey
  }

  /// Reads `d{1,2} sep d{1,2} sep d{4}` at `start`: the two leading numbers and
  /// where the match ends.
  private static func numericDate(in text: [UInt8], at start: Int) -> (Int, Int, Int)? {
    var i = start
    func number(maxDigits: Int) -> (value: Int, digits: Int) {
      var value = 0, digits = 0
      while i < text.count, text[i].isASCIIDigit, digits < maxDigits + 1 {
        value = value * 10 + Int(text[i] - UInt8(ascii: "0"))
        digits += 1
        i += 1
      }
      return (value, digits)
    }
    let first = number(maxDigits: 2)
    guard (1...2).contains(first.digits), i < text.count, "/-.".utf8.contains(text[i]) else { return nil }
    let separator = text[i]
    i += 1
    let second = number(maxDigits: 2)
    guard (1...2).contains(second.digits), i < text.count, text[i] == separator else { return nil }
    i += 1
    let year = number(maxDigits: 4)
    guard year.digits == 4 else { return nil }
    return (first.value, second.value, i)
  }
}

/// How one input's all-numeric dates are read by a vendor CSV reader: in the
/// order `--date-order` gives; else in the order the first 64 KiB show
/// (``DateOrderSniffer``); else in the vendor's usual order. Without
/// `--date-order`, a date that cannot be in the chosen order (`24/08/2016`
/// read month first) is read in the other; with it, such a date is rejected
/// with a hint, since the user said otherwise.
package struct DateReading: Sendable {
  /// The order of day and month.
  package var order: Timestamp.DateOrder
  /// `--date-order` was given.
  package var given: Bool
  /// A note for the report when the order was a guess that mattered.
  package var note: String?

  /// Chooses the order for an input.
  /// - Parameters:
  ///   - sample: the input's first bytes.
  ///   - usual: the vendor's usual order, used when nothing else decides.
  ///   - vendor: the export's name for the note, e.g. `Zendesk`.
  package init(options: IngestionOptions, sample: some Collection<UInt8>, usual: Timestamp.DateOrder, vendor: String) {
    if let given = options.dateOrder {
      order = given
      self.given = true
      note = nil
      return
    }
    given = false
    let survey = DateOrderSniffer.survey(sample)
    order = survey.order ?? usual
    let habit = "\(usual.words), as \(vendor) usually writes them"
    if survey.dayFirst && survey.monthFirst {
      note =
        "the first 64 KiB hold numeric dates that read only day first and others that read only month first; "
        + "each is read the way it can be, and dates that read either way \(habit)"
    } else if survey.order == nil, survey.numericDates > 0 {
      note =
        "numeric dates such as 05/03/2024 read either way and nothing in the first 64 KiB decided it; "
        + "read \(habit) (--date-order \(usual == .dayFirst ? "mdy" : "dmy") says otherwise)"
    } else {
      note = nil
    }
  }

  /// An order given as it is (a reader that knows its order, or a test).
  package init(order: Timestamp.DateOrder, given: Bool = false) {
    self.order = order
    self.given = given
    note = nil
  }

  /// The date-time `text` gives, in any spelling a spreadsheet writes (Excel
  /// serial numbers too), or `nil`.
  package func time(_ text: String) -> Timestamp? {
    if let time = Timestamp(spreadsheetText: text, order: order) { return time }
    guard !given, let other = order.swapped else { return nil }
    return Timestamp(spreadsheetText: text, order: other)
  }

  /// What to try for a date that did not read (``DateOrderHint``).
  package func hint(for text: String) -> String? {
    DateOrderHint.hint(for: text, current: order, given: given)
  }
}

/// What to try when a date does not read in the order used.
package enum DateOrderHint {
  /// The `--date-order` in which `text` would read; when several would and the
  /// order was given, leaving the option out (the values then show the order).
  package static func hint(for text: String, current: Timestamp.DateOrder?, given: Bool) -> String? {
    let readable = Timestamp.DateOrder.allCases.filter {
      $0 != current && Timestamp(spreadsheetText: text, order: $0) != nil
    }
    guard let first = readable.first else { return nil }
    if readable.count > 1, given { return "leaving --date-order out, so that the dates show their order" }
    return "--date-order \(first.optionName)"
  }
}

extension Timestamp.DateOrder {
  /// Day first for month first and the other way round; year first has no other.
  package var swapped: Timestamp.DateOrder? {
    switch self {
    case .dayFirst: .monthFirst
    case .monthFirst: .dayFirst
    case .yearFirst: nil
    }
  }
}
