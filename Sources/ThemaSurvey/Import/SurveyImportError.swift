import Foundation

/// Why a survey export cannot be imported.
public enum SurveyImportError: LocalizedError, Equatable, Sendable {
  /// The file has no header row.
  case empty(file: String)
  /// The mapping YAML cannot be read (file, reason).
  case badMapping(file: String, reason: String)
  /// A column the mapping names is not in the header (file, column).
  case missingColumn(file: String, column: String)
  /// No respondent id column was given or recognised in the header.
  case noIdColumn(file: String)
  /// No theme columns were given or recognised (`<theme> rank k` or `<theme> [item]`).
  case noThemes(file: String)
  /// `strict` import: the file has bad rows (each with its row number and reasons).
  case rejected(file: String, rows: [DroppedRow])

  public var errorDescription: String? {
    switch self {
    case .empty(let file): "\(file): the file has no header row."
    case .badMapping(let file, let reason): "\(file): cannot read the mapping: \(reason)."
    case .missingColumn(let file, let column): "\(file): the header has no column '\(column)'."
    case .noIdColumn(let file):
      "\(file): no respondent id column (name it in the mapping with 'id:')."
    case .noThemes(let file):
      "\(file): no theme columns found ('<theme> rank 1' … or '<theme> [item]'); give a mapping."
    case .rejected(let file, let rows):
      "\(file): refused (strict): \(rows.count) bad row(s):\n"
        + rows.map { "  " + $0.description }.joined(separator: "\n")
    }
  }
}

// MARK: - DroppedRow

/// A row left out of the import, with its row number (as a spreadsheet shows it; the header is row 1)
/// and every reason found.
public struct DroppedRow: Sendable, Hashable, Codable, CustomStringConvertible {
  public var row: Int
  public var respondentId: String?
  public var reasons: [RowProblem]

  public init(row: Int, respondentId: String?, reasons: [RowProblem]) {
    self.row = row
    self.respondentId = respondentId
    self.reasons = reasons
  }

  public var description: String {
    "row \(row)" + (respondentId.map { " (\($0))" } ?? "") + ": "
      + reasons.map(\.description).joined(separator: "; ")
  }
}

/// What is wrong with a row.
public enum RowProblem: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The respondent id cell is empty.
  case missingRespondentId
  /// Another row already has this id (its row number).
  case duplicateRespondentId(String, firstRow: Int)
  /// Two items of a theme have the same rank (layout b).
  case rankUsedTwice(theme: String, rank: Int, items: [String])
  /// The same item fills two rank positions of a theme (layout a).
  case itemChosenTwice(theme: String, item: String, ranks: [Int])
  /// A rank above the theme's maximum selection.
  case rankAboveMaximum(theme: String, rank: Int, maximum: Int)
  /// A cell that should hold a rank holds something else.
  case notARank(theme: String, column: String, value: String)
  /// A label that is not one of the theme's items.
  case unknownItem(theme: String, label: String)
  /// The row has more fields than the header (the extra values are listed).
  case extraFields(expected: Int, found: Int)

  public var description: String {
    switch self {
    case .missingRespondentId: "missing respondent id"
    case .duplicateRespondentId(let id, let first): "respondent id '\(id)' already used in row \(first)"
    case .rankUsedTwice(let theme, let rank, let items):
      "\(theme): rank \(rank) used twice (\(items.map { "'\($0)'" }.joined(separator: ", ")))"
    case .itemChosenTwice(let theme, let item, let ranks):
      "\(theme): item '\(item)' chosen at ranks \(ranks.map(String.init).joined(separator: " and "))"
    case .rankAboveMaximum(let theme, let rank, let maximum):
      "\(theme): rank \(rank) above the maximum \(maximum)"
    case .notARank(let theme, let column, let value): "\(theme): '\(value)' in column '\(column)' is not a rank"
    case .unknownItem(let theme, let label): "\(theme): unknown item '\(label)'"
    case .extraFields(let expected, let found): "\(found) fields where the header has \(expected)"
    }
  }
}
