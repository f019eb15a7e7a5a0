import Foundation

/// Why an analysis request cannot be answered.
public enum SurveyAnalysisError: LocalizedError, Equatable, Sendable {
  /// The attribute is not in the survey's mapping (the names it has are listed).
  case unknownAttribute(String, known: [String])
  /// No respondent has this attribute value, and no named grouping has this name.
  case unknownValue(attribute: String, value: String, known: [String])
  /// A `--groups` value is not of the form `ATTR=V1,V2,...`.
  case badGroupSpec(String)
  /// The theme is not in the survey.
  case unknownTheme(String, known: [String])
  /// A cut-off needs at least two groups to compare.
  case tooFewGroups(Int)
  /// A printed table could not be read (file, line, reason).
  case badPrintedTable(file: String, line: Int, reason: String)

  public var errorDescription: String? {
    switch self {
    case .unknownAttribute(let name, let known):
      "unknown attribute '\(name)'; the survey has: \(known.joined(separator: ", "))"
    case .unknownValue(let attribute, let value, let known):
      "no respondent has \(attribute) = '\(value)'; values: \(known.joined(separator: ", "))"
    case .badGroupSpec(let spec): "'\(spec)' is not of the form ATTR=V1,V2,..."
    case .unknownTheme(let name, let known):
      "unknown theme '\(name)'; themes: \(known.joined(separator: ", "))"
    case .tooFewGroups(let count): "a cut-off compares at least two groups (got \(count))"
    case .badPrintedTable(let file, let line, let reason): "\(file):\(line): \(reason)"
    }
  }
}
