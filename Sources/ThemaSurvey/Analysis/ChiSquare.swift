import Foundation

// MARK: - ChiSquare

/// The chi-square distribution's survival function P(X ≥ x), via the regularized upper incomplete gamma
/// function Q(k/2, x/2). Written by hand: none of the listed packages does statistics.
///
/// ```swift
/// ChiSquare.survival(3.841458820694124, degreesOfFreedom: 1)  // ≈ 0.05
/// ```
public enum ChiSquare {
  public static func survival(_ x: Double, degreesOfFreedom df: Int) -> Double {
    guard df > 0 else { return .nan }
    if x <= 0 { return 1 }
    return upperRegularizedGamma(Double(df) / 2, x / 2)
  }

  /// Q(a, x) = Γ(a, x) / Γ(a): a series for x < a + 1, a continued fraction (modified Lentz) otherwise.
  static func upperRegularizedGamma(_ a: Double, _ x: Double) -> Double {
    let logPrefactor = a * log(x) - x - lgamma(a)
    if x < a + 1 {
      var term = 1 / a
      var sum = term
      var n = a
      for _ in 0..<10_000 {
        n += 1
        term *= x / n
        sum += term
        if abs(term) < abs(sum) * 1e-16 { break }
      }
      return max(0, 1 - sum * exp(logPrefactor))
    }
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1..<10_000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-16 { break }
    }
    return min(1, exp(logPrefactor) * h)
  }
}
