/// Word lists for `SpecificDetails`.
package enum SpecificsVocabulary {
  /// Month names and abbreviations → full lower-case name.
  package static let months = StaticWordTable<StaticString>(
    [
      ("january", "january"), ("jan", "january"), ("february", "february"), ("feb", "february"),
      ("march", "march"), ("mar", "march"), ("april", "april"), ("apr", "april"),
      ("may", "may"), ("june", "june"), ("jun", "june"), ("july", "july"), ("jul", "july"),
      ("august", "august"), ("aug", "august"), ("september", "september"),
      ("sep", "september"), ("sept", "september"), ("october", "october"), ("oct", "october"),
      ("november", "november"), ("nov", "november"), ("december", "december"),
      ("dec", "december"),
    ])

  /// Weekday names and abbreviations → full lower-case name.
  package static let weekdays = StaticWordTable<StaticString>(
    [
      ("monday", "monday"), ("mon", "monday"), ("tuesday", "tuesday"), ("tue", "tuesday"),
      ("tues", "tuesday"), ("wednesday", "wednesday"), ("wed", "wednesday"),
      ("thursday", "thursday"), ("thu", "thursday"), ("thurs", "thursday"),
      ("friday", "friday"), ("fri", "friday"), ("saturday", "saturday"), ("sat", "saturday"),
      ("sunday", "sunday"), ("sun", "sunday"),
    ])

  /// Street types → canonical word.
  package static let streetTypes = StaticWordTable<StaticString>(
    [
      ("street", "street"), ("st", "street"), ("road", "road"), ("rd", "road"),
      ("avenue", "avenue"), ("ave", "avenue"), ("lane", "lane"), ("ln", "lane"),
      ("drive", "drive"), ("dr", "drive"), ("boulevard", "boulevard"), ("blvd", "boulevard"),
      ("court", "court"), ("ct", "court"), ("place", "place"), ("pl", "place"), ("way", "way"),
      ("terrace", "terrace"), ("crescent", "crescent"), ("highway", "highway"),
      ("hwy", "highway"), ("parkway", "parkway"), ("pkwy", "parkway"),
    ])

  /// Units after which a number is a duration, as scripts say ("wait 2 minutes").
  package static let durations = StaticWordTable(words: [
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
    "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "time",
    "times",
  ])

  /// Currency words after a number ("45 euros").
  package static let currencies = StaticWordTable(words: [
    "dollar", "dollars", "usd", "euro", "euros", "eur", "pound", "pounds", "gbp", "bucks",
    "quid", "cents", "rupees", "inr", "shillings", "ksh",
  ])

  /// "am" and "pm" after a time.
  package static let meridiem = StaticWordTable(words: ["am", "pm"])
  /// The hash of "pm".
  package static let pm = TextHash.word("pm")
  /// The hash of "of" ("12th of May").
  package static let of = TextHash.word("of")

  /// Device brands: naming the customer's brand is taking up their case.
  package static let brands = StaticWordTable(words: [
    "netgear", "arris", "tplink", "linksys", "asus", "huawei", "zte", "technicolor", "motorola",
    "eero", "orbi", "fritzbox", "sagemcom", "ubiquiti", "nokia", "roku", "xbox", "playstation",
    "ps5", "ps4", "sonos", "chromecast", "firestick", "iphone", "ipad", "macbook", "pixel",
    "galaxy",
  ])

  /// Device and network words every script uses: never specifics.
  package static let genericDevices = StaticWordTable(words: [
    "router", "modem", "ont", "gateway", "hub", "wifi", "wlan", "lan", "wan", "box", "tv",
    "phone", "laptop", "computer", "pc", "internet", "broadband", "fibre", "fiber", "dsl",
    "adsl", "vdsl", "cable", "ethernet", "ssid", "dns", "ip", "dvr", "hd", "remote",
  ])

  /// Codes that are technology names, not the customer's ids ("5G", "IPv6").
  package static let genericCodes = StaticWordTable(words: [
    "wifi6", "wifi5", "wifi6e", "ipv4", "ipv6", "lte", "usb2", "usb3", "mp3", "mp4", "h264",
    "a1", "b2", "cat5", "cat6", "802", "covid19",
  ])

  /// Capitalised words that are not names: pronouns, greetings, courtesy, acronyms of the
  /// trade, sign-off words.
  package static let commonCapitalised = StaticWordTable(words: [
    "i", "im", "ok", "okay", "hi", "hello", "hey", "dear", "thanks", "thank", "please", "sir",
    "madam", "mr", "mrs", "ms", "dr", "yes", "no", "not", "the", "a", "an", "my", "your", "we",
    "you", "they", "he", "she", "it", "this", "that", "and", "but", "or", "so", "if", "when",
    "customer", "support", "service", "team", "help", "asap", "fyi", "lol", "omg", "dm", "pm",
    "am", "ceo", "usa", "us", "uk", "eu", "isp", "sms", "app", "today", "tomorrow",
    "yesterday", "tonight", "morning", "evening", "afternoon", "night", "god", "why", "what",
    "how", "where", "who", "is", "are", "was", "do", "does", "did", "can", "will", "just",
    "still", "again", "now", "also", "there", "here", "all", "any", "some",
  ])

  /// Words after which a capitalised word names the person addressed ("Hi Yana", "thanks
  /// Phil"), usually the agent: not a specific of the customer's case.
  package static let addressWords = StaticWordTable(words: [
    "hi", "hello", "hey", "dear", "thanks", "thank", "cheers", "morning", "evening", "afternoon", "night", "bye",
    "ta", "thx",
  ])

  /// Every table the specifics walk reads, behind one pointer fetched once per walk: read from
  /// their `static let`s word by word, the lists cost a lazy-initialisation check each, about
  /// 200 a contact (callgrind, stop 38).
  struct Tables {
    let months = SpecificsVocabulary.months
    let weekdays = SpecificsVocabulary.weekdays
    let streetTypes = SpecificsVocabulary.streetTypes
    let durations = SpecificsVocabulary.durations
    let currencies = SpecificsVocabulary.currencies
    let meridiem = SpecificsVocabulary.meridiem
    let pm = SpecificsVocabulary.pm
    let of = SpecificsVocabulary.of
    let brands = SpecificsVocabulary.brands
    let genericDevices = SpecificsVocabulary.genericDevices
    let genericCodes = SpecificsVocabulary.genericCodes
    let commonCapitalised = SpecificsVocabulary.commonCapitalised
    let addressWords = SpecificsVocabulary.addressWords
    /// `CommonEnglishWords.table`.
    let commonEnglish = CommonEnglishWords.table
  }

  /// The tables, never freed (``ImmortalStorage``) and never written after they are made;
  /// the pointer is published by the `static let`'s one-time initialisation, so every
  /// thread that reads it sees them whole.
  nonisolated(unsafe) static let tables: UnsafePointer<Tables> = ImmortalStorage.copy([Tables()]).baseAddress!
}
