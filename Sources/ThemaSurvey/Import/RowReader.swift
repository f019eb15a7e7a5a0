import Foundation

// MARK: - RowReader

/// Turns records into respondents, collecting every problem of a row before deciding to drop it.
struct RowReader {
  let columns: SurveyColumns
  let maxOverride: Int?
  let header: [String]
  var respondents: [Respondent] = []
  var dropped: [DroppedRow] = []
  /// Items met in the rank columns of themes without an item list.
  private var openItems: [[String]]
  private var openLookup: [[String: Int]]
  private var firstRow: [String: Int] = [:]
  private var highestRank: [Int]

  init(columns: SurveyColumns, maxOverride: Int?, header: [String]) {
    self.columns = columns
    self.maxOverride = maxOverride
    self.header = header
    openItems = columns.themes.map(\.items)
    openLookup = columns.themes.map { _ in [:] }
    highestRank = columns.themes.map { _ in 0 }
  }

  /// The maximum selection of theme `t` as far as it is known while reading.
  private func maximum(_ t: Int) -> Int? {
    if let maxOverride { return maxOverride }
    if let max = columns.themes[t].maxSelection { return max }
    return columns.layout == .ranks ? columns.themes[t].rankColumns.count : nil
  }

  mutating func read(_ record: [String], row: Int, warnings: inout [String]) {
    var record = record
    var problems: [RowProblem] = []
    if record.count > header.count {
      let extra = record[header.count...]
      if extra.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
        problems.append(.extraFields(expected: header.count, found: record.count))
      }
    } else if record.count < header.count {
      warnings.append("row \(row): \(record.count) of \(header.count) fields; the missing ones read as empty")
      record += Array(repeating: "", count: header.count - record.count)
    }
    let id = record[columns.idColumn].trimmingCharacters(in: .whitespacesAndNewlines)
    if id.isEmpty {
      problems.append(.missingRespondentId)
    } else if let first = firstRow[id] {
      problems.append(.duplicateRespondentId(id, firstRow: first))
    }
    var attributes: [String: [String]] = [:]
    for attribute in columns.attributes {
      let cell = record[attribute.column]
      let parts = attribute.separator.map { cell.components(separatedBy: $0) } ?? [cell]
      let values = parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
      if !values.isEmpty { attributes[attribute.name] = values }
    }
    var choices: [[RankedChoice]] = []
    for t in columns.themes.indices {
      choices.append(readTheme(t, record: record, problems: &problems))
    }
    if problems.isEmpty {
      firstRow[id] = row
      for (t, list) in choices.enumerated() {
        if let last = list.last { highestRank[t] = max(highestRank[t], last.rank) }
        if let gap = firstGap(list) {
          warnings.append("row \(row) (\(id)): \(columns.themes[t].name): rank \(gap) is empty while later ranks are filled")
        }
      }
      respondents.append(Respondent(id: id, row: row, attributes: attributes, choices: choices))
    } else {
      dropped.append(DroppedRow(row: row, respondentId: id.isEmpty ? nil : id, reasons: problems))
    }
  }

  private func firstGap(_ list: [RankedChoice]) -> Int? {
    for (offset, choice) in list.enumerated() where choice.rank != offset + 1 { return offset + 1 }
    return nil
  }

  private mutating func readTheme(_ t: Int, record: [String], problems: inout [RowProblem]) -> [RankedChoice] {
    let theme = columns.themes[t]
    let maximum = maximum(t)
    var list: [RankedChoice] = []
    switch columns.layout {
    case .ranks:
      var rankOf: [Int: [Int]] = [:]
      for (offset, column) in theme.rankColumns.enumerated() {
        let label = record[column].trimmingCharacters(in: .whitespacesAndNewlines)
        if label.isEmpty { continue }
        let rank = offset + 1
        if let maximum, rank > maximum {
          problems.append(.rankAboveMaximum(theme: theme.name, rank: rank, maximum: maximum))
          continue
        }
        guard let item = itemIndex(t, label: label) else {
          problems.append(.unknownItem(theme: theme.name, label: label))
          continue
        }
        rankOf[item, default: []].append(rank)
        list.append(RankedChoice(item: item, rank: rank))
      }
      for (item, ranks) in rankOf.sorted(by: { $0.key < $1.key }) where ranks.count > 1 {
        problems.append(.itemChosenTwice(theme: theme.name, item: openItems[t][item], ranks: ranks))
      }
    case .items:
      var itemsAt: [Int: [Int]] = [:]
      for (item, column) in theme.itemColumns {
        let cell = record[column].trimmingCharacters(in: .whitespacesAndNewlines)
        if cell.isEmpty { continue }
        guard let rank = Int(cell), rank >= 1 else {
          problems.append(.notARank(theme: theme.name, column: header[column], value: cell))
          continue
        }
        if let maximum, rank > maximum {
          problems.append(.rankAboveMaximum(theme: theme.name, rank: rank, maximum: maximum))
          continue
        }
        itemsAt[rank, default: []].append(item)
        list.append(RankedChoice(item: item, rank: rank))
      }
      for (rank, items) in itemsAt.sorted(by: { $0.key < $1.key }) where items.count > 1 {
        problems.append(.rankUsedTwice(theme: theme.name, rank: rank, items: items.map { theme.items[$0] }))
      }
    }
    return list.sorted { $0.rank < $1.rank }
  }

  /// The item index of a label; in an open item list a new label becomes a new item.
  private mutating func itemIndex(_ t: Int, label: String) -> Int? {
    let key = SurveyColumns.key(label)
    if let lookup = columns.themes[t].lookup { return lookup[key] }
    if let index = openLookup[t][key] { return index }
    openItems[t].append(label)
    openLookup[t][key] = openItems[t].count - 1
    return openItems[t].count - 1
  }

  /// The themes with their final item lists and maxima (layout b without a maximum: the highest rank
  /// used, with a warning).
  func finishThemes(warnings: inout [String]) -> [SurveyTheme] {
    columns.themes.indices.map { t in
      var max = maximum(t)
      if max == nil {
        max = Swift.max(1, highestRank[t])
        warnings.append("\(columns.themes[t].name): no maximum selection given; using the highest rank found (\(max!))")
      }
      return SurveyTheme(name: columns.themes[t].name, items: openItems[t], maxSelection: max!)
    }
  }
}
