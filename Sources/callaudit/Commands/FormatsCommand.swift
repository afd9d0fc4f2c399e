import ArgumentParser
import CallAudit

/// `callaudit formats`: what callaudit reads and how it recognises each format.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "formats",
    abstract: "List the input formats, what each supplies, and how it is detected."
  )

  func run() {
    var text = ""
    for format in InputFormat.allCases {
      text += "\(format.rawValue)\n"
      text += "  \(format.summary)\n"
      text += "  detected by: \(format.detection)\n"
      text += "  supplies: transcript text \(format.suppliesText ? "yes" : "no"), "
      text += "sourcing \(format.suppliesSourcing ? "yes" : "no")\n"
    }
    text += "\nAny input may be gzip-compressed (recognised from its first bytes).\n"
    StandardOutput.write(text)
  }
}
