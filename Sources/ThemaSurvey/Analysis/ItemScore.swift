// MARK: - ItemScore

/// Σ and N of one item in one group. `rankBySum` and `rankByN` are competition ranks: tied items share
/// a rank ("1, 2, 2, 4").
public struct ItemScore: Sendable, Hashable, Codable {
  public var theme: String
  public var item: String
  /// The group's name ("all", "alumnus", "staff", "Windesheim").
  public var group: String
  /// Σ: the sum of points (rank r earns max − r + 1).
  public var sum: Int
  /// N: how many respondents of the group chose the item.
  public var n: Int
  /// Mean points among the respondents who chose it (Σ / N; 0 when N = 0).
  public var meanPoints: Double
  /// N as a share of the group's respondents.
  public var share: Double
  public var rankBySum: Int
  public var rankByN: Int
}

// MARK: - SumNDisagreement

/// A pair of items that Σ and N put in a different order.
public struct SumNDisagreement: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Σ puts `higher` first, N puts `lower` first.
    case reversed
    /// Σ puts `higher` first, N ties them.
    case tiedByN
    /// Σ ties them, N puts `higher` first.
    case tiedBySum
  }

  public var kind: Kind
  /// The item Σ ranks first (for `tiedBySum`: the one N ranks first).
  public var higher: String
  public var lower: String
  public var higherSum: Int
  public var lowerSum: Int
  public var higherN: Int
  public var lowerN: Int
}

// MARK: - ItemTable

/// All items of a theme in one group, ordered by Σ (then N, then label), with every Σ/N disagreement.
public struct ItemTable: Sendable, Hashable, Codable {
  public var theme: String
  public var group: String
  /// Respondents in the group.
  public var respondents: Int
  /// Respondents in the group who chose at least one item of the theme.
  public var answered: Int
  public var scores: [ItemScore]
  public var disagreements: [SumNDisagreement]

  init(theme: SurveyTheme, group: String, respondents: Int, answered: Int, sums: ArraySlice<Int>, ns: ArraySlice<Int>) {
    let sums = Array(sums)
    let ns = Array(ns)
    let bySum = Ranking.competition(sums)
    let byN = Ranking.competition(ns)
    var scores: [ItemScore] = []
    scores.reserveCapacity(sums.count)
    for index in sums.indices {
      scores.append(
        ItemScore(
          theme: theme.name, item: theme.items[index], group: group, sum: sums[index], n: ns[index],
          meanPoints: ns[index] == 0 ? 0 : Double(sums[index]) / Double(ns[index]),
          share: respondents == 0 ? 0 : Double(ns[index]) / Double(respondents),
          rankBySum: bySum[index], rankByN: byN[index]))
    }
    scores.sort {
      ($0.sum, $0.n) != ($1.sum, $1.n) ? ($0.sum, $0.n) > ($1.sum, $1.n) : $0.item < $1.item
    }
    self.theme = theme.name
    self.group = group
    self.respondents = respondents
    self.answered = answered
    self.scores = scores
    self.disagreements = Self.disagreements(scores)
  }

  /// Every pair whose order differs between Σ and N (pairs tied on both are not listed).
  static func disagreements(_ scores: [ItemScore]) -> [SumNDisagreement] {
    var result: [SumNDisagreement] = []
    for i in scores.indices {
      for j in scores.indices where j > i {
        var a = scores[i]
        var b = scores[j]
        let kind: SumNDisagreement.Kind
        if a.sum == b.sum {
          if a.n == b.n { continue }
          if a.n < b.n { swap(&a, &b) }
          kind = .tiedBySum
        } else {
          if a.sum < b.sum { swap(&a, &b) }
          if a.n < b.n { kind = .reversed } else if a.n == b.n { kind = .tiedByN } else { continue }
        }
        result.append(
          SumNDisagreement(
            kind: kind, higher: a.item, lower: b.item, higherSum: a.sum, lowerSum: b.sum, higherN: a.n,
            lowerN: b.n))
      }
    }
    return result
  }

  /// The score of an item, if the theme has it.
  public func score(of item: String) -> ItemScore? { scores.first { $0.item == item } }
}
