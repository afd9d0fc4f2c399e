/// Responsiveness: whether the agent took up this customer's specifics.
///
/// A specific is something only this customer's case has: an amount, a number with two or
/// more digits, a clock time, a date, a weekday, an account/order/ticket/model code, an
/// e-mail or web address, a street ("12 Elm Street" → "elm street"), a device brand, or a
/// proper name (capitalised words not opening a sentence: "Springfield", "TP-Link").
///
/// Deliberately *not* specifics: generic device words ("router", "modem", "ONT", "Wi-Fi"),
/// durations ("2 minutes", "24 hours"), single digits, and provider names. Every script says
/// "restart your router" and "within 24 hours", so counting those would make any scripted
/// reply look responsive; a reply that names the customer's "TP-Link AX1800", "$45.99" or
/// "Elm Street" did read the case.
public enum SpecificDetails {
  /// The specifics in customer text: numbers and amounts ($45.99, 45 euros), dates/times, account/order/ticket ids, device or model words (router, modem, ONT, model numbers like "TP-Link AX1800"), place names (capitalised words not at sentence start, street names like "12 Elm Street"). Return normalised tokens.
  ///
  /// Normal forms: numbers and amounts as plain decimals ("$1,299.50" → "1299.5",
  /// "45 euros" → "45"), times in 24-hour "h:mm" ("2pm" → "14:00"), dates "d/m/y" or
  /// "month day" ("12th of May" → "may 12"), codes lower-case without separators
  /// ("#INC-0012" → "inc0012"), names lower-case ("TP-Link" → "tplink", "San Jose" →
  /// "san jose"). Generic device words are left out (see the type's documentation).
  ///
  /// A long text is read in pieces (``TextPieces``), capitals judged per piece, and at most
  /// ``maximumSpecifics`` are kept, so a pathological contact costs bounded memory.
  public static func extract(from customerText: String) -> Set<String> {
    var result: Set<String> = []
    TextPieces.forEach(in: customerText) { piece in
      // Once full, later pieces are not even lexed.
      guard result.count < maximumSpecifics else { return }
      collect(SpecificsScanner(text: piece, agent: false), into: &result)
    }
    return result
  }

  /// The specifics in the customer text `scanner` was given (in customer mode), as
  /// ``extract(from:)`` finds them in that text when it is one piece.
  package static func extract(from scanner: SpecificsScanner) -> Set<String> {
    var result: Set<String> = []
    collect(scanner, into: &result)
    return result
  }

  /// Adds what `scanner` finds to `result`, up to ``maximumSpecifics`` in all.
  private static func collect(_ scanner: SpecificsScanner, into result: inout Set<String>) {
    scanner.scan { specific in
      result.insert(String(decoding: specific.bytes, as: UTF8.self))
      return result.count >= maximumSpecifics
    }
  }

  /// The most specifics kept for one contact: far more than any real conversation names.
  package static let maximumSpecifics = 4_096

  /// Whether the agent text mentions at least one of the specifics.
  ///
  /// The agent text is normalised the same way, and every word, word pair and word triple of
  /// it is a candidate too, so "Elm Street", "tp-link" or "45.99 dollars" are found however
  /// the agent writes them.
  public static func mentionsAny(of specifics: Set<String>, in agentText: String) -> Bool {
    Matcher(specifics).mentionsAny(in: agentText)
  }

  /// The customer's specifics made ready to look up, once per contact, for
  /// ``mentionsAny(in:)`` over many agent sentences.
  package struct Matcher {
    private var lookup: SpecificsLookup
    /// Whether there is anything to look for.
    package private(set) var isEmpty: Bool

    /// A matcher of `specifics`.
    package init(_ specifics: Set<String>) {
      lookup = SpecificsLookup(specifics)
      isEmpty = specifics.isEmpty
    }

    /// A matcher of the specifics in the customer text `scanner` was given (in customer
    /// mode): those ``SpecificDetails/extract(from:)-(SpecificsScanner)`` finds, up to
    /// ``SpecificDetails/maximumSpecifics``, held by their bytes without a `String` each.
    package init(customerSpecificsIn scanner: SpecificsScanner) {
      var storage = SpecificsLookup()
      self.init(customerSpecificsIn: scanner, reusing: &storage)
    }

    /// A matcher as ``init(customerSpecificsIn:)`` makes it, in `storage`'s storage, emptied
    /// (left empty in its place): ``giveBackStorage(to:)`` returns it when the contact is done.
    package init(customerSpecificsIn scanner: SpecificsScanner, reusing storage: inout SpecificsLookup) {
      var lookup = SpecificsLookup()
      swap(&lookup, &storage)
      // Nothing stored since it was last emptied leaves nothing to clear (the scratch
      // space empties what it keeps).
      if !lookup.isEmpty { lookup.removeAll() }
      scanner.scan { specific in
        lookup.insert(specific)
        return lookup.count >= maximumSpecifics
      }
      self.lookup = lookup
      isEmpty = lookup.isEmpty
    }

    /// Moves the lookup's storage to `storage`, for the next contact's matcher; the matcher
    /// then finds nothing.
    package mutating func giveBackStorage(to storage: inout SpecificsLookup) {
      swap(&lookup, &storage)
      lookup = SpecificsLookup()
      isEmpty = true
    }

    /// Whether `agentText` mentions one of the specifics (as ``SpecificDetails/mentionsAny(of:in:)``).
    package func mentionsAny(in agentText: String) -> Bool {
      guard !isEmpty else { return false }
      return mentionsAny(in: SpecificsScanner(text: agentText, agent: true))
    }

    /// Whether the agent text `scanner` was given (in agent mode) mentions one of the
    /// specifics.
    package func mentionsAny(in scanner: SpecificsScanner) -> Bool {
      guard !isEmpty else { return false }
      // The ASCII candidates, nearly all, are asked through a view of plain pointers: a
      // closure capturing the lookup (or the matcher) copied it, retaining and releasing its
      // storage, at every candidate. When no ASCII candidate matched and the text has others,
      // it is walked again, every candidate asked of the whole lookup.
      var otherCandidates = false
      let found = lookup.withView { view in
        var hit = false
        scanner.scan { candidate in
          guard candidate.isASCII else {
            otherCandidates = true
            return false
          }
          hit = view.contains(ascii: candidate)
          return hit
        }
        return hit
      }
      guard !found, otherCandidates else { return found }
      return Self.anyCandidate(of: scanner, in: lookup)
    }

    /// Whether any candidate of `scanner` equals one of `lookup`'s specifics.
    private static func anyCandidate(of scanner: SpecificsScanner, in lookup: SpecificsLookup) -> Bool {
      var found = false
      scanner.scan { candidate in
        found = lookup.contains(candidate)
        return found
      }
      return found
    }
  }
}
