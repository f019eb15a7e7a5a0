import Foundation
import Testing
@testable import ThemaSurvey

/// Coefficients against values computed independently (SciPy 1.17: kendalltau, spearmanr, chi2.sf,
/// friedmanchisquare) and edge cases.
@Suite struct StatisticsTests {
  @Test(arguments: [
    (3.841458820694124, 1, 0.05), (18.307038053275146, 10, 0.05), (2.0, 2, 0.36787944117144245),
    (0.5, 3, 0.9188914116546758), (150.0, 40, 1.2397921541617078e-14), (7.5, 5, 0.186029833602867),
    (0.0, 4, 1.0),
  ])
  func chiSquareSurvival(x: Double, df: Int, expected: Double) {
    let p = ChiSquare.survival(x, degreesOfFreedom: df)
    #expect(abs(p - expected) <= 1e-12 + 1e-9 * expected, "x \(x), df \(df): \(p)")
  }

  @Test func tauBAndSpearmanWithTies() throws {
    let x = [12, 2, 1, 12, 2]
    let y = [1, 4, 7, 1, 0]
    #expect(abs(try #require(RankCorrelation.kendallTauB(x, y)) - (-0.4714045207910316)) < 1e-12)
    #expect(abs(try #require(RankCorrelation.spearman(x, y)) - (-0.5407380704358752)) < 1e-12)
  }

  @Test func tauBAndSpearmanWithoutTies() throws {
    let x = [10, 9, 8, 7, 6, 5]
    let y = [9, 10, 8, 6, 7, 4]
    #expect(abs(try #require(RankCorrelation.kendallTauB(x, y)) - 0.7333333333333333) < 1e-12)
    #expect(abs(try #require(RankCorrelation.spearman(x, y)) - 0.8857142857142858) < 1e-12)
  }

  @Test func identicalAndReversedOrderings() {
    let x = [5, 4, 3, 2, 1]
    #expect(RankCorrelation.kendallTauB(x, x) == 1)
    #expect(RankCorrelation.spearman(x, x) == 1)
    #expect(RankCorrelation.kendallTauB(x, x.reversed()) == -1)
    #expect(RankCorrelation.kendallTauB(x, [3, 3, 3, 3, 3]) == nil)
    #expect(RankCorrelation.spearman([1, 1], [1, 2]) == nil)
  }

  @Test func kendallWWithTies() throws {
    let w = try #require(Concordance([[4, 3, 2, 1], [4, 2, 3, 1], [3, 4, 2, 2]]))
    #expect(abs(w.w - 0.7241379310344828) < 1e-12)
    #expect(abs(w.chiSquare - 6.517241379310345) < 1e-9)
    #expect(w.degreesOfFreedom == 3)
    #expect(abs(w.pValue - 0.08898502094740217) < 1e-9)
  }

  @Test func kendallWIsOneForIdenticalOrderingsAndUndefinedForAllTies() throws {
    let w = try #require(Concordance([[9, 5, 1], [30, 20, 10], [3, 2, 1]]))
    #expect(abs(w.w - 1) < 1e-12)
    #expect(abs(w.chiSquare - 6) < 1e-12)
    #expect(Concordance([[1, 1, 1], [2, 2, 2]]) == nil)
    #expect(Concordance([[1, 2, 3]]) == nil)
  }

  @Test func kendallWStaysWithinZeroAndOne() throws {
    var state: UInt64 = 42
    func next() -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int(state >> 59)
    }
    for _ in 0..<200 {
      let vectors = (0..<3).map { _ in (0..<6).map { _ in next() } }
      guard let w = Concordance(vectors) else { continue }
      #expect(w.w >= -1e-12 && w.w <= 1 + 1e-12)
      #expect(w.pValue >= 0 && w.pValue <= 1)
      let tau = RankCorrelation.kendallTauB(vectors[0], vectors[1])
      #expect(tau == RankCorrelation.kendallTauB(vectors[1], vectors[0]))
    }
  }

  @Test func competitionRanksAndMidranksKeepTies() {
    #expect(Ranking.competition([50, 70, 70, 10]) == [3, 1, 1, 4])
    #expect(Ranking.midranks([50, 70, 70, 10]) == [3, 1.5, 1.5, 4])
  }
}
