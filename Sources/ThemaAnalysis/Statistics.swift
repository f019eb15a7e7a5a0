import Foundation

/// The statistics of corpus comparison on a 2×2 table: a group's coded segments against all others'.
///
/// ```
///                 coded   not coded
///   this group      a         b        (a + b = the group's segments)
///   all others      c         d
/// ```
///
/// Written by hand: no listed package offers them, and each is a few lines of standard formulas
/// (checked in tests against values computed with SciPy).
///
/// ```swift
/// Statistics.logLikelihood(a: 10, b: 90, c: 20, d: 380)   // G² of the table
/// Statistics.fisherExact(a: 3, b: 1, c: 1, d: 3)          // two-sided p = 0.4857…
/// ```
public enum Statistics {
  /// The log-likelihood ratio G² = 2 Σ O ln(O/E) over the four cells (the G-test of independence,
  /// without continuity correction; `scipy.stats.chi2_contingency(t, correction=False,
  /// lambda_="log-likelihood")`).
  public static func logLikelihood(a: Int, b: Int, c: Int, d: Int) -> Double {
    let n = Double(a + b + c + d)
    guard n > 0 else { return 0 }
    let row1 = Double(a + b)
    let row2 = Double(c + d)
    let col1 = Double(a + c)
    let col2 = Double(b + d)
    func term(_ observed: Int, _ expected: Double) -> Double {
      observed == 0 || expected == 0 ? 0 : Double(observed) * log(Double(observed) / expected)
    }
    let g =
      term(a, row1 * col1 / n) + term(b, row1 * col2 / n) + term(c, row2 * col1 / n)
      + term(d, row2 * col2 / n)
    return max(0, 2 * g)
  }

  /// The smallest expected cell count of the table (row total × column total / n).
  public static func smallestExpected(a: Int, b: Int, c: Int, d: Int) -> Double {
    let n = Double(a + b + c + d)
    guard n > 0 else { return 0 }
    let rows = [Double(a + b), Double(c + d)]
    let cols = [Double(a + c), Double(b + d)]
    return rows.flatMap { r in cols.map { r * $0 / n } }.min() ?? 0
  }

  /// Upper tail of the χ² distribution with one degree of freedom: P(X ≥ x) = erfc(√(x/2)).
  public static func chiSquarePValue(_ x: Double) -> Double {
    x <= 0 ? 1 : erfc((x / 2).squareRoot())
  }

  /// Fisher's exact test, two-sided: the sum of the probabilities of all tables with the same margins
  /// that are no more likely than the observed one (relative tolerance 1e-7, as SciPy and R).
  public static func fisherExact(a: Int, b: Int, c: Int, d: Int) -> Double {
    let row1 = a + b
    let col1 = a + c
    let n = a + b + c + d
    guard n > 0 else { return 1 }
    let low = max(0, col1 - (c + d))
    let high = min(row1, col1)
    func logFactorial(_ k: Int) -> Double { lgamma(Double(k) + 1) }
    let constant =
      logFactorial(row1) + logFactorial(n - row1) + logFactorial(col1) + logFactorial(n - col1)
      - logFactorial(n)
    func logP(_ x: Int) -> Double {
      constant - logFactorial(x) - logFactorial(row1 - x) - logFactorial(col1 - x)
        - logFactorial(n - row1 - col1 + x)
    }
    let observed = logP(a)
    var total = 0.0
    for x in low...high {
      let lp = logP(x)
      if lp <= observed + 1e-7 * abs(observed) + 1e-12 { total += exp(lp) }
    }
    return min(1, total)
  }

  /// %DIFF (Gabrielatos & Marchi): how much larger (in %) the group's share is than the others'; nil
  /// when the others have none (the difference is then unbounded).
  public static func percentDiff(a: Int, groupSize: Int, c: Int, otherSize: Int) -> Double? {
    guard groupSize > 0, otherSize > 0, c > 0 else { return nil }
    let p1 = Double(a) / Double(groupSize)
    let p2 = Double(c) / Double(otherSize)
    return (p1 - p2) * 100 / p2
  }

  /// Log ratio (Hardie): log₂ of the ratio of the two shares, with a zero count replaced by 0.5 so the
  /// value stays finite. 1 means twice as frequent, −1 half as frequent.
  public static func logRatio(a: Int, groupSize: Int, c: Int, otherSize: Int) -> Double {
    guard groupSize > 0, otherSize > 0 else { return 0 }
    let p1 = (a == 0 ? 0.5 : Double(a)) / Double(groupSize)
    let p2 = (c == 0 ? 0.5 : Double(c)) / Double(otherSize)
    return log2(p1 / p2)
  }
}

/// One concept in one group compared with all other groups.
public struct GroupComparison: Sendable, Codable, Hashable {
  /// Coded segments in the group, and the group's segments.
  public var groupCount: Int
  public var groupSize: Int
  /// Coded segments in all other groups, and their segments.
  public var otherCount: Int
  public var otherSize: Int
  /// G² of the 2×2 table (coded / not coded × group / others).
  public var g2: Double
  /// p of G² (χ², 1 df).
  public var p: Double
  /// Fisher's exact two-sided p, computed when the smallest expected count is below 5.
  public var fisherP: Double?
  /// %DIFF; nil when the others have no coded segment.
  public var percentDiff: Double?
  /// log₂ ratio of the shares (zero counts as 0.5).
  public var logRatio: Double
  /// The smallest expected cell count; below 5 the counts are too small to carry much weight.
  public var smallestExpected: Double
  /// "over" or "under" (or "equal").
  public var direction: String

  /// Whether the counts are small (an expected cell below 5): read the result with care.
  public var smallCounts: Bool { smallestExpected < 5 }
  /// The p-value to report: Fisher's where counts are small, else that of G².
  public var reportedP: Double { fisherP ?? p }

  public init(groupCount a: Int, groupSize: Int, otherCount c: Int, otherSize: Int) {
    groupCount = a
    self.groupSize = groupSize
    otherCount = c
    self.otherSize = otherSize
    let b = groupSize - a
    let d = otherSize - c
    g2 = Statistics.logLikelihood(a: a, b: b, c: c, d: d)
    p = Statistics.chiSquarePValue(g2)
    smallestExpected = Statistics.smallestExpected(a: a, b: b, c: c, d: d)
    fisherP = smallestExpected < 5 ? Statistics.fisherExact(a: a, b: b, c: c, d: d) : nil
    percentDiff = Statistics.percentDiff(a: a, groupSize: groupSize, c: c, otherSize: otherSize)
    logRatio = Statistics.logRatio(a: a, groupSize: groupSize, c: c, otherSize: otherSize)
    let share = groupSize == 0 ? 0 : Double(a) / Double(groupSize)
    let otherShare = otherSize == 0 ? 0 : Double(c) / Double(otherSize)
    direction = share > otherShare ? "over" : share < otherShare ? "under" : "equal"
  }
}
