/// The word classes that make paraphrased script lines fingerprint alike.
///
/// Scripts vary in politeness ("please"/"kindly"), determiners ("your"/"the"), pronouns
/// ("I"/"we"), auxiliaries ("is"/"are") and the device named ("router"/"modem"); the customer-
/// facing meaning does not. Dropping or folding those words is what lets "Please restart your
/// router and wait two minutes" and "Kindly restart the modem, then wait 5 minutes" share a
/// fingerprint, while content words (line, cabinet, card, engineer, tomorrow) stay distinct,
/// so tailored sentences do not collapse onto scripts.
package enum FingerprintVocabulary {
  /// Everything normalisation looks up, fetched once per sentence: each access to a lazily
  /// initialised `static let` costs a `swift_once` check, too much per token.
  /// Trivially copyable (no reference counting when captured per sentence).
  package struct Tables: @unchecked Sendable {
    // @unchecked: `placeholders` points at storage written once and never freed or changed.
    /// Word hash → canonical hash, or 0 for "drop this word".
    package let canonical: StaticWordTable<UInt64>
    /// The placeholder hash per lexeme kind, indexed by `LexemeKind.rawValue` (0 for words
    /// and mentions).
    package let placeholders: UnsafePointer<UInt64>
    /// The hash number words fold to, equal to the masked-number placeholder.
    package let number: UInt64
  }

  /// The tables.
  package static let tables: Tables = {
    let names = ["", "<num>", "<num>", "<time>", "<date>", "<amount>", "<id>", "<email>", "<url>", ""]
    let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: names.count)
    for (index, name) in names.enumerated() {
      (storage + index).initialize(to: name.isEmpty ? 0 : TextHash.word(name))
    }
    return Tables(canonical: canonical, placeholders: storage, number: TextHash.word("<num>"))
  }()

  /// Word hash → canonical hash, or 0 for "drop this word".
  private static let canonical: StaticWordTable<UInt64> = {
    var pairs: [(String, UInt64)] = []
    for word in dropped { pairs.append((word, 0)) }
    for (canonical, words) in classes {
      let hash = TextHash.word(canonical)
      for word in words { pairs.append((word, hash)) }
      pairs.append((canonical, hash))
    }
    return StaticWordTable(pairs)
  }()

  /// Function words with no bearing on what a script line asks or promises.
  private static let dropped = [
    "a", "an", "the", "your", "yours", "my", "mine", "our", "ours", "their", "theirs", "his",
    "her", "its", "it", "this", "that", "these", "those", "and", "or", "but", "then", "so",
    "please", "pls", "plz", "kindly", "just", "also", "to", "of", "for", "in", "on", "at", "by",
    "with", "from", "about", "as", "into", "onto", "some", "any", "very", "really", "here",
    "there", "too", "direct", "private", "quick", "quickly", "again",
  ]

  /// Canonical word → the words folded into it (after light stemming, see `TokenNormalizer`).
  private static let classes: [(String, [String])] = [
    ("we", ["i", "me", "us", "myself", "ourselves", "ourself"]),
    ("be", ["am", "are", "is", "was", "were", "been", "being"]),
    ("you", ["u", "ya", "yourself", "yourselves"]),
    ("can", ["could", "may", "might", "would"]),
    ("will", ["shall"]),
    ("have", ["has", "had", "having"]),
    ("do", ["does", "did", "doing"]),
    ("router", [
      "modem", "gateway", "hub", "box", "ont", "extender", "equipment", "device", "unit",
    ]),
    ("restart", ["reboot", "reset", "powercycle", "restarting"]),
    ("sorry", ["apologize", "apologise", "apologies", "apology", "apologiz", "apologis"]),
    ("thank", ["thanks", "thx", "ty", "thankyou"]),
    ("help", ["assist", "assistance"]),
    ("issue", ["problem", "trouble", "difficulty", "concern"]),
    ("check", ["look", "investigate", "review"]),
    ("internet", ["connection", "connectivity", "broadband"]),
    ("glad", ["happy", "pleased", "delighted"]),
    ("okay", ["ok", "alright"]),
    ("hello", ["hi", "hey", "greetings", "howdy", "dear"]),
    ("account", ["acct"]),
    ("technician", ["tech", "engineer"]),
    ("email", ["mail"]),
    ("message", ["dm", "dms", "pm"]),
    ("minute", ["min", "mins"]),
    ("hour", ["hr", "hrs"]),
    ("second", ["sec", "secs"]),
    ("contact", ["reach"]),
    ("send", ["sent", "shoot"]),
    ("detail", ["info", "information", "details"]),
    ("<num>", [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred",
      "couple", "few", "several",
    ]),
  ]
}
