import CallAuditText
/// The agent's own sentences of a shard's contacts, as measuring needs them: each one's
/// fingerprint (for the mined scripts) and traits (``SentenceTraits``), in two parallel
/// arrays that records point into with `sentenceStart` and `sentenceCount`.
struct AgentSentences: Sendable {
  var fingerprints: [SentenceFingerprint] = []
  var traits: [SentenceTraits] = []
}
