#if canImport(Glibc)
  import Glibc
#endif

/// What the terminal behind standard output or error can do.
enum Terminal {
  /// Whether standard output is a terminal.
  static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
  /// Whether standard error is a terminal.
  static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org).
  static var colourOnStandardOutput: Bool {
    standardOutputIsTerminal && getenv("NO_COLOR") == nil
  }

  /// The terminal's width in columns, when standard output is one.
  static var width: Int? {
    guard standardOutputIsTerminal else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
    return 80
  }
}
