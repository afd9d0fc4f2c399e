/// Which column of a Jira CSV export holds what.
///
/// Jira writes its headers in the exporting user's language; English and
/// Spanish (the locale of the real sample) are recognised. Custom fields are
/// written `Custom field (Name)` (`Campo personalizado (Name)` in Spanish),
/// with the field's own name inside, whatever the language. Comments come in
/// repeated `Comment` (`Comentario`) columns.
package struct JiraCSVColumns {
  /// A standard Jira field, with its headers per language.
  package enum Field: CaseIterable {
    case key, summary, issueType, status, statusCategory, resolution
    case assignee, reporter, reporterID, created, resolved, description
    case projectName, component, timeSpent, satisfaction

    /// The headers the field goes by: English, then Spanish.
    package var headers: [String] {
      switch self {
      case .key: ["Issue key", "Clave de incidencia"]
      case .summary: ["Summary", "Resumen"]
      case .issueType: ["Issue Type", "Tipo de Incidencia"]
      case .status: ["Status", "Estado"]
      case .statusCategory: ["Status Category", "Categoría de estado"]
      case .resolution: ["Resolution", "Resolución"]
      case .assignee: ["Assignee", "Persona asignada"]
      case .reporter: ["Reporter", "Informador"]
      case .reporterID: ["Reporter Id", "ID del informador"]
      case .created: ["Created", "Creada"]
      case .resolved: ["Resolved", "Resuelta"]
      case .description: ["Description", "Descripción"]
      case .projectName: ["Project name", "Nombre del proyecto"]
      case .component: ["Component/s", "Components"]
      case .timeSpent: ["Time Spent", "Tiempo Trabajado"]
      case .satisfaction: ["Satisfaction rating", "Calificación de satisfacción"]
      }
    }
  }

  /// The headers of the repeated comment columns.
  package static let commentHeaders = ["Comment", "Comentario"]
  /// How custom-field headers begin, per language.
  package static let customFieldPrefixes = ["custom field (", "campo personalizado ("]

  private var indexByField: [Field: Int] = [:]
  private var customByName: [String: Int] = [:]
  /// Every comment column, in order.
  package let comments: [Int]

  /// Finds the columns in `header`.
  package init(header: CSVHeader) {
    for field in Field.allCases {
      if let index = field.headers.lazy.compactMap({ header.index($0) }).first { indexByField[field] = index }
    }
    for (index, name) in header.names.enumerated() {
      let lowered = name.lowercased()
      guard let prefix = Self.customFieldPrefixes.first(where: { lowered.hasPrefix($0) }), lowered.hasSuffix(")")
      else { continue }
      let inner = lowered.dropFirst(prefix.count).dropLast()
      if customByName[String(inner)] == nil { customByName[String(inner)] = index }
    }
    comments = Self.commentHeaders.flatMap { header.indices($0) }.sorted()
  }

  /// The column of a standard field.
  package subscript(field: Field) -> Int? { indexByField[field] }

  /// The column of the custom field `name` (lower-case), e.g. `team`.
  package func custom(_ name: String) -> Int? { customByName[name] }
}
