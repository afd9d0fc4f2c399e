import CallAuditModel

/// What Amazon's call analytics (Transcribe Call Analytics, Contact Lens) said of a call,
/// as evidence beside callaudit's own (``CallAuditModel/Contact/vendorLabels``): the
/// categories the call matched (`Categories.MatchedCategories`, rules the contact centre
/// wrote, such as `Greeting` or `No_Closing_Remark`) and the overall sentiment of each
/// side (`ConversationCharacteristics.Sentiment.OverallSentiment`, −5 to 5).
enum AmazonCallLabels {
  static func of(_ document: JSONNode) -> [String] {
    var labels: [String] = []
    let categories = (document["Categories"]?["MatchedCategories"]?.elements ?? []).compactMap(\.string)
    if !categories.isEmpty { labels.append("categories: " + categories.joined(separator: ", ")) }
    let overall = document["ConversationCharacteristics"]?["Sentiment"]?["OverallSentiment"]
    let sides = [("customer", "CUSTOMER"), ("agent", "AGENT")].compactMap { name, key in
      overall?[key]?.double.map { "\(name) \(DecimalText.fixed($0, places: 1))" }
    }
    if !sides.isEmpty { labels.append("sentiment (−5 to 5): " + sides.joined(separator: ", ")) }
    return labels
  }
}
