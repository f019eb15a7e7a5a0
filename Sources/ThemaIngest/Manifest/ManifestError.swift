import Foundation

// MARK: - ManifestError

/// Why a folder's manifest (`thema.yaml` or `thema.csv`) could not be used. Every case names the
/// manifest file and, where there is one, the line (and column) to fix.
public enum ManifestError: LocalizedError, Equatable, Sendable {
  /// The manifest file exists but cannot be read or decoded.
  case unreadable(file: String, reason: String)
  /// `thema.yaml` is not valid YAML at the given line and column (1-based).
  case syntax(file: String, line: Int, column: Int, reason: String)
  /// `thema.yaml` is valid YAML but not a manifest: an unknown key, a list where attributes were
  /// expected, an unknown `format` value (line and column 1-based).
  case structure(file: String, line: Int, column: Int, reason: String)
  /// A row of `thema.csv` is wrong (line 1 is the header).
  case table(file: String, line: Int, reason: String)
  /// The folder holds both `thema.yaml` and `thema.csv`; Thema will not guess which one counts.
  case conflicting(directory: String)

  public var errorDescription: String? {
    switch self {
    case .unreadable(let file, let reason): "\(file): cannot read the manifest: \(reason)."
    case .syntax(let file, let line, let column, let reason):
      "\(file):\(line):\(column): not valid YAML: \(reason)."
    case .structure(let file, let line, let column, let reason): "\(file):\(line):\(column): \(reason)."
    case .table(let file, let line, let reason): "\(file):\(line): \(reason)."
    case .conflicting(let directory):
      "\(directory): has both thema.yaml and thema.csv; keep one manifest per folder."
    }
  }
}
