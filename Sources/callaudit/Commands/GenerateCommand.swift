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
      harder issues: crude ratio high, adjusted ratio near 1). --scenario split-sites \
      generates one provider whose outsourced site Manila hurts customers while its \
      outsourced site Pune does not (see `analyze --by site`).

      Examples:
        callaudit generate --contacts 800 --output samples/contacts.csv
        callaudit generate --contacts 200000 --format xml --output big.xml --labels big-labels.csv
        callaudit generate --scenario harder-categories --contacts 5000 --output hard.csv
        callaudit generate --contacts 300 --output hostile/good.csv --hostile hostile
        callaudit generate --scenario hurting --format contact-lens --output connect/ --delivered-csv calls.csv

      With --format contact-lens, calls only are generated and written into the \
      folder --output names as Amazon Connect delivers them: a Contact Lens file a \
      call (Analysis/Voice/YYYY/MM/DD/), the contact records a file a day (ctr/), \
      and sites.csv for --sites. --delivered-csv writes, as canonical CSV, what \
      those files carry of each call, to check a run on the folder against.

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

  @Option(help: "Generate one provider with this scenario: \((GeneratorScenario.allCases.map(\.rawValue) + [ProviderSpec.splitSitesName]).joined(separator: ", ")).")
  var scenario: String?

  @Option(help: "Days the contacts span.")
  var days: Int = 60

  @Option(help: "Output format: csv, xml, or contact-lens (a folder; needs --scenario).")
  var format: String = "csv"

  @Option(name: [.short, .long], help: "Where to write the export; - for standard output.")
  var output: String = "-"

  @Option(help: "Also write ground-truth labels (CSV) to this file.")
  var labels: String?

  @Option(help: "Also write the hostile exports into this directory (see docs/security.md).")
  var hostile: String?

  @Option(help: "With --format contact-lens, also write what the folder carries of each call as canonical CSV.")
  var deliveredCsv: String?

  @Flag(help: "With --hostile, leave out the three files of tens of MiB.")
  var skipLarge = false

  func validate() throws {
    guard contacts >= 0 else { throw ValidationError("--contacts must be 0 or more.") }
    guard ["csv", "xml", "contact-lens"].contains(format) else {
      throw ValidationError("--format must be csv, xml or contact-lens.")
    }
    if format == "contact-lens" {
      guard scenario != nil else {
        throw ValidationError("--format contact-lens writes one provider's calls: name it with --scenario.")
      }
      guard output != "-" else { throw ValidationError("--format contact-lens writes a folder: name it with --output.") }
    } else if deliveredCsv != nil {
      throw ValidationError("--delivered-csv applies only with --format contact-lens.")
    }
    if skipLarge, hostile == nil { throw ValidationError("--skip-large applies only with --hostile DIR.") }
    if let scenario, GeneratorScenario(rawValue: scenario) == nil, scenario != ProviderSpec.splitSitesName {
      throw ValidationError("Unknown scenario '\(scenario)'.")
    }
  }

  func run() throws {
    var configuration = GeneratorConfiguration(seed: seed, contacts: contacts, spanDays: days)
    if let scenario = scenario.flatMap(GeneratorScenario.init(rawValue:)) {
      configuration.providers = [ProviderSpec.standard(for: scenario)]
    } else if scenario == ProviderSpec.splitSitesName {
      configuration.providers = [ProviderSpec.splitSites]
    }
    if format == "contact-lens" { configuration.channelMix = ChannelMix(call: 1, chat: 0, email: 0) }
    let generator: SampleGenerator
    do {
      generator = try SampleGenerator(configuration: configuration)
    } catch {
      throw ValidationError(error.description)
    }
    if format == "contact-lens" { return try writeConnectFolder(generator, sites: configuration.providers[0].sites) }
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

  /// Writes the calls as Amazon Connect delivers them, with their labels and, when
  /// asked, what the folder carries of them as canonical CSV.
  private func writeConnectFolder(_ generator: SampleGenerator, sites: [SiteSpec]) throws {
    let folder = ConnectExportWriter(folder: output)
    let labelFile = try labels.map { path throws(OutputError) in try OutputWriter(path: path) }
    let delivered = try deliveredCsv.map { path throws(OutputError) in try OutputWriter(path: path) }
    let labelWriter = LabelsCSVWriter()
    let canonical = CanonicalWriter(format: .csv)
    try labelFile?.write(labelWriter.header)
    try delivered?.write(canonical.header)
    for labeled in generator {
      try folder.write(labeled.contact)
      try labelFile?.write(labelWriter.render(labeled))
      try delivered?.write(canonical.render(ConnectExport.asDelivered(labeled.contact)))
    }
    try folder.finish(sites: sites.map { ($0.name, $0.sourcing) })
    try labelFile?.commit()
    try delivered?.commit()
  }
}
