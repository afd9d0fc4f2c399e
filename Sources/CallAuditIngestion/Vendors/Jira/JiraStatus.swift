import CallAuditModel

/// Folds a Jira status onto ``ContactStatus``.
///
/// Status names are per-workflow and translated, so the name is tried first
/// (common English, Jira Service Management and Spanish names), then the
/// status category, which every status has: `new` / `indeterminate` are open
/// and `done` is resolved when the issue has a resolution, closed when not.
/// The category comes as its key in XML (`done`) and as its translated name in
/// CSV (`Done`, `Listo`).
package enum JiraStatus {
  /// The status for a status name, its category and whether a resolution is set.
  package static func status(name: String?, category: String?, resolved: Bool) -> ContactStatus {
    if let name = name?.trimmingASCIIWhitespace().lowercased(), !name.isEmpty {
      let known = ContactStatus(label: name)
      if known != .unknown { return known }
      if let mapped = names[name] { return mapped }
    }
    guard let category = category?.trimmingASCIIWhitespace().lowercased() else { return .unknown }
    switch category {
    case "new", "indeterminate", "to do", "in progress", "por hacer", "en curso": return .open
    case "done", "listo": return resolved ? .resolved : .closed
    default: return .unknown
    }
  }

  /// Status names that ``ContactStatus/init(label:)`` does not know.
  private static let names: [String: ContactStatus] = [
    "to do": .open, "backlog": .open, "selected for development": .open, "in review": .open,
    "waiting for support": .open, "work in progress": .open, "escalated": .open, "under investigation": .open,
    "waiting for customer": .pending, "waiting for approval": .pending, "awaiting approval": .pending,
    "completed": .resolved, "declined": .closed,
    // Spanish-locale Jira.
    "abierta": .open, "abierto": .open, "en curso": .open, "por hacer": .open, "tareas por hacer": .open,
    "resuelta": .resolved, "resuelto": .resolved, "completado": .resolved, "completada": .resolved,
    "listo": .resolved, "hecho": .resolved, "cerrada": .closed, "cerrado": .closed, "cancelada": .closed,
  ]
}
