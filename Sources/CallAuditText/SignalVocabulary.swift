/// Word lists shared by the customer-phrase rules.
package enum SignalVocabulary {
  /// Number words and their values ("three" counts like "3" in "called three times").
  package static let numberWords = StaticWordTable<Int>([
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
    ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("fifteen", 15),
    ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("hundred", 100),
  ])

  /// Ordinal words and their values ("third time").
  package static let ordinalWords = StaticWordTable<Int>([
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
    ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
    ("twelfth", 12), ("twentieth", 20), ("hundredth", 100), ("umpteenth", 99), ("nth", 99),
    ("millionth", 1_000_000),
  ])

  /// "never" (negates an intention on its own).
  package static let never = WordSet("never")
  /// "not" (from "not", "n't", "cannot").
  package static let not = WordSet("not")
  /// Words of intention a negation turns around ("do not *want* to cancel").
  package static let intent = WordSet(
    "want wanna going gonna plan planning intend trying need like wish mean thinking")
  /// Negations and conditionals that void a confirmation or a complaint ("*not* working now",
  /// "*if* that fixed it", "*until* it works again").
  package static let voiding = WordSet(
    "not no never nothing if until unless till before whether was were used stopped")

  /// Internet providers and carriers, one token each ("AT&T" → "att", "T-Mobile" →
  /// "tmobile"): the targets of "switching to …". Ambiguous brand words ("boost", "visible",
  /// "three") are left out.
  package static let providers = WordSet(
    """
    att verizon comcast xfinity spectrum charter cox tmobile sprint centurylink frontier optimum \
    mediacom windstream suddenlink rcn earthlink starlink hughesnet viasat dish directv fios \
    metronet ziply altice bt sky virgin talktalk vodafone o2 ee plusnet hyperoptic orange \
    telekom telstra optus rogers bell telus shaw airtel jio safaricom cricket
    """)
}
