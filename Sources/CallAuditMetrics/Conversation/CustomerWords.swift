import CallAuditText

/// What a word can mean to a customer turn's reading, all of it from one table probe.
///
/// A customer word was looked up seven times: in the four phrase-rule lists' indexes of
/// opening words (persistence, confirmation, churn, channel requests) and in the courtesy,
/// problem and praise word sets. This table holds the union of those words with one bit
/// per list or set, so each word is looked up once (issue 21, step 1); a rule list is asked
/// about a token only when its bit is set. Every bit is the answer its own list or set
/// gives, so nothing read changes.
package enum CustomerWords {
  /// The lists and sets a word belongs to.
  package struct Flags: OptionSet, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// ``ConversationVocabulary/courtesy``.
    package static let courtesy = Flags(rawValue: 1 << 0)
    /// ``ConversationVocabulary/problemWords``.
    package static let problem = Flags(rawValue: 1 << 1)
    /// ``ConversationVocabulary/praiseWords``.
    package static let praise = Flags(rawValue: 1 << 2)
    /// ``ConversationVocabulary/acknowledgements``.
    package static let acknowledgement = Flags(rawValue: 1 << 3)
    /// Opens a rule of ``PersistenceRules/rules``.
    package static let opensPersistence = Flags(rawValue: 1 << 4)
    /// Opens a rule of ``ConfirmationRules/rules``.
    package static let opensConfirmation = Flags(rawValue: 1 << 5)
    /// Opens a rule of ``ChurnRules/rules``.
    package static let opensChurn = Flags(rawValue: 1 << 6)
    /// Opens a rule of ``ChannelRequestRules/rules``.
    package static let opensChannelRequest = Flags(rawValue: 1 << 7)

    /// The bits that say a rule list may start at the token.
    package static let opening: Flags = [.opensPersistence, .opensConfirmation, .opensChurn, .opensChannelRequest]
  }

  /// The flags of `token`. A rule list opens only on a token with a word hash, as
  /// ``PhraseRuleList/match(at:in:)`` looks them up; the word sets answer for every hash.
  @inline(__always)
  package static func flags(of token: SignalToken) -> Flags {
    let found = Flags(rawValue: table.flags(token.hash))
    return token.hash != 0 ? found : found.subtracting(.opening)
  }

  /// The four rule lists, each with the bit that says a rule of it may start at a word.
  private static let ruleLists: [(opens: Flags, list: PhraseRuleList)] = [
    (.opensPersistence, PersistenceRules.rules), (.opensConfirmation, ConfirmationRules.rules),
    (.opensChurn, ChurnRules.rules), (.opensChannelRequest, ChannelRequestRules.rules),
  ]

  /// The word sets, each with its bit.
  private static let wordSets: [(flag: Flags, set: WordSet)] = [
    (.courtesy, ConversationVocabulary.courtesy), (.problem, ConversationVocabulary.problemWords),
    (.praise, ConversationVocabulary.praiseWords), (.acknowledgement, ConversationVocabulary.acknowledgements),
  ]

  /// The lists whose first steps accept numbers, ordinals or lexeme kinds: asked at every
  /// token, as their own ``PhraseRuleList/firstMatch(in:)`` would.
  package static let openingOnAnyToken = Flags(ruleLists.filter(\.list.opensOnNumbers).map(\.opens))

  /// Word hash → flags.
  private static let table: WordFlagTable = {
    var flags: [UInt64: UInt8] = [:]
    for (flag, set) in wordSets {
      for hash in set.wordHashes { flags[hash, default: 0] |= flag.rawValue }
    }
    for (opens, list) in ruleLists {
      for hash in list.openingWords { flags[hash, default: 0] |= opens.rawValue }
    }
    return WordFlagTable(flags)
  }()
}
