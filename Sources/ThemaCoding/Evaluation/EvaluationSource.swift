import ThemaCodebook

/// What `Project.evaluate(gold:against:)` compares with the gold standard.
public enum EvaluationSource: Sendable {
  /// The project's automatic suggestions as the last `thema code` run left them (see
  /// `Project.automaticMatches(of:segments:)` for which count).
  case storedSuggestions
  /// A codebook matched in memory against the gold segments; nothing is written to the project.
  case codebook(Codebook)
  /// A second coder's gold file (inter-coder agreement on the segments both coded). The concepts are
  /// those of `codebook`, or of the project's codebook when nil.
  case coder(GoldStandard, codebook: Codebook?)
}
