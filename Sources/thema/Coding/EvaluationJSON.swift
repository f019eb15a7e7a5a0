import Foundation
import ThemaCoding

// MARK: - JSON

/// JSON of `thema evaluate --json` (documented in the README). Undefined measures are `null`, never
/// left out, so every score object has the same keys.
struct EvaluationJSON: Encodable {
  struct Score: Encodable {
    var score: ConceptScore

    enum Keys: String, CodingKey {
      case concept, support, predicted, truePositives, falsePositives, falseNegatives, segments
      case precision, recall, f1, kappa
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(score.concept, forKey: .concept)
      try container.encode(score.support, forKey: .support)
      try container.encode(score.predicted, forKey: .predicted)
      try container.encode(score.truePositives, forKey: .truePositives)
      try container.encode(score.falsePositives, forKey: .falsePositives)
      try container.encode(score.falseNegatives, forKey: .falseNegatives)
      try container.encode(score.segments, forKey: .segments)
      try container.encode(score.precision, forKey: .precision)
      try container.encode(score.recall, forKey: .recall)
      try container.encode(score.f1, forKey: .f1)
      try container.encode(score.kappa, forKey: .kappa)
    }
  }

  struct Split: Encodable {
    var split: String
    var segments: Int
    var documents: Int
    var overall: Score
    var macroF1: Double?
    var macroConcepts: Int
    var concepts: [Score]

    enum Keys: String, CodingKey { case split, segments, documents, overall, macroF1, macroConcepts, concepts }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(split, forKey: .split)
      try container.encode(segments, forKey: .segments)
      try container.encode(documents, forKey: .documents)
      try container.encode(overall, forKey: .overall)
      try container.encode(macroF1, forKey: .macroF1)
      try container.encode(macroConcepts, forKey: .macroConcepts)
      try container.encode(concepts, forKey: .concepts)
    }
  }

  struct Difference: Encodable {
    var kind: String
    var concept: String
    var split: String
    var document: String
    var segmentId: Int64
    var ordinal: Int
    var goldLine: Int
    var text: String
    var highlighted: String
    var matches: [EvaluatedMatch]
    var note: String?
  }

  var mode: String
  var gold: String
  var comparedWith: String
  var codebook: String
  var goldSegments: Int
  var evaluatedSegments: Int
  var warnings: [String]
  var splits: [Split]
  var differences: [Difference]?
  var falsePositivesByIndicator: [IndicatorErrors]?

  init(_ evaluation: GoldEvaluation, splits: [EvaluationSplit], differences: EvaluationSplit?) {
    mode = evaluation.mode.rawValue
    gold = evaluation.gold
    comparedWith = evaluation.comparedWith
    codebook = evaluation.codebook
    goldSegments = evaluation.goldSegments
    evaluatedSegments = evaluation.evaluatedSegments
    warnings = evaluation.warnings
    self.splits = splits.compactMap { evaluation.result.scores($0) }.map { scores in
      Split(
        split: scores.split.rawValue, segments: scores.segments, documents: scores.documents,
        overall: Score(score: scores.micro), macroF1: scores.macroF1, macroConcepts: scores.macroConcepts,
        concepts: scores.concepts.map(Score.init(score:)))
    }
    self.differences = differences.map { split in
      evaluation.result.differences.filter { split.contains($0.split) }.map {
        Difference(
          kind: $0.kind.rawValue, concept: $0.concept, split: $0.split.rawValue, document: $0.document,
          segmentId: $0.segmentId, ordinal: $0.ordinal, goldLine: $0.goldLine, text: $0.text,
          highlighted: $0.highlighted(), matches: $0.matches, note: $0.note)
      }
    }
    falsePositivesByIndicator = differences.map { evaluation.result.falsePositivesByIndicator(in: $0) }
  }
}
