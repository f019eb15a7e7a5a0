import Yams

/// Where a YAML syntax error is and what it says: the one translation of a Yams error, shared by every
/// reader of a YAML file (codebooks, gold standards, manifests, XML mappings, survey mappings), each of
/// which turns it into its own error type naming the file.
///
/// ```swift
/// let problem = YAMLProblem(error)   // line 3, column 7: "mapping values are not allowed in this context"
/// ```
public struct YAMLProblem: Error, Sendable, Hashable {
  /// 1-based line and column where Yams knows them.
  public var line: Int?
  public var column: Int?
  public var reason: String

  /// A problem without a place.
  public init(reason: String) {
    (line, column) = (nil, nil)
    self.reason = reason
  }

  public init(_ error: YamlError) {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      (line, column) = (mark.line, mark.column)
      reason = context.map { "\(problem) (\($0.text))" } ?? problem
    case .duplicatedKeysInMapping(let duplicates, let context):
      (line, column) = (context.mark.line, context.mark.column)
      reason = "duplicate keys \(duplicates.joined(separator: ", "))"
    default:
      (line, column) = (nil, nil)
      reason = error.description
    }
  }
}
