/// The channel a Zendesk ticket came in through, from the numeric `via-id`
/// of the XML export (Zendesk's "Via types reference").
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
}
