/// The word lists of the address patterns, lower-case.
enum AddressWords {
  /// Words that end a street name: "Road", "Rd", "Crescent", "Gardens"…
  static let streetTypes: Set<[UInt8]> = bytes([
    "road", "rd", "street", "st", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "place", "pl",
    "crescent", "cres", "court", "ct", "way", "boulevard", "blvd", "terrace", "tce", "terr", "close",
    "square", "sq", "hill", "park", "gardens", "gdns", "row", "walk", "grove", "view", "green", "mews",
    "parade", "pde", "rise", "quay", "wharf", "vale", "heights", "estate", "highway", "hwy", "circle",
    "cir", "parkway", "pkwy", "trail", "path", "plaza", "glen", "meadows", "mall", "embankment", "lawn",
    "lawns", "downs", "drove", "wynd", "brae", "cottages", "villas", "yard", "chase", "gate", "ridge",
    "circus", "grange", "crossing", "alley",
  ])

  /// Endings of one-word street names: "Kingsway", "Ashgrove", "Southgate", "Riverside".
  static let compoundEndings: [[UInt8]] = [
    "way", "grove", "gate", "side", "field", "fields", "wood", "dale", "park", "hill", "green", "view",
    "lawn", "lawns", "brook", "croft", "mead",
  ].map { Array($0.utf8) }

  /// Ordinary words with a street's ending, which are not streets: "502 Bad Gateway", "3 Reviews".
  static let notCompounds: Set<[UInt8]> = bytes([
    "gateway", "doorway", "subway", "railway", "hallway", "walkway", "runway", "pathway", "anyway",
    "halfway", "midway", "stairway", "getaway", "giveaway", "takeaway", "breakaway", "underway",
    "outside", "inside", "beside", "aside", "offside", "upside", "downside", "preview", "overview",
    "review", "interview", "worldview", "hollywood", "firewood", "plywood", "airfield", "minefield",
  ])

  /// Street types that also count in lower case, being no ordinary word: "6821 1st ave".
  static let lowercaseStreetTypes: Set<[UInt8]> = bytes(["st", "rd", "ave", "blvd", "ln", "pkwy", "hwy"])

  /// Words that number a flat or unit: "Flat 3", "Apt 4B", "Suite 200".
  static let units: [[UInt8]] = ["apartment", "flat", "unit", "suite", "apt"].map { Array($0.utf8) }

  /// Words that introduce a county: "Co. Dublin", "County Cork".
  static let counties: [[UInt8]] = ["county", "co"].map { Array($0.utf8) }

  /// Capitalised words that follow an address's comma without being its town:
  /// the start of the next clause, a day or a month.
  static let notTowns: Set<[UInt8]> = bytes([
    "i", "i'm", "i've", "i'll", "i'd", "the", "a", "an", "and", "but", "or", "so", "thanks", "thank",
    "please", "hi", "hello", "it", "it's", "its", "my", "we", "our", "you", "your", "this", "that",
    "there", "then", "yes", "no", "ok", "okay", "sorry", "can", "could", "would", "will", "if", "when",
    "since", "as", "at", "in", "on", "for", "from", "to", "with", "regards", "kind", "best", "dear",
    "mr", "mrs", "ms", "he", "she", "they", "is", "was", "not", "what", "which", "who", "how", "why",
    "where", "just", "now", "today", "tomorrow", "yesterday", "sure", "great", "perfect", "fine",
    "right", "good", "also", "let", "call", "tel", "phone", "email", "mobile", "account", "flat",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ])

  /// Compass points after a street type: "1600 Pennsylvania Avenue NW", "3021 Veterans Rd West".
  static let directions: [[UInt8]] = [
    "Northeast", "Northwest", "Southeast", "Southwest", "North", "South", "East", "West", "NE", "NW", "SE", "SW",
    "N", "S", "E", "W",
  ].map { Array($0.utf8) }

  /// US state and territory codes, for "Springfield, IL 62704".
  static let states: Set<[UInt8]> = Set(
    """
    AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY \
    NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP
    """.split(separator: " ").map { Array($0.utf8) })

  /// The letters an Eircode's last four characters are drawn from, besides digits.
  static let eircodeLetters: [UInt8] = Array("ACDEFHKNPRTVWXY".utf8)

  private static func bytes(_ words: [String]) -> Set<[UInt8]> { Set(words.map { Array($0.utf8) }) }
}

extension ScanText {
  /// The bytes of `range` in ASCII lower case, for looking words up.
  func lowercasedBytes(_ range: Range<Int>) -> [UInt8] {
    range.map { self[$0].asciiLowercased }
  }
}
