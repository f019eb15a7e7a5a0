import ThemaReview

/// Precision, recall and F1 of one concept (or of all concepts pooled) over a set of segments.
///
/// The unit is the pair (segment, concept): the concept is either in a segment's set of concepts or not,
/// however often it was matched. A true positive is a pair in both the reference (gold) and the
/// compared coding; a false positive only in the compared coding; a false negative only in the reference.
///
/// Undefined values are `nil` (shown as `–`, JSON `null`): precision when nothing was coded with the
/// concept (TP + FP = 0), recall when the reference has no segment with it (TP + FN = 0), F1 when both
/// are empty. F1 is 2·TP / (2·TP + FP + FN), which equals 2PR / (P + R) whenever both are defined and is
/// 0 (not undefined) when one side coded the concept and the other never did.
///
/// ```swift
/// let score = ConceptScore(concept: "leren", truePositives: 8, falsePositives: 2, falseNegatives: 4, segments: 50)
/// score.precision   // 0.8
/// score.recall      // 0.667
/// score.f1          // 0.727
/// ```
public struct ConceptScore: Sendable, Hashable, Codable {
  /// The concept id (for pooled scores: `micro`).
  public var concept: String
  public var truePositives: Int
  public var falsePositives: Int
  public var falseNegatives: Int
  /// Number of (segment, concept) pairs judged: segments × concepts for the pooled score.
  public var segments: Int

  public init(concept: String, truePositives: Int, falsePositives: Int, falseNegatives: Int, segments: Int) {
    self.concept = concept
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    self.segments = segments
  }

  // MARK: - Counts

  /// Segments the reference codes with the concept (TP + FN).
  public var support: Int { truePositives + falseNegatives }
  /// Segments the compared coding codes with the concept (TP + FP).
  public var predicted: Int { truePositives + falsePositives }
  /// Segments neither codes with it.
  public var trueNegatives: Int { max(0, segments - truePositives - falsePositives - falseNegatives) }

  // MARK: - Measures

  /// TP / (TP + FP); nil when nothing was coded with the concept.
  public var precision: Double? {
    predicted == 0 ? nil : Double(truePositives) / Double(predicted)
  }

  /// TP / (TP + FN); nil when the reference never codes the concept.
  public var recall: Double? {
    support == 0 ? nil : Double(truePositives) / Double(support)
  }

  /// 2·TP / (2·TP + FP + FN); nil when neither side codes the concept.
  public var f1: Double? {
    let denominator = 2 * truePositives + falsePositives + falseNegatives
    return denominator == 0 ? nil : Double(2 * truePositives) / Double(denominator)
  }

  /// Cohen's kappa of the two codings' yes/no decisions on the concept over the segments (through
  /// `Coefficients.cohenKappa`); nil when it is undefined (both always said no, or always yes).
  public var kappa: Double? {
    guard segments > 0 else { return nil }
    var pairs: [(String, String)] = []
    pairs.reserveCapacity(segments)
    pairs += repeatElement(("1", "1"), count: truePositives)
    pairs += repeatElement(("0", "1"), count: falsePositives)
    pairs += repeatElement(("1", "0"), count: falseNegatives)
    pairs += repeatElement(("0", "0"), count: trueNegatives)
    return Coefficients.cohenKappa(pairs)
  }

  // MARK: - Pooling

  /// The micro-average: the counts of `scores` added up (each (segment, concept) pair weighs the same).
  public static func micro(_ scores: [ConceptScore], concept: String = "micro") -> ConceptScore {
    ConceptScore(
      concept: concept, truePositives: scores.reduce(0) { $0 + $1.truePositives },
      falsePositives: scores.reduce(0) { $0 + $1.falsePositives },
      falseNegatives: scores.reduce(0) { $0 + $1.falseNegatives }, segments: scores.reduce(0) { $0 + $1.segments })
  }

  /// The macro-average of F1: the mean of the concepts' F1 over the concepts whose F1 is defined (coded
  /// by the reference or the compared coding at least once); nil when there is none.
  public static func macroF1(_ scores: [ConceptScore]) -> Double? {
    let values = scores.compactMap(\.f1)
    return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
  }
}
