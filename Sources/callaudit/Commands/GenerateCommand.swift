import ArgumentParser

/// `callaudit generate`: seeded synthetic exports (filled in with the generator).
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write seeded synthetic exports with ground-truth labels."
  )
  func run() throws {}
}
