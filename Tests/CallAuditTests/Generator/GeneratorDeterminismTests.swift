import CallAuditIngestion
import ContactGenerator
import Testing

@Suite("Generator determinism")
struct GeneratorDeterminismTests {
  private func renderedCSV(seed: UInt64, contacts: Int = 1500) throws -> String {
    let writer = CanonicalWriter(format: .csv), labels = LabelsCSVWriter()
    var text = writer.header
    for labeled in try SampleGenerator(configuration: GeneratorConfiguration(seed: seed, contacts: contacts)) {
      text += writer.render(labeled.contact) + labels.render(labeled)
    }
    return text
  }

  @Test("the same seed renders byte-identical output")
  func sameSeedSameBytes() throws {
    let first = try renderedCSV(seed: 42)
    let second = try renderedCSV(seed: 42)
    #expect(first.utf8.count > 100_000)
    #expect(Array(first.utf8) == Array(second.utf8))
  }

  @Test("a different seed renders different output")
  func differentSeedDifferentBytes() throws {
    #expect(try renderedCSV(seed: 42) != renderedCSV(seed: 43))
  }

  @Test("one iterator and a second pass over the same generator agree")
  func sequenceRestarts() throws {
    let generator = try SampleGenerator(configuration: GeneratorConfiguration(seed: 5, contacts: 300))
    #expect(Array(generator) == Array(generator))
  }

  @Test("exactly the configured number of contacts", arguments: [0, 1, 2, 17, 1234])
  func exactCount(contacts: Int) throws {
    let generator = try SampleGenerator(configuration: GeneratorConfiguration(seed: 9, contacts: contacts))
    #expect(Array(generator).count == contacts)
  }

  @Test("contacts come in opening order, inside the covered period, with unique ids per provider")
  func orderAndIdentity() {
    let configuration = GeneratorConfiguration(seed: 2025, contacts: 20_000)
    var previous = Int64.min
    var seen = Set<String>()
    for labeled in GeneratorSamples.standard {
      let opened = labeled.contact.openedAt?.secondsSinceEpoch ?? .min
      #expect(opened >= previous)
      #expect(opened >= configuration.start.secondsSinceEpoch && opened < configuration.end.secondsSinceEpoch)
      previous = opened
      #expect(seen.insert(labeled.contact.provider + "/" + labeled.contact.id).inserted)
    }
  }
}
