/// Krippendorff's unitized alpha (α_u, Krippendorff 1995; Content Analysis, 2004, ch. 12): agreement
/// on where coders put units of a category along a continuum, not only on which category.
///
/// Each coder's units of one category split the continuum into units and gaps. Two coders'
/// segments g, h that overlap contribute a squared difference δ²: for two units, the squared
/// differences of their starts plus of their ends; for a unit lying wholly inside the other coder's
/// gap, its squared length; otherwise 0. Observed disagreement is Σδ² over ordered coder pairs,
/// divided by m(m − 1)L²; expected disagreement follows Krippendorff's formula over every unit's
/// length and every gap that could hold it. Over several categories, α_u = 1 − ΣDₒ / ΣDₑ.
///
/// Written by hand: no Swift package offers it.
///
/// ```swift
/// let spans = [["A": [0..<10, 20..<30], "B": [0..<12, 20..<29]]]   // per category: coder → units
/// let alpha = UnitizedAlpha.compute(length: 100, categories: spans)
/// ```
public enum UnitizedAlpha {
  /// Observed and expected disagreement of one category.
  public struct Disagreement: Sendable, Hashable {
    public var observed: Double
    public var expected: Double

    /// α_u of this category alone, nil when undefined (no units at all).
    public var alpha: Double? { expected > 0 ? 1 - observed / expected : nil }
  }

  /// α_u over several categories (each: coder → units), on a continuum of `length` positions,
  /// with `coders` the coders taking part (a coder absent from a category marked no units there).
  public static func compute(length: Int, coders: [String], categories: [[String: [Range<Int>]]]) -> Double? {
    let parts = categories.map { disagreement(length: length, coders: coders, units: $0) }
    let expected = parts.map(\.expected).reduce(0, +)
    guard expected > 0 else { return nil }
    return 1 - parts.map(\.observed).reduce(0, +) / expected
  }

  /// The disagreements of one category. Overlapping or touching units of one coder are merged
  /// first (α_u requires one coder's units of a category not to overlap).
  public static func disagreement(length: Int, coders: [String], units: [String: [Range<Int>]]) -> Disagreement {
    let m = coders.count
    let L = Double(length)
    guard m >= 2, length > 0 else { return Disagreement(observed: 0, expected: 0) }
    let partitions = coders.map { partition(merged(units[$0] ?? [], within: length), length: length) }

    var observed = 0.0
    for i in 0..<m {
      for j in 0..<m where j > i {
        observed += 2 * pairDisagreement(partitions[i], partitions[j])
      }
    }
    observed /= Double(m * (m - 1)) * L * L

    let allUnits = partitions.flatMap { $0.filter(\.isUnit) }
    let gaps = partitions.flatMap { $0.filter { !$0.isUnit } }.map(\.length).sorted(by: >)
    let nc = Double(allUnits.count)
    guard nc > 0 else { return Disagreement(observed: observed, expected: 0) }
    var numerator = 0.0
    for unit in allUnits {
      let l = Double(unit.length)
      var fit = 0.0
      for gap in gaps {
        guard gap >= unit.length else { break }
        fit += Double(gap - unit.length + 1)
      }
      numerator += (nc - 1) / 3 * (2 * l * l * l - 3 * l * l + l) + l * l * fit
    }
    numerator *= 2 / L
    let squared = allUnits.reduce(0.0) { $0 + Double($1.length) * Double($1.length - 1) }
    let mL = Double(m) * L
    let denominator = mL * (mL - 1) - squared
    guard denominator > 0 else { return Disagreement(observed: observed, expected: 0) }
    return Disagreement(observed: observed, expected: numerator / denominator)
  }

  // MARK: - Segments of the continuum

  /// A stretch of the continuum in one coder's partition: a unit of the category or a gap.
  struct Piece: Hashable {
    var start: Int
    var length: Int
    var isUnit: Bool
    var end: Int { start + length }
  }

  /// The squared difference of two pieces of different coders (Krippendorff's δ²).
  static func delta(_ g: Piece, _ h: Piece) -> Double {
    let begin = Double(g.start - h.start)
    let lengthDifference = Double(g.length - h.length)
    if g.isUnit && h.isUnit && -Double(g.length) < begin && begin < Double(h.length) {
      return begin * begin + (begin + lengthDifference) * (begin + lengthDifference)
    }
    if g.isUnit && !h.isUnit && g.start >= h.start && g.end <= h.end {
      return Double(g.length * g.length)
    }
    if !g.isUnit && h.isUnit && h.start >= g.start && h.end <= g.end {
      return Double(h.length * h.length)
    }
    return 0
  }

  /// Σδ² over every overlapping pair of pieces of two partitions (a merge over both, since pieces
  /// that do not overlap contribute nothing).
  static func pairDisagreement(_ a: [Piece], _ b: [Piece]) -> Double {
    var total = 0.0
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
      if a[i].start < b[j].end && b[j].start < a[i].end { total += delta(a[i], b[j]) }
      if a[i].end <= b[j].end { i += 1 } else { j += 1 }
    }
    return total
  }

  /// Sorted, clipped units with overlapping or touching ones joined.
  static func merged(_ units: [Range<Int>], within length: Int) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for unit in units.map({ max(0, $0.lowerBound)..<min(length, $0.upperBound) }).filter({ !$0.isEmpty })
      .sorted(by: { $0.lowerBound < $1.lowerBound })
    {
      if let last = result.last, unit.lowerBound <= last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, unit.upperBound)
      } else {
        result.append(unit)
      }
    }
    return result
  }

  /// The continuum as units and the gaps between them.
  static func partition(_ units: [Range<Int>], length: Int) -> [Piece] {
    var pieces: [Piece] = []
    var position = 0
    for unit in units {
      if unit.lowerBound > position {
        pieces.append(Piece(start: position, length: unit.lowerBound - position, isUnit: false))
      }
      pieces.append(Piece(start: unit.lowerBound, length: unit.count, isUnit: true))
      position = unit.upperBound
    }
    if position < length { pieces.append(Piece(start: position, length: length - position, isUnit: false)) }
    return pieces
  }
}
