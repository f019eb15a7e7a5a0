/// The outcome of `GoldEvaluator.evaluate`: scores for dev, test and all gold segments, and every
/// difference (for `thema evaluate --errors`).
public struct EvaluationResult: Sendable, Hashable, Codable {
  /// Scores for `dev`, `test` and `all`, in that order.
  public var splits: [SplitScores]
  /// False positives and false negatives in document, segment and concept order.
  public var differences: [EvaluationDifference]

  /// The scores of one split.
  public func scores(_ split: EvaluationSplit) -> SplitScores? {
    splits.first { $0.split == split }
  }
}

// MARK: - Where the errors come from

/// How many false-positive segments one indicator produced: where to look first when precision is low.
public struct IndicatorErrors: Sendable, Hashable, Codable {
  public var concept: String
  public var indicator: String
  /// Segments in which the indicator matched while the gold does not have the concept.
  public var falsePositives: Int
}

extension EvaluationResult {
  /// Indicators by the number of false-positive segments they matched in (a segment where two
  /// indicators of the concept matched counts for both), most first, for the segments of `split`.
  ///
  /// ```swift
  /// for item in result.falsePositivesByIndicator(in: .dev).prefix(10) { print(item.indicator, item.falsePositives) }
  /// ```
  public func falsePositivesByIndicator(in split: EvaluationSplit) -> [IndicatorErrors] {
    var counts: [String: [String: Int]] = [:]
    for difference in differences where difference.kind == .falsePositive && split.contains(difference.split) {
      for indicator in Set(difference.matches.compactMap(\.indicator)) {
        counts[difference.concept, default: [:]][indicator, default: 0] += 1
      }
    }
    return counts.flatMap { concept, indicators in
      indicators.map { IndicatorErrors(concept: concept, indicator: $0.key, falsePositives: $0.value) }
    }.sorted { ($1.falsePositives, $0.concept, $0.indicator) < ($0.falsePositives, $1.concept, $1.indicator) }
  }
}
