import Foundation

/// Why an analysis could not be made. Each message names the project file and what to do.
public enum AnalysisError: LocalizedError, Equatable, Sendable {
  /// The project holds no codebook (table `codebook` is empty): nothing has been coded yet.
  case noCodebook(project: String)
  /// No codebook with this name in the project (table `codebook`); lists the names that exist.
  case codebookNotFound(name: String, available: [String])
  /// No concept with this id or label in the codebook (table `concept`).
  case conceptNotFound(String, codebook: String)
  /// A `--where` filter is not of the form `attribute=value` (the argument as given).
  case badFilter(String)
  /// No segment carries this value of the attribute (so there is nothing to compare with).
  case valueNotFound(attribute: String, value: String, available: [String])
  /// A grouping needs at least one attribute name.
  case noGrouping

  public var errorDescription: String? {
    switch self {
    case .noCodebook(let project):
      "The project \(project) has no codebook yet: apply one and code the documents first."
    case .codebookNotFound(let name, let available):
      "No codebook '\(name)' in the project (codebooks: \(available.isEmpty ? "none" : available.joined(separator: ", ")))."
    case .conceptNotFound(let concept, let codebook):
      "No concept '\(concept)' in codebook '\(codebook)' (give its id or its label)."
    case .badFilter(let text):
      "'\(text)' is not a filter of the form attribute=value (e.g. programme=Fontys)."
    case .valueNotFound(let attribute, let value, let available):
      "No segment has \(attribute)=\(value) (values: \(available.prefix(20).joined(separator: ", ")))."
    case .noGrouping:
      "Name at least one attribute to group by (e.g. --by programme)."
    }
  }
}
