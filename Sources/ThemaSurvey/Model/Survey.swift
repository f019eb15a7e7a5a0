import Foundation

// MARK: - Survey

/// A ranking survey: per theme, each respondent selected up to `maxSelection` items and ranked them.
///
/// ```swift
/// let result = try SurveyImporter.importSurvey(data, name: "mli-enquete-a.csv", mapping: mapping)
/// let survey = result.survey
/// survey.respondents.count      // 441
/// survey.themes[0].items.count  // 25
/// ```
public struct Survey: Sendable, Hashable {
  /// A display name (usually the file name).
  public var name: String
  /// The themes in file order.
  public var themes: [SurveyTheme]
  /// The imported respondents (dropped rows are not here; see `SurveyImportResult.dropped`).
  public var respondents: [Respondent]
  /// Attribute names in mapping order (`programme`, `role`, `sector`, …).
  public var attributeNames: [String]
  /// Named groupings of attribute values: attribute → grouping name → values
  /// (`role` → `staff` → `[docent, leidinggevende, lector]`).
  public var groupings: [String: [String: [String]]]

  public init(
    name: String, themes: [SurveyTheme], respondents: [Respondent], attributeNames: [String],
    groupings: [String: [String: [String]]] = [:]
  ) {
    self.name = name
    self.themes = themes
    self.respondents = respondents
    self.attributeNames = attributeNames
    self.groupings = groupings
  }

  /// The index of the theme called `name` (case-insensitive), if any.
  public func themeIndex(named name: String) -> Int? {
    themes.firstIndex { $0.name.lowercased() == name.lowercased() }
  }

  /// Every value attribute `attribute` takes, sorted (multi-valued attributes contribute each value).
  public func values(of attribute: String) -> [String] {
    var seen = Set<String>()
    for respondent in respondents {
      for value in respondent.attributes[attribute] ?? [] { seen.insert(value) }
    }
    return seen.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
  }
}

// MARK: - SurveyTheme

/// One theme of the questionnaire and the items a respondent could choose from.
public struct SurveyTheme: Sendable, Hashable, Codable {
  /// The theme's name ("Leren").
  public var name: String
  /// The item labels, in questionnaire order.
  public var items: [String]
  /// The maximum selection: rank r earns `maxSelection − r + 1` points, and no rank may exceed it.
  public var maxSelection: Int

  public init(name: String, items: [String], maxSelection: Int) {
    self.name = name
    self.items = items
    self.maxSelection = maxSelection
  }

  /// Points for a rank: `maxSelection − rank + 1`.
  @inline(__always)
  public func points(forRank rank: Int) -> Int { maxSelection - rank + 1 }
}

// MARK: - Respondent

/// One respondent (one row of the export).
public struct Respondent: Sendable, Hashable {
  /// The respondent id from the export.
  public var id: String
  /// The row in the file as a spreadsheet shows it (the header is row 1).
  public var row: Int
  /// Attribute values; multi-valued attributes (sector) have several.
  public var attributes: [String: [String]]
  /// Per theme (same order as `Survey.themes`), the chosen items with their ranks, best rank first.
  public var choices: [[RankedChoice]]

  public init(id: String, row: Int, attributes: [String: [String]], choices: [[RankedChoice]]) {
    self.id = id
    self.row = row
    self.attributes = attributes
    self.choices = choices
  }
}

/// An item (index into `SurveyTheme.items`) chosen at a rank (1 = best).
public struct RankedChoice: Sendable, Hashable, Codable {
  public var item: Int
  public var rank: Int

  public init(item: Int, rank: Int) {
    self.item = item
    self.rank = rank
  }
}
