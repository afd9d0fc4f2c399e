/// Which column of a ServiceNow list export holds which incident field.
package struct ServiceNowColumns {
  private var indexByField: [ServiceNowField: Int] = [:]

  /// Finds each field's column by its field name or display label.
  package init(header: CSVHeader) {
    for field in ServiceNowField.allCases {
      if let index = field.headers.lazy.compactMap({ header.index($0) }).first {
        indexByField[field] = index
      }
    }
  }

  /// The column of `field`, if the export has one.
  package subscript(field: ServiceNowField) -> Int? { indexByField[field] }
}
