/// A codebook stored in the project (by `thema code`), as an evaluation needs it.
public struct StoredCodebookSummary: Sendable, Hashable, Codable {
  public var id: Int64
  public var name: String
  public var version: String
  /// Concept ids in codebook order.
  public var concepts: [String]
}
