import Foundation

/// Why a file could not be read. Every case names the file, and the place where it has one.
public enum IngestError: LocalizedError, Equatable, Sendable {
  /// The bytes are not text in any encoding Thema reads.
  case undecodable(file: String, reason: String)
  /// The file is malformed at a given line and column (1-based).
  case malformed(file: String, line: Int, column: Int, reason: String)
  /// The file is structurally wrong in a way that has no line (a missing part of a .docx, say).
  case invalid(file: String, reason: String)
  /// The file asks for something Thema refuses for safety (external entities, a zip entry outside
  /// the archive, an entry that would decompress to an absurd size).
  case unsafe(file: String, reason: String)
  /// The requested or detected format has no reader.
  case unsupportedFormat(file: String, format: String)

  public var errorDescription: String? {
    switch self {
    case .undecodable(let file, let reason): "\(file): cannot decode the text: \(reason)."
    case .malformed(let file, let line, let column, let reason):
      "\(file):\(line):\(column): \(reason)."
    case .invalid(let file, let reason): "\(file): \(reason)."
    case .unsafe(let file, let reason): "\(file): refused: \(reason)."
    case .unsupportedFormat(let file, let format): "\(file): no reader for format '\(format)'."
    }
  }
}
