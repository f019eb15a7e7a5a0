/// The codebook (stored in the project by `thema code`) whose automatic output an evaluation uses, and
/// the run that produced that output.
///
/// ```swift
/// if let stored = try project.automaticCodebook(covering: ["leren"]) { print(stored.name, stored.run ?? 0) }
/// ```
public struct StoredCodebookSummary: Sendable, Hashable, Codable {
  public var id: Int64
  public var name: String
  public var version: String
  /// Concept ids in codebook order.
  public var concepts: [String]
  /// The newest `codingRun`, whose suggestions are the automatic output; nil for a project coded before
  /// runs were recorded (then the suggestions of codebook `id` count).
  public var run: Int64?
}
