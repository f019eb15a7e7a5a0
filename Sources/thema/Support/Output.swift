import Foundation

/// Writing to the terminal: JSON in a stable form, plain lines, and the exact bytes of originals.
enum Output {
  /// Prints a value as pretty JSON with sorted keys, so output is stable across runs.
  static func json<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let data = try encoder.encode(value)
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
  }

  /// Writes bytes to standard output untouched.
  static func bytes(_ data: Data) {
    FileHandle.standardOutput.write(data)
  }

  /// The width tables are fitted to: the terminal's width when standard output is a terminal, else
  /// `preferred` (so piped output and tests stay the same whatever window they ran in).
  ///
  /// ```swift
  /// print(table.render(width: Output.tableWidth(preferred: 160)))
  /// ```
  static func tableWidth(preferred: Int = 100) -> Int {
    guard isatty(STDOUT_FILENO) == 1 else { return preferred }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 else { return preferred }
    return Int(size.ws_col)
  }

  /// Writes a line to standard error.
  static func warn(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
