/// The incident fields callaudit reads from ServiceNow exports.
///
/// Each has the data-dictionary name that the XML export uses as its element and
/// a list export uses as its header when field names are chosen, and the display
/// label a list export uses otherwise. The UCI event log renamed a few columns;
/// those spellings are accepted too.
package enum ServiceNowField: CaseIterable {
  case number, sysID, state, incidentState
  case caller, openedBy, createdBy, assignedTo, assignmentGroup
  case category, contactType, openedAt, resolvedAt, closedAt, closeCode
  case reassignmentCount, escalation, description, shortDescription
  case comments, workNotes, commentsAndWorkNotes

  /// The field's data-dictionary name: the XML element and the list-export header.
  package var name: String {
    switch self {
    case .number: "number"
    case .sysID: "sys_id"
    case .state: "state"
    case .incidentState: "incident_state"
    case .caller: "caller_id"
    case .openedBy: "opened_by"
    case .createdBy: "sys_created_by"
    case .assignedTo: "assigned_to"
    case .assignmentGroup: "assignment_group"
    case .category: "category"
    case .contactType: "contact_type"
    case .openedAt: "opened_at"
    case .resolvedAt: "resolved_at"
    case .closedAt: "closed_at"
    case .closeCode: "close_code"
    case .reassignmentCount: "reassignment_count"
    case .escalation: "escalation"
    case .description: "description"
    case .shortDescription: "short_description"
    case .comments: "comments"
    case .workNotes: "work_notes"
    case .commentsAndWorkNotes: "comments_and_work_notes"
    }
  }

  /// Every header the column goes by in a list export: the field name first,
  /// then the display labels (older and newer releases), then the UCI event log's.
  package var headers: [String] {
    switch self {
    case .number: [name, "Number"]
    case .sysID: [name, "Sys ID"]
    case .state: [name, "State"]
    case .incidentState: [name, "Incident state"]
    case .caller: [name, "Caller"]
    case .openedBy: [name, "Opened by"]
    case .createdBy: [name, "Created by"]
    case .assignedTo: [name, "Assigned to"]
    case .assignmentGroup: [name, "Assignment group"]
    case .category: [name, "Category"]
    // The label was "Contact type" and became "Channel" in later releases.
    case .contactType: [name, "Contact type", "Channel"]
    case .openedAt: [name, "Opened"]
    case .resolvedAt: [name, "Resolved"]
    case .closedAt: [name, "Closed"]
    // "Close code" became "Resolution code"; the UCI log spells it closed_code.
    case .closeCode: [name, "Resolution code", "Close code", "closed_code"]
    case .reassignmentCount: [name, "Reassignment count"]
    case .escalation: [name, "Escalation"]
    case .description: [name, "Description"]
    case .shortDescription: [name, "Short description"]
    case .comments: [name, "Additional comments"]
    case .workNotes: [name, "Work notes"]
    case .commentsAndWorkNotes: [name, "Comments and Work notes"]
    }
  }
}
