import Foundation

/// Why an export could not be written.
public enum ExportError: LocalizedError, Equatable, Sendable {
  /// The ZIP container of an XLSX workbook could not be built (ZIPFoundation's message).
  case cannotBuildWorkbook(reason: String)
  /// An output file or folder could not be written (path and the system's reason).
  case cannotWrite(path: String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .cannotBuildWorkbook(let reason): "Cannot build the XLSX workbook: \(reason)."
    case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)."
    }
  }
}
