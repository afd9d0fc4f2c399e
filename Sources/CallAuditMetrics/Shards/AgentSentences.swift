import CallAuditText

/// The agent's own sentences of a shard's contacts, as measuring needs them: each one's
/// fingerprint (for the mined scripts) and traits (``SentenceTraits``), in two parallel
/// arrays that records point into with `sentenceStart` and `sentenceCount`.
package struct AgentSentences: Sendable {
  package var fingerprints: [SentenceFingerprint] = []
  package var traits: [SentenceTraits] = []

  package init() {}
}
