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

  /// The lists whose first steps accept numbers, ordinals or lexeme kinds: asked at every
  /// token, as their own ``PhraseRuleList/firstMatch(in:)`` would.
  package static let openingOnAnyToken: Flags = {
    var flags: Flags = []
    if PersistenceRules.rules.opensOnNumbers { flags.insert(.opensPersistence) }
    if ConfirmationRules.rules.opensOnNumbers { flags.insert(.opensConfirmation) }
    if ChurnRules.rules.opensOnNumbers { flags.insert(.opensChurn) }
    if ChannelRequestRules.rules.opensOnNumbers { flags.insert(.opensChannelRequest) }
    return flags
  }()

  /// Word hash → flags.
  private static let table: WordFlagTable = {
    var flags: [UInt64: UInt8] = [:]
    func add(_ hashes: [UInt64], _ flag: Flags) {
      for hash in hashes { flags[hash, default: 0] |= flag.rawValue }
    }
    add(ConversationVocabulary.courtesy.wordHashes, .courtesy)
    add(ConversationVocabulary.problemWords.wordHashes, .problem)
    add(ConversationVocabulary.praiseWords.wordHashes, .praise)
    add(ConversationVocabulary.acknowledgements.wordHashes, .acknowledgement)
    add(PersistenceRules.rules.openingWords, .opensPersistence)
    add(ConfirmationRules.rules.openingWords, .opensConfirmation)
    add(ChurnRules.rules.openingWords, .opensChurn)
    add(ChannelRequestRules.rules.openingWords, .opensChannelRequest)
    return WordFlagTable(flags)
  }()
}
