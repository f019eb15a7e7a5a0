/// The scores of one split: per concept, pooled (micro) and the macro F1.
public struct SplitScores: Sendable, Hashable, Codable {
  public var split: EvaluationSplit
  /// Gold segments and documents in the split.
  public var segments: Int
  public var documents: Int
  /// One score per concept of the codebook, in codebook order.
  public var concepts: [ConceptScore]
  /// All concepts pooled (`ConceptScore.micro`): the overall precision, recall and F1.
  public var micro: ConceptScore
  /// Mean F1 over the concepts whose F1 is defined (`ConceptScore.macroF1`).
  public var macroF1: Double?
  /// How many concepts the macro F1 averages.
  public var macroConcepts: Int
}
