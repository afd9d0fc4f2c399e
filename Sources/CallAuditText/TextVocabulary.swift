/// Word lists the lexer and sentence splitter need. English only: the exports this tool reads
/// are English support text; other languages still tokenise, they just get no expansions.
package enum TextVocabulary {
  /// Words written with a full stop that rarely end a sentence ("Mr.", "e.g.", "approx.").
  /// Keys are lower-case with the dots removed.
  package static let abbreviations = StaticWordTable(words: [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ave", "rd", "blvd", "ln",
    "eg", "ie", "etc", "vs", "approx", "appt", "acct", "ref", "nos", "tel", "ext",
    "dept", "inc", "ltd", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "min", "mins", "hr", "hrs", "sec", "secs", "fig", "pp", "cf", "al",
  ])

  /// Stems of "n't" contractions that do not end in the full verb: can't, won't, shan't, ain't.
  package static let negatedStems = StaticWordTable<StaticString>([
    ("ca", "can"), ("wo", "will"), ("sha", "shall"), ("ai", "is"),
  ])

  /// Contractions typed without the apostrophe, common in chat and tweets.
  package static let bareContractions = StaticWordTable<(StaticString, StaticString)>([
    ("dont", ("do", "not")), ("doesnt", ("does", "not")), ("didnt", ("did", "not")),
    ("isnt", ("is", "not")), ("arent", ("are", "not")), ("wasnt", ("was", "not")),
    ("werent", ("were", "not")), ("cant", ("can", "not")), ("cannot", ("can", "not")),
    ("wont", ("will", "not")), ("couldnt", ("could", "not")), ("wouldnt", ("would", "not")),
    ("shouldnt", ("should", "not")), ("havent", ("have", "not")), ("hasnt", ("has", "not")),
    ("hadnt", ("had", "not")), ("aint", ("is", "not")), ("im", ("i", "am")),
    ("ive", ("i", "have")), ("youre", ("you", "are")), ("theyre", ("they", "are")),
    ("thats", ("that", "is")), ("whats", ("what", "is")), ("wanna", ("want", "to")),
    ("gonna", ("going", "to")), ("gotta", ("got", "to")),
  ])

  /// Words whose "'s" means "is" ("it's", "that's", "there's"), not a possessive.
  package static let isContractionBases = StaticWordTable(words: [
    "it", "that", "there", "what", "here", "he", "she", "who", "where", "how", "everything",
    "nothing", "something", "this", "everyone", "someone", "one", "when", "why",
  ])

  /// Top-level domains that make "word.tld" a web address rather than two words.
  package static let topLevelDomains = StaticWordTable(words: [
    "com", "net", "org", "edu", "gov", "io", "co", "uk", "us", "ly", "gl", "me", "info", "biz",
    "de", "fr", "nl", "ie", "ca", "au", "ke", "za", "tv", "ng",
  ])
}
