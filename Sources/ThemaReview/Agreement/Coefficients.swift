/// Agreement coefficients for nominal data. Written by hand: no listed package computes them, and
/// each is a few lines of arithmetic checked against published worked examples in the tests.
///
/// ```swift
/// // Units × coders, nil = the coder did not code the unit.
/// let alpha = Coefficients.krippendorffAlpha([["a", "a", nil], ["b", "a", "b"]])
/// let kappa = Coefficients.cohenKappa([("ja", "ja"), ("ja", "nee"), ("nee", "nee")])
/// ```
public enum Coefficients {
  // MARK: - Percent agreement

  /// The share of pairs of values within a unit that agree, over all units with two or more values
  /// (for two coders: the share of units both coded on which they agree). Nil when no unit has two
  /// values.
  public static func percentAgreement(_ units: [[String?]]) -> Double? {
    var agreeing = 0.0
    var pairs = 0.0
    for unit in units {
      let values = unit.compactMap { $0 }
      guard values.count >= 2 else { continue }
      for i in values.indices {
        for j in values.indices where j > i {
          pairs += 1
          if values[i] == values[j] { agreeing += 1 }
        }
      }
    }
    return pairs > 0 ? agreeing / pairs : nil
  }

  // MARK: - Cohen's kappa

  /// Cohen's kappa for two coders over the units both coded: (pₒ − pₑ) / (1 − pₑ). Nil when there
  /// are no pairs or when chance agreement is 1 (both coders used one and the same category only),
  /// where kappa is undefined.
  public static func cohenKappa(_ pairs: [(String, String)]) -> Double? {
    guard !pairs.isEmpty else { return nil }
    let n = Double(pairs.count)
    var first: [String: Double] = [:]
    var second: [String: Double] = [:]
    var agreeing = 0.0
    for (a, b) in pairs {
      first[a, default: 0] += 1
      second[b, default: 0] += 1
      if a == b { agreeing += 1 }
    }
    let observed = agreeing / n
    let expected = first.reduce(0.0) { $0 + ($1.value / n) * ((second[$1.key] ?? 0) / n) }
    guard expected < 1 else { return nil }
    return (observed - expected) / (1 - expected)
  }

  // MARK: - Krippendorff's alpha (nominal)

  /// Krippendorff's alpha for nominal data with any number of coders and missing values, through
  /// the coincidence matrix: α = 1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k. Units with fewer than
  /// two values are not pairable and are left out. Nil when no value is pairable or when only one
  /// category occurs (no variation: α is undefined).
  public static func krippendorffAlpha(_ units: [[String?]]) -> Double? {
    var coincidences: [String: [String: Double]] = [:]
    for unit in units {
      let values = unit.compactMap { $0 }
      let m = Double(values.count)
      guard m >= 2 else { continue }
      for i in values.indices {
        for j in values.indices where j != i {
          coincidences[values[i], default: [:]][values[j], default: 0] += 1 / (m - 1)
        }
      }
    }
    var totals: [String: Double] = [:]
    for (c, row) in coincidences { totals[c] = row.values.reduce(0, +) }
    let n = totals.values.reduce(0, +)
    guard n > 1 else { return nil }
    var observed = 0.0
    for (c, row) in coincidences {
      for (k, count) in row where k != c { observed += count }
    }
    var expected = 0.0
    for (c, nc) in totals {
      for (k, nk) in totals where k != c { expected += nc * nk }
    }
    guard expected > 0 else { return nil }
    return 1 - (n - 1) * observed / expected
  }
}
