import ArgumentParser
import CallAuditIngestion
import CallAuditReporting
import CallAuditSystem
import ContactGenerator

/// `callaudit generate`: seeded synthetic exports with ground-truth labels.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write seeded synthetic exports with ground-truth labels.",
    discussion: """
      The same seed and options always give byte-identical files. By default four \
      providers are generated, one per scenario: hurting (outsourcing hurts), \
      neutral, no-outsourcing, and harder-categories (the outsourced site gets the \
      harder issues: crude ratio high, adjusted ratio near 1).

      Examples:
        callaudit generate --contacts 800 --output samples/contacts.csv
        callaudit generate --contacts 200000 --format xml --output big.xml --labels big-labels.csv
        callaudit generate --scenario harder-categories --contacts 5000 --output hard.csv
        callaudit generate --contacts 300 --output hostile/good.csv --hostile hostile

      With --hostile DIR, untrusted exports that break every rule an export can \
      break (external entities, entity expansion, deep nesting, unclosed quotes, \
      NUL bytes, invalid UTF-8, truncated gzip, a 50 MB field, …) are written into \
      DIR as well; docs/security.md says what `analyze` does with each.
      """
  )

  @Option(help: "Seed for every random choice.")
  var seed: UInt64 = 1

  @Option(help: "Number of contacts.")
  var contacts: Int = 20_000

  @Option(help: "Generate one provider with this scenario: \(GeneratorScenario.allCases.map(\.rawValue).joined(separator: ", ")).")
  var scenario: String?

  @Option(help: "Days the contacts span.")
  var days: Int = 60

  @Option(help: "Output format: csv or xml.")
  var format: String = "csv"

  @Option(name: [.short, .long], help: "Where to write the export; - for standard output.")
  var output: String = "-"

  @Option(help: "Also write ground-truth labels (CSV) to this file.")
  var labels: String?

  @Option(help: "Also write the hostile exports into this directory (see docs/security.md).")
  var hostile: String?

  @Flag(help: "With --hostile, leave out the three files of tens of MiB.")
  var skipLarge = false

  func validate() throws {
    guard contacts >= 0 else { throw ValidationError("--contacts must be 0 or more.") }
    guard ["csv", "xml"].contains(format) else { throw ValidationError("--format must be csv or xml.") }
    if skipLarge, hostile == nil { throw ValidationError("--skip-large applies only with --hostile DIR.") }
    if let scenario, GeneratorScenario(rawValue: scenario) == nil {
      throw ValidationError("Unknown scenario '\(scenario)'.")
    }
  }

  func run() throws {
    var configuration = GeneratorConfiguration(seed: seed, contacts: contacts, spanDays: days)
    if let scenario = scenario.flatMap(GeneratorScenario.init(rawValue:)) {
      configuration.providers = [ProviderSpec.standard(for: scenario)]
    }
    let generator: SampleGenerator
    do {
      generator = try SampleGenerator(configuration: configuration)
    } catch {
      throw ValidationError(error.description)
    }
    let writer = CanonicalWriter(format: format == "xml" ? .xml : .csv)
    // First, so that `--output DIR/good.csv --hostile DIR` works on a new DIR.
    if let hostile { _ = try HostileExportSet.write(into: hostile, large: !skipLarge) }
    let export = try OutputWriter(path: output)
    let labelFile = try labels.map { path throws(OutputError) in try OutputWriter(path: path) }
    let labelWriter = LabelsCSVWriter()
    try export.write(writer.header)
    try labelFile?.write(labelWriter.header)
    for labeled in generator {
      try export.write(writer.render(labeled.contact))
      try labelFile?.write(labelWriter.render(labeled))
    }
    try export.write(writer.footer)
    try export.commit()
    try labelFile?.commit()
  }
}
