// MARK: - Ranking

/// Rank helpers shared by the analyses. Ties are kept as ties everywhere.
public enum Ranking {
  /// Competition ranks ("1224") of `values`, highest value first.
  ///
  /// ```swift
  /// Ranking.competition([50, 70, 70, 10])  // [3, 1, 1, 4]
  /// ```
  public static func competition<T: Comparable>(_ values: [T]) -> [Int] {
    let order = values.indices.sorted { values[$0] > values[$1] }
    var ranks = [Int](repeating: 0, count: values.count)
    for (position, index) in order.enumerated() {
      if position > 0, values[order[position - 1]] == values[index] {
        ranks[index] = ranks[order[position - 1]]
      } else {
        ranks[index] = position + 1
      }
    }
    return ranks
  }

  /// Mid-ranks (average rank of a tie), highest value = rank 1, as used by Spearman and Kendall's W.
  ///
  /// ```swift
  /// Ranking.midranks([50, 70, 70, 10])  // [3, 1.5, 1.5, 4]
  /// ```
  public static func midranks<T: Comparable>(_ values: [T]) -> [Double] {
    let order = values.indices.sorted { values[$0] > values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
      let mid = Double(start + end) / 2 + 1
      for position in start...end { ranks[order[position]] = mid }
      start = end + 1
    }
    return ranks
  }

  /// The sizes of the tie groups among `values` (groups of one left out).
  static func tieSizes<T: Hashable>(_ values: [T]) -> [Int] {
    var counts: [T: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.values.filter { $0 > 1 }
  }

  /// The ordering as positions: for each position (0-based), the set of items tied there and the
  /// position where that tie block starts. Two orderings agree at a position when both are equal.
  static func positions(_ values: [Int]) -> [Position] {
    let order = values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
    var result: [Position] = []
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
      let block = Set(order[start...end])
      for _ in start...end { result.append(Position(block: block, start: start)) }
      start = end + 1
    }
    return result
  }

  struct Position: Equatable {
    var block: Set<Int>
    var start: Int
  }
}
