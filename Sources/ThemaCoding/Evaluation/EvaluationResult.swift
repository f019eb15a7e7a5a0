/// Which gold segments an evaluation covers.
public enum EvaluationSplit: String, Sendable, Hashable, Codable, CaseIterable {
  case dev
  case test
  case all

  /// Whether a segment of `split` belongs to this selection.
  public func contains(_ split: GoldSplit) -> Bool {
    switch self {
    case .all: true
    case .dev: split == .dev
    case .test: split == .test
    }
  }
}

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

/// A difference between the reference and the compared coding in one gold segment.
public struct EvaluationDifference: Sendable, Hashable, Codable {
  /// `falsePositive`: coded by the compared side only; `falseNegative`: by the reference only.
  public enum Kind: String, Sendable, Hashable, Codable {
    case falsePositive
    case falseNegative
  }

  public var kind: Kind
  public var concept: String
  public var split: GoldSplit
  public var document: String
  public var segmentId: Int64
  public var ordinal: Int
  /// The gold file's line of the segment's entry.
  public var goldLine: Int
  /// The whole segment text.
  public var text: String
  /// For a false positive: the matches of the concept in the segment (spans to highlight).
  public var matches: [EvaluatedMatch]
  /// The gold coder's note on the segment, if any.
  public var note: String?

  /// The segment text with every matched span between `open` and `close` (`»…«` by default).
  public func highlighted(open: String = "»", close: String = "«") -> String {
    let scalars = Array(text.unicodeScalars)
    var spans = matches.compactMap { match -> Range<Int>? in
      guard let start = match.start, let end = match.end else { return nil }
      let lower = max(0, min(start, scalars.count))
      return lower..<max(lower, min(end, scalars.count))
    }.sorted { $0.lowerBound < $1.lowerBound }
    // Overlapping spans are merged so the marks never nest.
    var merged: [Range<Int>] = []
    for span in spans {
      if let last = merged.last, span.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
      } else {
        merged.append(span)
      }
    }
    spans = merged
    var out = String.UnicodeScalarView()
    var position = 0
    for span in spans {
      out.append(contentsOf: scalars[position..<span.lowerBound])
      out.append(contentsOf: open.unicodeScalars)
      out.append(contentsOf: scalars[span])
      out.append(contentsOf: close.unicodeScalars)
      position = span.upperBound
    }
    out.append(contentsOf: scalars[position...])
    return String(out)
  }
}

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
