// MARK: - CutoffReport

/// Where the item orderings (by Σ) of several groups start to diverge, for one theme.
///
/// - `orderCutoff`: the number of leading positions at which every group has the same item (a tie
///   counts as agreement only when the same items are tied at the same positions).
/// - `setCutoff`: the largest k (up to the maximum selection, and below the number of items) for which
///   every group's top k are the same items, in whatever order ("top k" = items of rank ≤ k, so ties
///   at the boundary are included).
/// - `cutoff`: the one the analysis uses — `override` when given, else `orderCutoff` (the study's reading).
///
/// ```swift
/// let groups = [SurveyGroup.whole] + (try survey.groups(spec: "role=alumnus,student,staff"))
/// let report = try CutoffReport(survey, theme: 0, groups: groups)
/// report.cutoff  // 5 on the MLI sample
/// ```
public struct CutoffReport: Sendable, Hashable, Codable {
  /// Agreement of the groups at one k.
  public struct Agreement: Sendable, Hashable, Codable {
    public var k: Int
    /// All groups have the same top-k set.
    public var setsAgree: Bool
    /// All groups have the same items at positions 1…k.
    public var orderAgrees: Bool
    /// Items in the top k of every group.
    public var shared: Int
  }

  /// Rank correlation of two groups' orderings over all items of the theme.
  public struct Pair: Sendable, Hashable, Codable {
    public var a: String
    public var b: String
    public var kendallTauB: Double?
    public var spearman: Double?
  }

  public var theme: String
  public var groups: [String]
  public var orderCutoff: Int
  public var setCutoff: Int
  public var override: Int?
  public var cutoff: Int
  public var agreement: [Agreement]
  public var pairs: [Pair]
  /// Kendall's W across all groups (nil when undefined, e.g. everything tied).
  public var concordance: Concordance?
  /// The item tables the cut-off was computed from, one per group.
  public var tables: [ItemTable]

  public init(_ survey: Survey, theme t: Int, groups: [SurveyGroup], override: Int? = nil) throws {
    guard groups.count >= 2 else { throw SurveyAnalysisError.tooFewGroups(groups.count) }
    let theme = survey.themes[t]
    let tables = SurveyAnalysis.tables(survey, theme: t, groups: groups)
    // Σ per item in questionnaire order, per group
    let vectors = tables.map { table in
      let index = Dictionary(uniqueKeysWithValues: table.scores.map { ($0.item, $0.sum) })
      return theme.items.map { index[$0] ?? 0 }
    }
    let n = theme.items.count
    let positions = vectors.map(Ranking.positions)
    var prefix = 0
    while prefix < n, positions.allSatisfy({ $0[prefix] == positions[0][prefix] }) { prefix += 1 }
    let ranks = vectors.map(Ranking.competition)
    var agreement: [Agreement] = []
    for k in 1...max(1, n) {
      let sets = ranks.map { r in Set(r.indices.filter { r[$0] <= k }) }
      let shared = sets.dropFirst().reduce(sets[0]) { $0.intersection($1) }
      agreement.append(
        Agreement(k: k, setsAgree: sets.allSatisfy { $0 == sets[0] }, orderAgrees: k <= prefix, shared: shared.count))
    }
    let limit = min(theme.maxSelection, n - 1)
    let setCutoff = agreement.filter { $0.k <= limit && $0.setsAgree }.map(\.k).max() ?? 0
    var pairs: [Pair] = []
    for i in groups.indices {
      for j in groups.indices where j > i {
        pairs.append(
          Pair(
            a: groups[i].name, b: groups[j].name,
            kendallTauB: RankCorrelation.kendallTauB(vectors[i], vectors[j]),
            spearman: RankCorrelation.spearman(vectors[i], vectors[j])))
      }
    }
    self.theme = theme.name
    self.groups = groups.map(\.name)
    self.orderCutoff = prefix
    self.setCutoff = setCutoff
    self.override = override
    self.cutoff = override ?? prefix
    self.agreement = agreement
    self.pairs = pairs
    self.concordance = Concordance(vectors)
    self.tables = tables
  }
}
