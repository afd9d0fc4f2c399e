import Foundation
import Testing
@testable import CallAuditIngestion

@Suite("Sites files")
struct SiteDirectoryFileTests {
  @Test("YAML: one site per line, or a list per sourcing; names match ignoring case")
  func yaml() throws {
    let sites = try SiteDirectory(contentsOfFile: TestSupport.fixture("sites/sites.yaml"))
    #expect(sites.count == 6)
    #expect(sites["manila team"] == .outsourced)
    #expect(sites["Denver"] == .inHouse)
    #expect(sites["Cebu"] == .outsourced)
    #expect(sites["BOGOTÁ"] == .outsourced)
    #expect(sites["Glasgow"] == .inHouse)
    #expect(sites["Paris"] == nil)
  }

  @Test("CSV: a site,sourcing header, quoted names, CRLF, comments and blank lines")
  func csv() throws {
    let sites = try SiteDirectory(contentsOfFile: TestSupport.fixture("sites/sites.csv"))
    #expect(sites.count == 4)
    #expect(sites["Cebu, North"] == .outsourced)
    #expect(sites["Leeds"] == .inHouse)
  }

  @Test("Mistakes are one sentence with file:line", arguments: [
    ("Manila: outsourced\nCebu: outsorced\n", 2, "'outsorced' is not a sourcing; write in-house or outsourced"),
    ("Manila: outsourced\nmanila: in-house\n", 2, "site 'manila' is listed as both outsourced and in-house"),
    ("- Manila\n- Cebu\n", 1, "the sites file must be a mapping of `key: value` lines"),
    ("offshore: [Manila]\n", 1, "'offshore' is not a sourcing; write in-house or outsourced"),
    ("Manila: [outsourced\n", 2, "the YAML is not well-formed: did not find expected ',' or ']' (while parsing a flow sequence)"),
    ("Manila: unknown\n", 1, "'unknown' is not a sourcing; write in-house or outsourced"),
    ("Manila:\n  nested: outsourced\n", 2, "the sourcing of 'Manila' must be a single value, not a list or a mapping"),
  ])
  func yamlErrors(text: String, line: Int, message: String) throws {
    let path = try TestSupport.temporaryFile(text, name: "sites.yaml")
    #expect(throws: ConfigurationError(file: path, line: line, message: message)) {
      try SiteDirectory(contentsOfFile: path)
    }
  }

  @Test("CSV mistakes name their line")
  func csvErrors() throws {
    let path = try TestSupport.temporaryFile("site,sourcing\nManila,outsourced\n\nCebu\n", name: "sites.csv")
    let error = try #require(throws: ConfigurationError.self) { try SiteDirectory(contentsOfFile: path) }
    #expect(error.description == "\(path):4: a row must hold two fields, a site and its sourcing")
    let wrong = try TestSupport.temporaryFile("site,sourcing\nManila,partner\n", name: "sites.csv")
    #expect(throws: ConfigurationError(file: wrong, line: 2, message: "'partner' is not a sourcing; write in-house or outsourced")) {
      try SiteDirectory(contentsOfFile: wrong)
    }
  }

  @Test("An empty or missing file is an error without a line")
  func emptyAndMissing() throws {
    let empty = try TestSupport.temporaryFile("# nothing here\n", name: "sites.yaml")
    #expect(throws: ConfigurationError(file: empty, line: nil, message: "the file is empty")) {
      try SiteDirectory(contentsOfFile: empty)
    }
    #expect(throws: ConfigurationError(file: "/nonexistent/sites.yaml", line: nil, message: "cannot open: no such file or directory")) {
      try SiteDirectory(contentsOfFile: "/nonexistent/sites.yaml")
    }
  }

  @Test("Sites fill in the sourcing of any format that lacks it, never overriding the export's")
  func appliedAtIngestion() throws {
    let path = try TestSupport.temporaryFile(
      "contact_id,site,sourcing\nA,Manila Team,\nB,Denver,\nC,Manila Team,in-house\nD,Paris,\n", name: "x.csv")
    let sites = try SiteDirectory(contentsOfFile: TestSupport.fixture("sites/sites.yaml"))
    let (contacts, _) = ingestAll(path, options: IngestionOptions(sites: sites))
    #expect(contacts.map(\.sourcing) == [.outsourced, .inHouse, .inHouse, .unknown])
  }
}
