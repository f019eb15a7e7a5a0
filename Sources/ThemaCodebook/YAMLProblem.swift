import Yams

/// Where a YAML syntax error is and what it says, in the words codebook and gold-standard messages use.
/// Shared by `CodebookReader` and the gold-standard reader, which turn it into their own error types.
///
/// ```swift
/// let problem = YAMLProblem(error)   // line 3, column 7: "mapping values are not allowed in this context"
/// ```
public struct YAMLProblem: Sendable, Hashable {
  /// 1-based line and column where Yams knows them.
  public var line: Int?
  public var column: Int?
  public var reason: String

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
