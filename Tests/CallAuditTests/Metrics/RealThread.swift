import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditText

/// A real support thread measured on its own, and one agent sentence's role: what the
/// real-conversation suites check their quoted lines with.
enum RealThread {
  /// The measures of one contact of `provider` made of `turns`.
  static func measure(_ provider: String, _ turns: [(Speaker, String)]) throws -> ContactMeasure {
    var analyzer = ContactAnalyzer(configuration: AnalysisConfiguration(keepContactMeasures: true))
    analyzer.add(
      Contact(
        id: "1", provider: provider, channel: "social", customerID: "c1",
        turns: turns.map { Turn(speaker: $0.0, text: $0.1) }))
    return try #require(analyzer.finish(inputs: []).contactMeasures?.first)
  }

  /// The role the shipped library gives `sentence` when the customer did not ask for a channel.
  static func role(_ sentence: String) -> AgentSentenceReading.Role {
    var tokens: [SignalToken] = []
    var covered: [Bool] = []
    return AgentSentenceReading(sentence[...], library: .shipped, tokens: &tokens, covered: &covered).role(channelAsked: false)
  }
}
