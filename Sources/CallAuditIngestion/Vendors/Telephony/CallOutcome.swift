/// What the switches record about how a call ended, and what it says about
/// whether the customer reached anyone.
package enum CallOutcome {
  /// Asterisk CDR dispositions (`ast_cdr_disp2str`), upper-cased.
  package static let asteriskDispositions: Set<String> = ["ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"]

  /// Whether an Asterisk disposition means the call was answered; `nil` when unknown.
  package static func asteriskAnswered(_ disposition: String) -> Bool? {
    switch disposition.uppercased() {
    case "ANSWERED": true
    case "NO ANSWER", "NOANSWER", "BUSY", "FAILED", "CONGESTION": false
    default: nil
    }
  }

  /// FreeSWITCH hangup causes that say the called side never took the call:
  /// the caller gave up while it rang, nobody picked up, the line was busy, or
  /// the call was refused.
  package static let unansweredCauses: Set<String> = [
    "ORIGINATOR_CANCEL", "NO_ANSWER", "NO_USER_RESPONSE", "USER_BUSY", "CALL_REJECTED", "NO_PICKUP",
    "SUBSCRIBER_ABSENT", "USER_NOT_REGISTERED", "BUSY_EVERYWHERE", "DECLINE", "PROGRESS_TIMEOUT",
    "PICKED_OFF", "LOSE_RACE",
  ]

  /// The hangup cause names FreeSWITCH writes (`switch_channel_cause2str`), used
  /// to recognise its headerless CSV.
  package static let freeSWITCHCauses: Set<String> = unansweredCauses.union([
    "UNSPECIFIED", "UNALLOCATED_NUMBER", "NO_ROUTE_TRANSIT_NET", "NO_ROUTE_DESTINATION",
    "CHANNEL_UNACCEPTABLE", "CALL_AWARDED_DELIVERED", "NORMAL_CLEARING", "NUMBER_CHANGED",
    "REDIRECTION_TO_NEW_DESTINATION", "EXCHANGE_ROUTING_ERROR", "DESTINATION_OUT_OF_ORDER",
    "INVALID_NUMBER_FORMAT", "FACILITY_REJECTED", "RESPONSE_TO_STATUS_ENQUIRY", "NORMAL_UNSPECIFIED",
    "NORMAL_CIRCUIT_CONGESTION", "NETWORK_OUT_OF_ORDER", "NORMAL_TEMPORARY_FAILURE", "SWITCH_CONGESTION",
    "ACCESS_INFO_DISCARDED", "REQUESTED_CHAN_UNAVAIL", "PRE_EMPTED", "FACILITY_NOT_SUBSCRIBED",
    "OUTGOING_CALL_BARRED", "INCOMING_CALL_BARRED", "BEARERCAPABILITY_NOTAUTH",
    "BEARERCAPABILITY_NOTAVAIL", "SERVICE_UNAVAILABLE", "BEARERCAPABILITY_NOTIMPL",
    "CHAN_NOT_IMPLEMENTED", "FACILITY_NOT_IMPLEMENTED", "SERVICE_NOT_IMPLEMENTED",
    "INVALID_CALL_REFERENCE", "INCOMPATIBLE_DESTINATION", "INVALID_MSG_UNSPECIFIED",
    "MANDATORY_IE_MISSING", "MESSAGE_TYPE_NONEXIST", "WRONG_MESSAGE", "IE_NONEXIST",
    "INVALID_IE_CONTENTS", "WRONG_CALL_STATE", "RECOVERY_ON_TIMER_EXPIRE", "MANDATORY_IE_LENGTH_ERROR",
    "PROTOCOL_ERROR", "INTERWORKING", "SUCCESS", "CRASH", "SYSTEM_SHUTDOWN", "MANAGER_REQUEST",
    "BLIND_TRANSFER", "ATTENDED_TRANSFER", "ALLOTTED_TIMEOUT", "USER_CHALLENGE", "MEDIA_TIMEOUT",
    "INVALID_GATEWAY", "GATEWAY_DOWN", "INVALID_URL", "INVALID_PROFILE", "SRTP_READ_ERROR", "BOWOUT",
    "DOES_NOT_EXIST_ANYWHERE", "NOT_ACCEPTABLE", "UNWANTED", "NO_IDENTITY", "BAD_IDENTITY_INFO",
    "UNSUPPORTED_CERTIFICATE", "INVALID_IDENTITY", "STALE_DATE",
  ])

  /// Whether a FreeSWITCH leg was answered: it has an answer time and its
  /// hangup cause is not one that only an unanswered call can have.
  package static func freeSWITCHAnswered(hasAnswerTime: Bool, cause: String?) -> Bool {
    hasAnswerTime && !unansweredCauses.contains(cause?.uppercased() ?? "")
  }
}
