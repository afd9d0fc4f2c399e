import CallAuditModel
import CallAuditSystem

/// Writes generated calls into a folder as Amazon Connect delivers them
/// (``ConnectExport``): the Contact Lens files, the contact records a file a day,
/// and `sites.csv` saying which queues are outsourced, since no Connect file does.
public final class ConnectExportWriter {
  private let folder: String
  /// The open contact-record file of each day, by path.
  private var records: [String: OutputWriter] = [:]
  public private(set) var calls = 0

  /// Starts writing into `folder`, creating it when missing.
  public init(folder: String) {
    self.folder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
  }

  /// Writes one call's Contact Lens file and contact record.
  public func write(_ contact: Contact) throws(OutputError) {
    let analysis = folder + "/" + ConnectExport.analysisPath(contact)
    try OutputFile.createFolders(above: analysis)
    try OutputFile.write(ConnectExport.analysisFile(contact), to: analysis)
    let day = folder + "/" + ConnectExport.recordsPath(contact)
    if records[day] == nil {
      try OutputFile.createFolders(above: day)
      records[day] = try OutputWriter(path: day)
    }
    try records[day]!.write(ConnectExport.contactRecord(contact))
    calls += 1
  }

  /// Finishes the contact-record files and writes `sites.csv` for `sites`.
  public func finish(sites: [(name: String, sourcing: Sourcing)]) throws(OutputError) {
    for path in records.keys.sorted() { try records[path]!.commit() }
    records = [:]
    var list = "site,sourcing\n"
    for site in sites { list += CSVField.quoted(site.name) + "," + site.sourcing.rawValue + "\n" }
    try OutputFile.write(list, to: folder + "/sites.csv")
  }
}
