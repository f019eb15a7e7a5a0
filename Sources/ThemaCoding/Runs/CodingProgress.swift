/// Where a coding run is: it is about to match document `index` (0-based) of the `total` it codes.
///
/// ```swift
/// try project.code(codebookAt: "Codebooks/mli.yaml") { step in
///   print("\(step.index + 1)/\(step.total) \(step.document)")
/// }
/// ```
public struct CodingProgress: Sendable, Hashable {
  /// The document's name in the project.
  public var document: String
  public var index: Int
  public var total: Int
}
