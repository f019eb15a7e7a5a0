/// Compares a coding with a gold standard segment by segment: per concept true positives, false
/// positives and false negatives over the gold segments (the unit is the set of concepts of a segment),
/// per split (dev, test, all).
///
/// Only the codebook's concepts are scored; the compared side's codings of other concepts are ignored
/// (a gold concept the codebook lacks is an error found earlier, by `GoldStandard.check`).
///
/// ```swift
/// let evaluator = GoldEvaluator(concepts: ["leren", "innoveren"])
/// let result = evaluator.evaluate(resolved.segments) { segment in matchesBySegment[segment.segmentId] ?? [] }
/// print(result.scores(.all)?.micro.f1 ?? 0)
/// ```
public struct GoldEvaluator: Sendable {
  /// The codebook's concept ids, in codebook order.
  public var concepts: [String]

  public init(concepts: [String]) {
    self.concepts = concepts
  }

  /// Scores `segments` (the reference) against the codings `compared` gives for each.
  public func evaluate(
    _ segments: [ResolvedGoldSegment], compared: (ResolvedGoldSegment) -> [EvaluatedMatch]
  ) -> EvaluationResult {
    let known = Set(concepts)
    var differences: [EvaluationDifference] = []
    // Per segment: the compared concepts (codebook concepts only) and their matches.
    var predictedSets: [Set<String>] = []
    for segment in segments {
      let matches = compared(segment).filter { known.contains($0.concept) }
      let predicted = Set(matches.map(\.concept))
      predictedSets.append(predicted)
      for concept in concepts {
        let inGold = segment.concepts.contains(concept)
        let inPredicted = predicted.contains(concept)
        guard inGold != inPredicted else { continue }
        differences.append(
          EvaluationDifference(
            kind: inPredicted ? .falsePositive : .falseNegative, concept: concept, split: segment.split,
            document: segment.document, segmentId: segment.segmentId, ordinal: segment.ordinal,
            goldLine: segment.place.line, text: segment.text,
            matches: inPredicted ? matches.filter { $0.concept == concept } : [], note: segment.note))
      }
    }
    differences.sort {
      ($0.document, $0.ordinal, concepts.firstIndex(of: $0.concept) ?? 0, $0.kind.rawValue)
        < ($1.document, $1.ordinal, concepts.firstIndex(of: $1.concept) ?? 0, $1.kind.rawValue)
    }
    let splits = EvaluationSplit.allCases.map { split in
      let indices = segments.indices.filter { split.contains(segments[$0].split) }
      let scores = concepts.map { concept in
        var tp = 0
        var fp = 0
        var fn = 0
        for index in indices {
          switch (segments[index].concepts.contains(concept), predictedSets[index].contains(concept)) {
          case (true, true): tp += 1
          case (false, true): fp += 1
          case (true, false): fn += 1
          case (false, false): break
          }
        }
        return ConceptScore(
          concept: concept, truePositives: tp, falsePositives: fp, falseNegatives: fn, segments: indices.count)
      }
      return SplitScores(
        split: split, segments: indices.count, documents: Set(indices.map { segments[$0].document }).count,
        concepts: scores, micro: ConceptScore.micro(scores), macroF1: ConceptScore.macroF1(scores),
        macroConcepts: scores.filter { $0.f1 != nil }.count)
    }
    return EvaluationResult(splits: splits, differences: differences)
  }
}
