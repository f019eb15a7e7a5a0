import Foundation

// MARK: - RankCorrelation

/// Rank correlations between two groups' item scores (Σ per item, same item order in both).
///
/// ```swift
/// RankCorrelation.kendallTauB([1, 2, 3], [1, 2, 3])  // 1
/// RankCorrelation.spearman([1, 2, 3], [3, 2, 1])     // -1
/// ```
public enum RankCorrelation {
  /// Kendall's tau-b (tie-corrected); nil when either side is constant.
  public static func kendallTauB(_ x: [Int], _ y: [Int]) -> Double? {
    precondition(x.count == y.count)
    var concordant = 0
    var discordant = 0
    var tiesX = 0
    var tiesY = 0
    for i in x.indices {
      for j in x.indices where j > i {
        let dx = x[i] - x[j]
        let dy = y[i] - y[j]
        if dx == 0 && dy == 0 {
          tiesX += 1
          tiesY += 1
        } else if dx == 0 {
          tiesX += 1
        } else if dy == 0 {
          tiesY += 1
        } else if (dx > 0) == (dy > 0) {
          concordant += 1
        } else {
          discordant += 1
        }
      }
    }
    let pairs = x.count * (x.count - 1) / 2
    let denominator = (Double(pairs - tiesX) * Double(pairs - tiesY)).squareRoot()
    guard denominator > 0 else { return nil }
    return Double(concordant - discordant) / denominator
  }

  /// Spearman's rho: Pearson's correlation of the mid-ranks; nil when either side is constant.
  public static func spearman(_ x: [Int], _ y: [Int]) -> Double? {
    precondition(x.count == y.count)
    let rx = Ranking.midranks(x)
    let ry = Ranking.midranks(y)
    let n = Double(x.count)
    let mx = rx.reduce(0, +) / n
    let my = ry.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    var syy = 0.0
    for i in rx.indices {
      sxy += (rx[i] - mx) * (ry[i] - my)
      sxx += (rx[i] - mx) * (rx[i] - mx)
      syy += (ry[i] - my) * (ry[i] - my)
    }
    guard sxx > 0, syy > 0 else { return nil }
    return sxy / (sxx * syy).squareRoot()
  }
}

// MARK: - Concordance

/// Kendall's coefficient of concordance W across m groups ranking the same n items, tie-corrected,
/// with Friedman's chi-square m(n − 1)W on n − 1 degrees of freedom and its p-value.
public struct Concordance: Sendable, Hashable, Codable {
  public var w: Double
  public var chiSquare: Double
  public var degreesOfFreedom: Int
  public var pValue: Double
  /// Number of groups (m) and items (n).
  public var groups: Int
  public var items: Int

  /// W of the score vectors (one per group; higher score = better rank); nil when fewer than two groups
  /// or two items, or when every group ties every item.
  ///
  /// ```swift
  /// Concordance([[3, 2, 1], [3, 2, 1]])?.w  // 1
  /// ```
  public init?(_ scores: [[Int]]) {
    let m = scores.count
    guard m >= 2, let n = scores.first?.count, n >= 2, scores.allSatisfy({ $0.count == n }) else {
      return nil
    }
    var totals = [Double](repeating: 0, count: n)
    var tieCorrection = 0.0
    for vector in scores {
      for (i, rank) in Ranking.midranks(vector).enumerated() { totals[i] += rank }
      for t in Ranking.tieSizes(vector) { tieCorrection += Double(t * t * t - t) }
    }
    let mean = Double(m) * Double(n + 1) / 2
    let s = totals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    let md = Double(m)
    let nd = Double(n)
    let denominator = md * md * (nd * nd * nd - nd) - md * tieCorrection
    guard denominator > 0 else { return nil }
    w = 12 * s / denominator
    chiSquare = md * (nd - 1) * w
    degreesOfFreedom = n - 1
    pValue = ChiSquare.survival(chiSquare, degreesOfFreedom: n - 1)
    groups = m
    items = n
  }
}
