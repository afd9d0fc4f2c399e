import ContactGenerator
import Foundation
import Testing
@testable import CallAuditMetrics
@testable import CallAuditModel
@testable import CallAuditReporting

@Suite("Inputs of one contact each")
struct OneContactPerInputTests {
  // Speech analytics writes one file per call, so a folder of 100,000 calls is 100,000
  // inputs. Their analyzers are merged in input order; the scripts mined and every figure
  // must be those of the same contacts read as one input.
  @Test("Contacts read one per input give the report of the same contacts read as one input")
  func onePerInput() throws {
    var configuration = GeneratorConfiguration(seed: 3, contacts: 600)
    configuration.providers = [ProviderSpec.standard(for: .hurting)]
    let contacts = try SampleGenerator(configuration: configuration).map(\.contact)
    var whole = ContactAnalyzer()
    contacts.forEach { whole.add($0) }
    var merged: ContactAnalyzer? = nil
    for contact in contacts {
      var single = ContactAnalyzer()
      single.add(contact)
      if merged == nil { merged = single } else { merged!.merge(single) }
    }
    let one = whole.finish(inputs: [])
    let many = try #require(merged).finish(inputs: [])
    #expect(one.scripts.count > 50 && many.scripts.count == one.scripts.count)
    // Merging miners is exact but for one thing (ScriptMiner.merge): a contact that says
    // two wordings of one line joins them in its own miner, where one miner would have
    // matched each on its own. That may move a few customers between wordings, never
    // more than a few scripts' — and no contact's measures.
    let same = zip(many.scripts, one.scripts).filter { $0.text == $1.text && $0.customers == $1.customers }.count
    #expect(same * 100 >= one.scripts.count * 95)
    #expect(many.flagged.map(\.measure.contactID) == one.flagged.map(\.measure.contactID))
    #expect(try groups(many) == groups(one))
  }

  /// Every group's figures and the outsourcing verdict, as the JSON report gives them.
  private func groups(_ report: AnalysisReport) throws -> NSArray {
    let json = JSONReportRenderer().render(report)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let providers = try #require(document["providers"] as? [[String: Any]])
    return providers.map { [$0["groups"] ?? NSNull(), $0["outsourcing"] ?? NSNull()] } as NSArray
  }
}
