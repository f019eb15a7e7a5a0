import Foundation

// MARK: - PrintedTable

/// A cross-tab as printed in a publication, to compare with the data. Read from a Markdown pipe table
/// or a CSV (comma or semicolon): first row = column values (a last column named `total`/`totaal` holds
/// row totals), first column = row values (a row named `total`/`totaal` holds column totals). `**bold**`
/// markers are ignored.
///
/// ```swift
/// let printed = try PrintedTable.parse(text, file: "tabel2.md")
/// let mismatches = printed.compare(with: try CrossTab(survey, row: "sector", column: "role"))
/// ```
public struct PrintedTable: Sendable, Hashable, Codable {
  public var columns: [String]
  public var rows: [String]
  public var cells: [[Int?]]
  public var rowTotals: [Int?]
  public var columnTotals: [Int?]
  public var total: Int?

  public static func parse(_ text: String, file: String) throws -> PrintedTable {
    var lines: [(Int, [String])] = []
    let isMarkdown = text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("|") }
    for (offset, raw) in text.components(separatedBy: .newlines).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty { continue }
      var cells: [String]
      if isMarkdown {
        guard line.hasPrefix("|") else { continue }
        cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        cells = Array(cells.dropFirst().dropLast(line.hasSuffix("|") ? 1 : 0))
        if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
      } else {
        let delimiter = SurveyImporter.detectDelimiter(line)
        cells = SurveyImporter.parseRecords(line, delimiter: delimiter).first ?? []
      }
      lines.append((offset + 1, cells.map { $0.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces) }))
    }
    guard let header = lines.first else {
      throw SurveyAnalysisError.badPrintedTable(file: file, line: 1, reason: "no table found")
    }
    func isTotal(_ s: String) -> Bool { ["total", "totaal", "totals"].contains(s.lowercased()) }
    var columns = Array(header.1.dropFirst())
    let hasTotalColumn = columns.last.map(isTotal) ?? false
    if hasTotalColumn { columns.removeLast() }
    var table = PrintedTable(columns: columns, rows: [], cells: [], rowTotals: [], columnTotals: [], total: nil)
    for (number, cells) in lines.dropFirst() {
      guard cells.count == header.1.count else {
        throw SurveyAnalysisError.badPrintedTable(
          file: file, line: number, reason: "\(cells.count) cells where the header has \(header.1.count)")
      }
      let values = cells.dropFirst().map { Int($0.replacingOccurrences(of: ".", with: "")) }
      let body = Array(values.prefix(columns.count))
      let rowTotal = hasTotalColumn ? values.last! : nil
      if isTotal(cells[0]) {
        table.columnTotals = body
        table.total = rowTotal
      } else {
        table.rows.append(cells[0])
        table.cells.append(body)
        table.rowTotals.append(rowTotal)
      }
    }
    return table
  }

  /// Every difference between the printed table and the data, and every printed total that is not the
  /// sum of its own printed cells.
  public func compare(with data: CrossTab) -> [PrintedMismatch] {
    var result: [PrintedMismatch] = []
    for (r, row) in rows.enumerated() {
      for (c, column) in columns.enumerated() {
        guard let printed = cells[r][c] else { continue }
        let computed = data.count(row: row, column: column) ?? 0
        if computed != printed {
          result.append(PrintedMismatch(kind: .cell, row: row, column: column, printed: printed, computed: computed))
        }
      }
      if let printed = rowTotals[r] {
        let computed = data.rowTotal(row) ?? 0
        let own = cells[r].compactMap { $0 }.reduce(0, +)
        if printed != own {
          result.append(PrintedMismatch(kind: .rowTotalNotCellSum, row: row, column: nil, printed: printed, computed: own))
        }
        if printed != computed {
          result.append(PrintedMismatch(kind: .rowTotal, row: row, column: nil, printed: printed, computed: computed))
        }
      }
    }
    for (c, column) in columns.enumerated() where c < columnTotals.count {
      guard let printed = columnTotals[c] else { continue }
      let computed = data.columnTotal(column) ?? 0
      if printed != computed {
        result.append(PrintedMismatch(kind: .columnTotal, row: nil, column: column, printed: printed, computed: computed))
      }
    }
    if let total, total != data.total {
      result.append(PrintedMismatch(kind: .total, row: nil, column: nil, printed: total, computed: data.total))
    }
    for row in data.rows where !rows.contains(row) {
      result.append(PrintedMismatch(kind: .rowNotPrinted, row: row, column: nil, printed: nil, computed: data.rowTotal(row)))
    }
    for column in data.columns where !columns.contains(column) {
      result.append(PrintedMismatch(kind: .columnNotPrinted, row: nil, column: column, printed: nil, computed: data.columnTotal(column)))
    }
    return result
  }
}

// MARK: - PrintedMismatch

/// One place where a printed table and the data (or the printed table and itself) disagree.
public struct PrintedMismatch: Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Kind: String, Sendable, Hashable, Codable {
    case cell
    /// The printed row total differs from the total computed from the data.
    case rowTotal
    /// The printed row total is not the sum of the printed cells of its row (`computed` = that sum).
    case rowTotalNotCellSum
    case columnTotal
    case total
    /// A value in the data that the printed table has no row or column for.
    case rowNotPrinted
    case columnNotPrinted
  }

  public var kind: Kind
  public var row: String?
  public var column: String?
  public var printed: Int?
  public var computed: Int?

  public var description: String {
    let printedText = printed.map(String.init) ?? "–"
    let computedText = computed.map(String.init) ?? "–"
    switch kind {
    case .cell: return "\(row!) × \(column!): printed \(printedText), data \(computedText)"
    case .rowTotal: return "total of \(row!): printed \(printedText), data \(computedText)"
    case .rowTotalNotCellSum:
      return "total of \(row!): printed \(printedText), but its printed cells sum to \(computedText)"
    case .columnTotal: return "total of \(column!): printed \(printedText), data \(computedText)"
    case .total: return "grand total: printed \(printedText), data \(computedText)"
    case .rowNotPrinted: return "row \(row!) (\(computedText)) is in the data but not printed"
    case .columnNotPrinted: return "column \(column!) (\(computedText)) is in the data but not printed"
    }
  }
}
