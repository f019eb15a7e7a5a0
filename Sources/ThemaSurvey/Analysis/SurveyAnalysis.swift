// MARK: - SurveyAnalysis

/// Σ and N per item for groups of respondents.
///
/// ```swift
/// let whole = SurveyAnalysis.table(survey, theme: 0, group: .whole)
/// whole.scores[0].item   // "Stimuleren van een lerende cultuur in de hele organisatie"
/// whole.scores[0].sum    // 2100
/// let byProgramme = try SurveyAnalysis.tables(survey, theme: 0, groups: survey.groups(by: "programme"))
/// ```
public enum SurveyAnalysis {
  /// The item table of one theme for one group.
  public static func table(_ survey: Survey, theme: Int, group: SurveyGroup) -> ItemTable {
    tables(survey, theme: theme, groups: [group])[0]
  }

  /// The item tables of one theme for several groups, in one pass over the respondents (a respondent
  /// with several matching values counts once per group).
  public static func tables(_ survey: Survey, theme: Int, groups: [SurveyGroup]) -> [ItemTable] {
    tables(survey, theme: theme, groups: groups, membership: membership(survey, groups: groups))
  }

  /// The item tables of every theme for several groups, computing membership once.
  public static func tables(_ survey: Survey, groups: [SurveyGroup]) -> [[ItemTable]] {
    let membership = membership(survey, groups: groups)
    return survey.themes.indices.map { tables(survey, theme: $0, groups: groups, membership: membership) }
  }

  /// Per respondent, the indices of the groups it belongs to (ascending). Looks each attribute up once
  /// per respondent and each value once, instead of asking every group (`SurveyGroup.contains`).
  static func membership(_ survey: Survey, groups: [SurveyGroup]) -> [[Int]] {
    let whole = groups.indices.filter { groups[$0].attribute == nil }
    var byAttribute: [String: [String: [Int]]] = [:]
    for (g, group) in groups.enumerated() {
      guard let attribute = group.attribute else { continue }
      for value in Set(group.values) { byAttribute[attribute, default: [:]][value, default: []].append(g) }
    }
    let lookups = byAttribute.sorted { $0.key < $1.key }
    return survey.respondents.map { respondent in
      var mine = whole
      for (attribute, table) in lookups {
        guard let values = respondent.attributes[attribute] else { continue }
        for value in values {
          for g in table[value] ?? [] where !mine.contains(g) { mine.append(g) }
        }
      }
      if mine.count > 1 { mine.sort() }
      return mine
    }
  }

  static func tables(
    _ survey: Survey, theme t: Int, groups: [SurveyGroup], membership: [[Int]]
  ) -> [ItemTable] {
    let theme = survey.themes[t]
    let width = theme.items.count
    var sums = [Int](repeating: 0, count: groups.count * width)
    var ns = [Int](repeating: 0, count: groups.count * width)
    var sizes = [Int](repeating: 0, count: groups.count)
    var answered = [Int](repeating: 0, count: groups.count)
    // index the respondents instead of `enumerated()`, which copies each respondent (retaining its
    // id, attributes and choices) and doubles the time of this loop
    for r in survey.respondents.indices {
      let mine = membership[r]
      if mine.isEmpty { continue }
      let choices = survey.respondents[r].choices[t]
      for g in mine {
        sizes[g] += 1
        if !choices.isEmpty { answered[g] += 1 }
        let base = g * width
        for choice in choices {
          sums[base + choice.item] += theme.maxSelection - choice.rank + 1
          ns[base + choice.item] += 1
        }
      }
    }
    return groups.indices.map { g in
      ItemTable(
        theme: theme, group: groups[g].name, respondents: sizes[g], answered: answered[g],
        sums: sums[(g * width)..<((g + 1) * width)], ns: ns[(g * width)..<((g + 1) * width)])
    }
  }
}
