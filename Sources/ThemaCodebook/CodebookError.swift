import Foundation

/// Why a codebook could not be read at all (problems inside a readable codebook are `CodebookIssue`s).
public enum CodebookError: LocalizedError, Sendable, Hashable {
  /// The file at the path could not be read (`CodebookReader.read(contentsOf:)`).
  case unreadable(path: String, reason: String)
  /// The file is not valid YAML (`CodebookReader.read(yaml:file:)`, from Yams' parser), at line and column.
  case invalidYAML(file: String?, line: Int?, column: Int?, reason: String)
  /// The top of the file is not a mapping with `name`, `dimensions`, … (`CodebookReader.read(yaml:file:)`).
  case notACodebook(file: String?, line: Int?)

  public var errorDescription: String? {
    switch self {
    case .unreadable(let path, let reason):
      return "Cannot read codebook \(path): \(reason)"
    case .invalidYAML(let file, let line, let column, let reason):
      return "\(file ?? "<codebook>")\(line.map { ":\($0)" } ?? "")\(column.map { ":\($0)" } ?? ""): "
        + "not valid YAML: \(reason)"
    case .notACodebook(let file, let line):
      return "\(file ?? "<codebook>")\(line.map { ":\($0)" } ?? ""): not a codebook "
        + "(expected a mapping with name, version, language and dimensions)"
    }
  }
}
