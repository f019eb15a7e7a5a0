import PropertyBased
import Testing

@testable import ThemaCoding

/// Precision, recall, F1 and kappa against hand-computed cases, and the evaluator's counting per split.
@Suite("Evaluation metrics")
struct EvaluationMetricsTests {
  static func score(_ tp: Int, _ fp: Int, _ fn: Int, segments: Int = 100) -> ConceptScore {
    ConceptScore(concept: "c", truePositives: tp, falsePositives: fp, falseNegatives: fn, segments: segments)
  }

  static func close(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) < 1e-9
  }

  // MARK: - One concept

  @Test func handComputedScores() {
    let score = Self.score(8, 2, 4)
    #expect(Self.close(score.precision, 8.0 / 10))
    #expect(Self.close(score.recall, 8.0 / 12))
    // 2PR/(P+R) = 2·0.8·0.6667/1.4667 = 0.72727… = 16/22
    #expect(Self.close(score.f1, 16.0 / 22))
    #expect(score.support == 12)
    #expect(score.predicted == 10)
    #expect(score.trueNegatives == 86)
  }

  @Test func nothingOnEitherSideIsUndefinedNotZero() {
    let score = Self.score(0, 0, 0)
    #expect(score.precision == nil)
    #expect(score.recall == nil)
    #expect(score.f1 == nil)
    // Both coders always said "no": chance agreement is 1 and kappa is undefined too.
    #expect(score.kappa == nil)
  }

  @Test func oneSidedCodingsGiveZeroF1() {
    let onlySystem = Self.score(0, 3, 0)
    #expect(onlySystem.precision == 0)
    #expect(onlySystem.recall == nil)
    #expect(onlySystem.f1 == 0)
    let onlyGold = Self.score(0, 0, 5)
    #expect(onlyGold.precision == nil)
    #expect(onlyGold.recall == 0)
    #expect(onlyGold.f1 == 0)
  }

  @Test func kappaFromTheTwoByTwoTable() {
    // n = 50: both yes 20, system only 5, gold only 10, both no 15.
    // pₒ = 35/50 = 0.7; gold yes 30/50, system yes 25/50: pₑ = 0.6·0.5 + 0.4·0.5 = 0.5; κ = 0.2/0.5.
    #expect(Self.close(Self.score(20, 5, 10, segments: 50).kappa, 0.4))
    #expect(Self.close(Self.score(10, 0, 0, segments: 30).kappa, 1))
  }

  @Test func microAddsCountsAndMacroAveragesDefinedF1() {
    let scores = [Self.score(8, 2, 4, segments: 20), Self.score(0, 0, 0, segments: 20), Self.score(1, 1, 0, segments: 20)]
    let micro = ConceptScore.micro(scores)
    #expect(micro.truePositives == 9)
    #expect(micro.falsePositives == 3)
    #expect(micro.falseNegatives == 4)
    #expect(micro.segments == 60)
    #expect(Self.close(micro.f1, 18.0 / 25))
    // The concept coded by neither side has no F1 and is left out of the mean.
    #expect(Self.close(ConceptScore.macroF1(scores), (16.0 / 22 + 2.0 / 3) / 2))
    #expect(ConceptScore.macroF1([Self.score(0, 0, 0)]) == nil)
  }

  @Test func swappingTheSidesSwapsPrecisionAndRecallAndKeepsF1AndKappa() async {
    let counts = Gen.int(in: 0...40).array(of: 4...4)
    await propertyCheck(input: counts) { values in
      let (tp, fp, fn, tn) = (values[0], values[1], values[2], values[3])
      let forward = Self.score(tp, fp, fn, segments: tp + fp + fn + tn)
      let backward = Self.score(tp, fn, fp, segments: tp + fp + fn + tn)
      #expect(forward.precision == backward.recall)
      #expect(forward.recall == backward.precision)
      #expect(forward.f1 == backward.f1)
      #expect((forward.kappa == nil) == (backward.kappa == nil))
      if let a = forward.kappa, let b = backward.kappa { #expect(abs(a - b) < 1e-9) }
      if let f1 = forward.f1 {
        #expect(f1 >= 0 && f1 <= 1)
        if let p = forward.precision, let r = forward.recall {
          #expect(f1 >= min(p, r) - 1e-12 && f1 <= max(p, r) + 1e-12)
        }
      }
    }
  }

  // MARK: - Evaluator

  static func segment(
    _ id: Int64, _ split: GoldSplit, _ concepts: Set<String>, document: String = "d.md", text: String = "tekst"
  ) -> ResolvedGoldSegment {
    ResolvedGoldSegment(
      document: document, split: split, coder: "a", segmentId: id, ordinal: Int(id), goldOrdinal: Int(id),
      text: text, concepts: concepts, place: GoldPlace(line: Int(id) + 10, column: 7))
  }

  @Test func evaluatorCountsSegmentsNotMatchesPerSplit() throws {
    let segments = [
      Self.segment(0, .dev, ["leren", "meso"]),
      Self.segment(1, .dev, []),
      Self.segment(2, .test, ["leren"]),
    ]
    let system: [Int64: [EvaluatedMatch]] = [
      // Two matches of one concept in a segment count once.
      0: [EvaluatedMatch(concept: "leren", start: 0, end: 2), EvaluatedMatch(concept: "leren", start: 3, end: 5)],
      1: [EvaluatedMatch(concept: "meso", start: 0, end: 5), EvaluatedMatch(concept: "elders", start: 0, end: 1)],
      2: [],
    ]
    let result = GoldEvaluator(concepts: ["leren", "meso", "micro"]).evaluate(segments) { system[$0.segmentId] ?? [] }
    let dev = try #require(result.scores(.dev))
    #expect(dev.segments == 2)
    #expect(dev.concepts.map(\.concept) == ["leren", "meso", "micro"])
    #expect(dev.concepts[0].truePositives == 1 && dev.concepts[0].falsePositives == 0)
    #expect(dev.concepts[1].truePositives == 0 && dev.concepts[1].falsePositives == 1 && dev.concepts[1].falseNegatives == 1)
    #expect(dev.concepts[2].f1 == nil)
    let test = try #require(result.scores(.test))
    #expect(test.concepts[0].falseNegatives == 1)
    let all = try #require(result.scores(.all))
    #expect(all.micro.truePositives == 1 && all.micro.falsePositives == 1 && all.micro.falseNegatives == 2)
    #expect(all.micro.segments == 9)
    #expect(all.macroConcepts == 2)
    // "elders" is not a codebook concept: ignored, not a false positive.
    #expect(result.differences.map(\.concept) == ["meso", "meso", "leren"])
    #expect(result.differences.map(\.kind) == [.falseNegative, .falsePositive, .falseNegative])
    #expect(result.differences[1].matches.count == 1)
    #expect(result.differences[0].goldLine == 10)
  }

  @Test func falsePositivesAreCountedPerIndicatorAndSegment() {
    let segments = [Self.segment(0, .dev, []), Self.segment(1, .dev, []), Self.segment(2, .test, [])]
    let system: [Int64: [EvaluatedMatch]] = [
      0: [EvaluatedMatch(concept: "meso", indicator: "team"), EvaluatedMatch(concept: "meso", indicator: "team")],
      1: [EvaluatedMatch(concept: "meso", indicator: "team"), EvaluatedMatch(concept: "meso", indicator: "sectie")],
      2: [EvaluatedMatch(concept: "meso", indicator: "sectie")],
    ]
    let result = GoldEvaluator(concepts: ["meso"]).evaluate(segments) { system[$0.segmentId] ?? [] }
    let dev = result.falsePositivesByIndicator(in: .dev)
    #expect(dev.map(\.indicator) == ["team", "sectie"])
    #expect(dev.map(\.falsePositives) == [2, 1])
    #expect(result.falsePositivesByIndicator(in: .all).map(\.falsePositives) == [2, 2])
  }

  @Test func differencesHighlightEveryMatchedSpanOnce() {
    let difference = EvaluationDifference(
      kind: .falsePositive, concept: "innoveren", split: .dev, document: "d", segmentId: 1, ordinal: 1,
      goldLine: 3, text: "Geïnnoveerd en vernieuwd: vernieuwing",
      matches: [
        EvaluatedMatch(concept: "innoveren", start: 0, end: 11),
        EvaluatedMatch(concept: "innoveren", start: 26, end: 37),
        EvaluatedMatch(concept: "innoveren", start: 26, end: 31),
      ], note: nil)
    #expect(difference.highlighted() == "»Geïnnoveerd« en vernieuwd: »vernieuwing«")
  }
}
