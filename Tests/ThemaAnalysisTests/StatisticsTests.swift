import Testing

@testable import ThemaAnalysis

/// Reference values computed with SciPy 1.x:
/// `chi2_contingency(t, correction=False, lambda_="log-likelihood")` and `fisher_exact(t)`.
@Suite("Statistics against worked values")
struct StatisticsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var table: (Int, Int, Int, Int)
    var g2: Double
    var p: Double
    var fisher: Double
    var minExpected: Double
    var testDescription: String { "\(table)" }
  }

  static let cases: [Case] = [
    Case(table: (10, 90, 20, 380), g2: 3.1387331456167757, p: 0.07645317013850635, fisher: 0.09503909433713253, minExpected: 6),
    Case(table: (3, 1, 1, 3), g2: 2.0929925750581915, p: 0.14797595938502317, fisher: 0.48571428571428565, minExpected: 2),
    Case(table: (1, 9, 11, 3), g2: 12.22116970339398, p: 0.00047250298087596376, fisher: 0.0027594561852200836, minExpected: 5),
    Case(table: (0, 12, 5, 20), g2: 4.286327455239714, p: 0.0384200701521096, fisher: 0.15209326974032855, minExpected: 1.6216216216216217),
    Case(table: (25, 75, 40, 360), g2: 13.853298651683545, p: 0.00019764948202865372, fisher: 0.00019542404279523543, minExpected: 13),
    Case(table: (2, 28, 1, 69), g2: 1.7699957757867493, p: 0.18338260181849939, fisher: 0.21341991341991345, minExpected: 0.9),
  ]

  @Test(arguments: cases) func matchesScipy(_ c: Case) {
    let (a, b, cc, d) = c.table
    #expect(abs(Statistics.logLikelihood(a: a, b: b, c: cc, d: d) - c.g2) < 1e-9)
    #expect(abs(Statistics.chiSquarePValue(c.g2) - c.p) < 1e-9)
    #expect(abs(Statistics.fisherExact(a: a, b: b, c: cc, d: d) - c.fisher) < 1e-9)
    #expect(abs(Statistics.smallestExpected(a: a, b: b, c: cc, d: d) - c.minExpected) < 1e-9)
  }

  @Test func effectSizes() {
    // Group: 10 of 100 segments; others: 20 of 400. Shares 0.10 and 0.05.
    #expect(abs(Statistics.percentDiff(a: 10, groupSize: 100, c: 20, otherSize: 400)! - 100) < 1e-9)
    #expect(abs(Statistics.logRatio(a: 10, groupSize: 100, c: 20, otherSize: 400) - 1) < 1e-12)
    #expect(Statistics.percentDiff(a: 3, groupSize: 10, c: 0, otherSize: 10) == nil)
    // A zero count becomes 0.5: log2((0.5/10)/(4/10)) = -3.
    #expect(abs(Statistics.logRatio(a: 0, groupSize: 10, c: 4, otherSize: 10) + 3) < 1e-12)
  }

  @Test func comparisonUsesFisherOnlyForSmallCounts() {
    let small = GroupComparison(groupCount: 3, groupSize: 4, otherCount: 1, otherSize: 4)
    #expect(small.smallCounts)
    #expect(abs(small.reportedP - 0.48571428571428565) < 1e-9)
    #expect(small.direction == "over")
    let large = GroupComparison(groupCount: 25, groupSize: 100, otherCount: 40, otherSize: 400)
    #expect(!large.smallCounts)
    #expect(large.fisherP == nil)
    #expect(abs(large.g2 - 13.853298651683545) < 1e-9)
  }
}
