import PropertyBased
import Testing
@testable import ThemaReview

@Suite("Krippendorff's unitized alpha")
struct UnitizedAlphaTests {
  @Test func identicalSpansAgreePerfectly() throws {
    let spans = ["A": [3..<10, 20..<31], "B": [3..<10, 20..<31]]
    let alpha = try #require(UnitizedAlpha.compute(length: 50, coders: ["A", "B"], categories: [spans]))
    #expect(alpha == 1)
  }

  @Test func shiftedBoundariesLowerAlphaGradually() throws {
    let exact = try #require(UnitizedAlpha.compute(length: 100, coders: ["A", "B"], categories: [["A": [10..<30], "B": [10..<30]]]))
    let near = try #require(UnitizedAlpha.compute(length: 100, coders: ["A", "B"], categories: [["A": [10..<30], "B": [12..<30]]]))
    let far = try #require(UnitizedAlpha.compute(length: 100, coders: ["A", "B"], categories: [["A": [10..<30], "B": [20..<40]]]))
    let missing = try #require(UnitizedAlpha.compute(length: 100, coders: ["A", "B"], categories: [["A": [10..<30], "B": []]]))
    #expect(exact > near && near > far && far > missing)
  }

  /// A case worked by hand from the definition. Continuum of 10, A marks 2..<6, B marks 3..<6.
  /// Observed: the two units overlap, δ² = (2−3)² + (6−6)² = 1; ordered pairs count it twice:
  /// Dₒ = 2 / (2·1·10²) = 0.01.
  /// Expected: units of lengths 4 and 3 (N = 2); gaps of A: 2, 4; of B: 3, 4.
  /// Unit of 4: (N−1)/3·(2·64 − 3·16 + 4) = 28, plus 16 · (gaps ≥ 4: 4, 4 → 1 + 1) = 32 → 60.
  /// Unit of 3: (1/3)·(54 − 27 + 3) = 10, plus 9 · (gaps ≥ 3: 4, 3, 4 → 2 + 1 + 2 = 5) = 45 → 55.
  /// Numerator 2/10 · 115 = 23; denominator 20·19 − (4·3 + 3·2) = 362; Dₑ = 23/362.
  /// α_u = 1 − 0.01 · 362 / 23 = 0.84261…
  @Test func aCaseWorkedByHand() throws {
    let d = UnitizedAlpha.disagreement(length: 10, coders: ["A", "B"], units: ["A": [2..<6], "B": [3..<6]])
    #expect(abs(d.observed - 0.01) < 1e-12)
    #expect(abs(d.expected - 23.0 / 362) < 1e-12)
    #expect(abs(try #require(d.alpha) - (1 - 0.01 * 362 / 23)) < 1e-12)
  }

  @Test func noUnitsAtAllIsUndefined() {
    #expect(UnitizedAlpha.compute(length: 40, coders: ["A", "B"], categories: [[:]]) == nil)
  }

  /// The merge over both partitions gives the same observed disagreement as comparing every piece
  /// of one coder with every piece of the other (the definition).
  @Test func observedDisagreementMatchesThePairwiseDefinition() async {
    await propertyCheck(input: Gen.int(in: 0...59).array(of: 0...8), Gen.int(in: 0...59).array(of: 0...8)) { a, b in
      func spans(_ points: [Int]) -> [Range<Int>] {
        stride(from: 0, to: points.count - 1, by: 2).map { min(points[$0], points[$0 + 1])..<(max(points[$0], points[$0 + 1]) + 1) }
      }
      let units = ["A": spans(a), "B": spans(b)]
      let d = UnitizedAlpha.disagreement(length: 60, coders: ["A", "B"], units: units)
      let pa = UnitizedAlpha.partition(UnitizedAlpha.merged(units["A"]!, within: 60), length: 60)
      let pb = UnitizedAlpha.partition(UnitizedAlpha.merged(units["B"]!, within: 60), length: 60)
      var total = 0.0
      for g in pa { for h in pb { total += UnitizedAlpha.delta(g, h) } }
      #expect(abs(d.observed - 2 * total / (2 * 3600)) < 1e-12)
    }
  }
}
