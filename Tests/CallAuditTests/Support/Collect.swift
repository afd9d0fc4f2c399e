@testable import CallAuditIngestion
@testable import CallAuditModel

/// Reads one input and returns its contacts with the summary.
func ingestAll(_ path: String, format: InputFormat? = nil, options: IngestionOptions = IngestionOptions())
  -> (contacts: [Contact], summary: InputSummary)
{
  var contacts: [Contact] = []
  let summary = ContactIngestor(options: options).ingest(path: path, format: format) { contacts.append($0) }
  return (contacts, summary)
}
