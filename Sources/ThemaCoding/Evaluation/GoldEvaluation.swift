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
