import ArgumentParser

/// The exit statuses callaudit uses, from BSD's sysexits.h; documented in README.md.
enum ExitStatus {
  /// Bad arguments (EX_USAGE).
  static let usage = ExitCode(64)
  /// An input was malformed (EX_DATAERR).
  static let dataError = ExitCode(65)
  /// An input could not be opened (EX_NOINPUT).
  static let noInput = ExitCode(66)
  /// An output file could not be written (EX_CANTCREAT).
  static let cannotCreate = ExitCode(73)
  /// A configuration file (--mapping, --sites) is wrong (EX_CONFIG).
  static let configuration = ExitCode(78)
}
