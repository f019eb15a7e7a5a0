// MARK: - CrossTab

/// Respondents by two attributes (programme × role, sector × role), with totals. A multi-valued
/// attribute is counted per mention, so totals are sums of cells, not numbers of people.
///
/// ```swift
/// let table = try CrossTab(survey, row: "sector", column: "role")
/// table.count(row: "HRD", column: "alumnus")  // 8
/// table.rowTotal("HRD")                        // 13 (the article prints 12)
/// ```
public struct CrossTab: Sendable, Hashable, Codable {
  public var rowAttribute: String
  public var columnAttribute: String
  public var rows: [String]
  public var columns: [String]
  /// counts[row][column]
  public var counts: [[Int]]
  public var rowTotals: [Int]
  public var columnTotals: [Int]
  /// Sum of all cells (mentions).
  public var total: Int
  /// Respondents counted at least once.
  public var respondents: Int
  /// Respondents without a value for one of the attributes (not in any cell).
  public var withoutValue: Int

  public init(_ survey: Survey, row: String, column: String) throws {
    for attribute in [row, column] where !survey.attributeNames.contains(attribute) {
      throw SurveyAnalysisError.unknownAttribute(attribute, known: survey.attributeNames)
    }
    let rows = survey.values(of: row)
    let columns = survey.values(of: column)
    let rowIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
    let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    var counts = Array(repeating: Array(repeating: 0, count: columns.count), count: rows.count)
    var counted = 0
    var without = 0
    for respondent in survey.respondents {
      let rs = respondent.attributes[row] ?? []
      let cs = respondent.attributes[column] ?? []
      if rs.isEmpty || cs.isEmpty {
        without += 1
        continue
      }
      counted += 1
      for r in Set(rs) {
        for c in Set(cs) { counts[rowIndex[r]!][columnIndex[c]!] += 1 }
      }
    }
    rowAttribute = row
    columnAttribute = column
    self.rows = rows
    self.columns = columns
    self.counts = counts
    rowTotals = counts.map { $0.reduce(0, +) }
    columnTotals = columns.indices.map { c in counts.reduce(0) { $0 + $1[c] } }
    total = rowTotals.reduce(0, +)
    respondents = counted
    withoutValue = without
  }

  public func count(row: String, column: String) -> Int? {
    guard let r = rows.firstIndex(of: row), let c = columns.firstIndex(of: column) else { return nil }
    return counts[r][c]
  }

  public func rowTotal(_ row: String) -> Int? { rows.firstIndex(of: row).map { rowTotals[$0] } }

  public func columnTotal(_ column: String) -> Int? { columns.firstIndex(of: column).map { columnTotals[$0] } }
}
