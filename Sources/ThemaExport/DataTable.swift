import Foundation

/// One value of a table cell, typed so that each format can write it properly (numbers as numbers in
/// XLSX, percentages as fractions with a percent format, text quoted in CSV).
public enum TableValue: Sendable, Hashable {
  case text(String)
  case integer(Int)
  /// A number shown with `digits` decimals.
  case decimal(Double, digits: Int)
  /// A fraction (0…1) shown as a percentage.
  case percent(Double)
  case empty

  /// The value as text for terminals, Markdown and CSV (CSV writes percentages as fractions).
  public func text(forCSV: Bool = false) -> String {
    switch self {
    case .text(let s): s
    case .integer(let n): String(n)
    case .decimal(let x, let digits):
      x.isFinite ? String(format: "%.\(digits)f", x) : ""
    case .percent(let x):
      forCSV ? String(format: "%.6f", x) : String(format: "%.1f%%", x * 100)
    case .empty: ""
    }
  }

  /// Whether the value is a number (aligned right, written as a number).
  public var isNumber: Bool {
    switch self {
    case .integer, .decimal, .percent: true
    case .text, .empty: false
    }
  }
}

/// A titled table of typed values: what every output format (terminal, CSV, Markdown, XLSX) writes.
///
/// ```swift
/// let table = DataTable.matrix(matrix, measure: .segments)
/// print(table.terminal(width: 100))
/// try table.csv()
/// ```
public struct DataTable: Sendable, Hashable {
  /// The table's name (the XLSX sheet name, the Markdown heading).
  public var title: String
  public var headers: [String]
  public var rows: [[TableValue]]
  /// Leading label columns, repeated on every page when a wide table is split for the terminal.
  public var labelColumns: Int
  /// Lines printed under the table (scope, warnings).
  public var notes: [String]

  public init(
    title: String, headers: [String], rows: [[TableValue]] = [], labelColumns: Int = 1,
    notes: [String] = []
  ) {
    self.title = title
    self.headers = headers
    self.rows = rows
    self.labelColumns = labelColumns
    self.notes = notes
  }

  // MARK: - Terminal

  /// The table for a terminal of `width` columns. A table too wide even with shortened cells is split
  /// into pages of columns, each repeating the label columns.
  public func terminal(width: Int = 100) -> String {
    let numberColumns = Set(
      headers.indices.filter { column in
        rows.contains { column < $0.count && $0[column].isNumber }
      })
    let texts = rows.map { row in headers.indices.map { $0 < row.count ? row[$0].text() : "" } }
    let labels = Array(0..<min(labelColumns, headers.count))
    let data = Array(labels.count..<headers.count)
    var full = TextTable(headers, rightAligned: numberColumns)
    full.rows = texts
    let natural = full.naturalWidths
    let labelWidth = labels.map { min(natural[$0], 32) + 2 }.reduce(0, +)
    func dataWidth(_ column: Int) -> Int { max(6, min(natural[column], 12)) + 2 }
    var pages: [[Int]] = []
    var current: [Int] = []
    var used = labelWidth
    for column in data {
      if !current.isEmpty && used + dataWidth(column) > width + 2 {
        pages.append(current)
        current = []
        used = labelWidth
      }
      current.append(column)
      used += dataWidth(column)
    }
    if !current.isEmpty || pages.isEmpty { pages.append(current) }
    var out: [String] = []
    for (number, page) in pages.enumerated() {
      let columns = labels + page
      var table = TextTable(
        columns.map { headers[$0] },
        rightAligned: Set(columns.indices.filter { numberColumns.contains(columns[$0]) }))
      table.rows = texts.map { row in columns.map { row[$0] } }
      if pages.count > 1 {
        out.append("(columns \(page.first.map { $0 + 1 } ?? 0)–\(page.last.map { $0 + 1 } ?? 0) of \(headers.count); page \(number + 1) of \(pages.count))")
      }
      out.append(table.render(width: width))
      out.append("")
    }
    for note in notes { out += TextTable.wrap(note, indent: "", width: width) }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n")
  }

  // MARK: - Markdown

  /// A GitHub-flavoured Markdown table with a heading and the notes as a list.
  public func markdown(level: Int = 2) -> String {
    func escape(_ s: String) -> String {
      s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
    var out = String(repeating: "#", count: level) + " " + title + "\n\n"
    out += "| " + headers.map(escape).joined(separator: " | ") + " |\n"
    out += "|" + headers.indices.map { column in
      rows.contains { column < $0.count && $0[column].isNumber } ? " ---: |" : " --- |"
    }.joined() + "\n"
    for row in rows {
      out += "| " + headers.indices.map { $0 < row.count ? escape(row[$0].text()) : "" }
        .joined(separator: " | ") + " |\n"
    }
    if !notes.isEmpty { out += "\n" + notes.map { "- " + escape($0) }.joined(separator: "\n") + "\n" }
    return out
  }
}
