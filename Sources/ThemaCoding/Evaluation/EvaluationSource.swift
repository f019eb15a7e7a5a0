import ThemaCodebook

/// What `Project.evaluate(gold:against:)` compares with the gold standard.
public enum EvaluationSource: Sendable {
  /// The project's automatic suggestions as the last `thema code` run left them (see
  /// `Project.automaticMatches(codebookId:segments:)` for which count).
  case storedSuggestions
  /// A codebook matched in memory against the gold segments; nothing is written to the project.
  case codebook(Codebook)
  /// A second coder's gold file (inter-coder agreement on the segments both coded). The concepts are
  /// those of `codebook`, or of the project's codebook when nil.
  case coder(GoldStandard, codebook: Codebook?)
}

/// A whole evaluation: what was compared, the scores and the differences, and the warnings met on the
/// way (gold entries found by their text, documents not coded because of their language).
///
/// ```swift
/// let gold = try GoldStandardReader().read(contentsOf: "Tests/Gold/mli-gold.yaml")
/// let evaluation = try project.evaluate(gold: gold, against: .storedSuggestions)
/// print(evaluation.result.scores(.test)?.micro.f1 ?? 0)
/// ```
public struct GoldEvaluation: Sendable, Hashable, Codable {
  /// `suggestions`, `codebook` or `compare`.
  public enum Mode: String, Sendable, Hashable, Codable {
    case suggestions
    case codebook
    case compare
  }

  public var mode: Mode
  /// The gold file (the reference).
  public var gold: String
  /// What it was compared with, in words ("the automatic suggestions stored in the project", a codebook
  /// file, a second gold file).
  public var comparedWith: String
  /// The codebook whose concepts were scored: name and version.
  public var codebook: String
  /// Gold segments in the gold file, and the segments evaluated (in compare mode: those both files code).
  public var goldSegments: Int
  public var evaluatedSegments: Int
  public var warnings: [String]
  public var result: EvaluationResult
}
