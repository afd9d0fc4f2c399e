import Foundation
import Testing

@Suite("Shipped samples", .serialized)
struct SamplesTests {
  private func samplePath(_ name: String) -> String {
    TestSupport.repositoryRoot.appendingPathComponent("samples").appendingPathComponent(name).path
  }

  @Test("The samples are exactly what the seeded generator writes")
  func regenerated() throws {
    let directory = try TestSupport.temporaryDirectory()
    let csv = directory.appendingPathComponent("contacts.csv").path
    let labels = directory.appendingPathComponent("labels.csv").path
    let xml = directory.appendingPathComponent("contacts.xml").path
    let first = try TestSupport.runCallaudit(["generate", "--seed", "1", "--contacts", "800", "--output", csv, "--labels", labels])
    let second = try TestSupport.runCallaudit(["generate", "--seed", "1", "--contacts", "800", "--format", "xml", "--output", xml])
    #expect(first.status == 0 && second.status == 0)
    for (made, shipped) in [(csv, "contacts.csv"), (labels, "contacts-labels.csv"), (xml, "contacts.xml")] {
      #expect(FileManager.default.contentsEqual(atPath: made, andPath: samplePath(shipped)), "\(shipped) differs from the generator's output")
    }
  }

  @Test("The CSV and XML samples give identical providers")
  func formatsAgree() throws {
    let csv = try TestSupport.runCallaudit(["analyze", samplePath("contacts.csv"), "--format", "json"])
    let xml = try TestSupport.runCallaudit(["analyze", samplePath("contacts.xml"), "--format", "json"])
    #expect(csv.status == 0 && xml.status == 0)
    func providers(_ text: String) throws -> Data {
      let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
      return try JSONSerialization.data(withJSONObject: try #require(object?["providers"]), options: [.sortedKeys])
    }
    let fromCSV = try providers(csv.standardOutput)
    #expect(fromCSV == (try providers(xml.standardOutput)))
    let report = try JSONSerialization.jsonObject(with: Data(csv.standardOutput.utf8)) as? [String: Any]
    let names = (report?["providers"] as? [[String: Any]])?.compactMap { $0["provider"] as? String }
    #expect(names == ["Contoso Fiber", "Fabrikam Cable", "Northwind Broadband", "Tailspin Telecom"])
  }
}
