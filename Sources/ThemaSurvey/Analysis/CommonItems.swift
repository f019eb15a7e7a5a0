// MARK: - CommonItemsReport

/// Items ranked above the cut-off (rank by Σ ≤ cut-off, ties included) in every group of an attribute
/// (every programme), with the per-group ranks that put them there.
///
/// ```swift
/// let cut = try CutoffReport(survey, theme: 0, groups: groups).cutoff
/// let common = try CommonItemsReport(survey, theme: 0, cutoff: cut, by: "programme")
/// common.items.map(\.item)  // the five Leren items of Table 4
/// ```
public struct CommonItemsReport: Sendable, Hashable, Codable {
  public struct Item: Sendable, Hashable, Codable {
    public var item: String
    /// Σ and N over the whole group.
    public var sum: Int
    public var n: Int
    /// Group name → rank by Σ in that group.
    public var ranks: [String: Int]
  }

  /// An item above the cut-off in some groups but not all.
  public struct NearMiss: Sendable, Hashable, Codable {
    public var item: String
    /// Groups where it is not above the cut-off, with its rank there.
    public var below: [String: Int]
  }

  public var theme: String
  public var attribute: String
  public var cutoff: Int
  /// The groups compared (those with at least `minRespondents`).
  public var groups: [String]
  /// Groups left out for having fewer respondents, with their sizes.
  public var excluded: [String: Int]
  /// Common items, ordered by Σ over the whole group.
  public var items: [Item]
  public var nearMisses: [NearMiss]

  public init(_ survey: Survey, theme t: Int, cutoff: Int, by attribute: String, minRespondents: Int = 0) throws {
    let all = try survey.groups(by: attribute)
    let tables = SurveyAnalysis.tables(survey, theme: t, groups: all)
    var excluded: [String: Int] = [:]
    var kept: [ItemTable] = []
    for table in tables {
      if table.respondents < minRespondents { excluded[table.group] = table.respondents } else { kept.append(table) }
    }
    let whole = SurveyAnalysis.table(survey, theme: t, group: .whole)
    var items: [Item] = []
    var near: [NearMiss] = []
    for score in whole.scores {
      var ranks: [String: Int] = [:]
      var below: [String: Int] = [:]
      for table in kept {
        let rank = table.score(of: score.item)?.rankBySum ?? Int.max
        ranks[table.group] = rank
        if rank > cutoff { below[table.group] = rank }
      }
      if below.isEmpty && !kept.isEmpty {
        items.append(Item(item: score.item, sum: score.sum, n: score.n, ranks: ranks))
      } else if below.count < kept.count {
        near.append(NearMiss(item: score.item, below: below))
      }
    }
    self.theme = survey.themes[t].name
    self.attribute = attribute
    self.cutoff = cutoff
    self.groups = kept.map(\.group)
    self.excluded = excluded
    self.items = items
    self.nearMisses = near
  }
}
