/// A problem found in a codebook file, with its place: what `thema codebook check` prints.
///
/// ```swift
/// for issue in result.issues { print(issue) }
/// // mli.yaml:42:9: error: duplicate concept id "leren" (first defined on line 12)
/// ```
public struct CodebookIssue: Sendable, Hashable, Codable, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Sendable, Hashable, Codable {
    /// The codebook does not work as written (a duplicate id, a pattern that can never match).
    case error
    /// The codebook works but probably not as meant (an empty concept, a term shared by two concepts).
    case warning
  }

  /// What kind of problem it is.
  public enum Kind: String, Sendable, Hashable, Codable {
    case missingField = "missing-field"
    case invalidValue = "invalid-value"
    case unknownKey = "unknown-key"
    case duplicateId = "duplicate-id"
    case unknownParent = "unknown-parent"
    case parentCycle = "parent-cycle"
    case emptyConcept = "empty-concept"
    case sharedTerm = "shared-term"
    case neverMatches = "never-matches"
    case tooBroad = "too-broad"
  }

  public var severity: Severity
  public var kind: Kind
  /// The message, in English, naming the offending text.
  public var message: String
  /// The codebook file, when read from one.
  public var file: String?
  /// 1-based line and column in the file.
  public var line: Int?
  public var column: Int?
  /// The concept the issue belongs to, if any.
  public var conceptId: String?

  public init(
    _ severity: Severity, _ kind: Kind, _ message: String, file: String? = nil, line: Int? = nil,
    column: Int? = nil, conceptId: String? = nil
  ) {
    self.severity = severity
    self.kind = kind
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.conceptId = conceptId
  }

  /// `file:line:column: severity: message`, the format editors and compilers use.
  public var description: String {
    var place = file ?? "<codebook>"
    if let line { place += ":\(line)" }
    if let column { place += ":\(column)" }
    return "\(place): \(severity.rawValue): \(message)"
  }
}
