/// The channel a Zendesk ticket came in through, from the numeric `via-id`
/// of the XML export or the `via.channel` of the API's JSON, which is a via
/// type (`web`, `email`, `voice`, …) or a via id (Zendesk's "Via types reference"
/// and "Via object reference").
package enum ZendeskVia {
  /// The canonical channel for a via id, or `nil` for ids that name no
  /// customer channel (a trigger, a merge, a follow-up to a closed ticket, …).
  package static func channel(id: Int) -> String? {
    switch id {
    case 0, 16, 17, 48, 50: "web"  // web form, Get Satisfaction, feedback tab, web widget, help center
    case 4: "email"
    case 5: "api"  // web service
    case 15, 49, 56: "mobile"  // iPhone app, mobile SDK, mobile
    case 23, 26, 30, 38, 41: "social"  // Twitter like, DM, tweet; Facebook post, message
    case 29: "chat"
    case 33, 34, 35, 44, 45, 46: "call"  // voicemail, inbound, outbound; the same through CTI
    case 57: "sms"
    default: nil
    }
  }

  /// The canonical channel for a JSON `via.channel` written as a via type (or a via
  /// id in a string), or `nil` for types that name no customer channel (a trigger, a
  /// merge, a follow-up to a closed ticket, …). Other types are folded like any
  /// exported channel name (`voice`, `phone_call_inbound` a call, `twitter_dm` social).
  package static func channel(type: String) -> String? {
    if let id = Int(type) { return channel(id: id) }
    switch type.lowercased() {
    case "rule", "merge", "closed_ticket", "linked_problem", "batch", "recovered_from_suspended_tickets",
      "automatic_solution_suggestions", "sample_ticket":
      return nil
    case "mobile", "mobile_sdk", "iphone": return "mobile"
    case "dropbox", "get_satisfaction": return "web"
    case let other: return HelpdeskChannel.canonical(other)
    }
  }
}
