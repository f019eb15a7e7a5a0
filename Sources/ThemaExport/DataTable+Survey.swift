import Foundation
import ThemaSurvey

// MARK: - Survey tables

extension DataTable {
  /// The cut-off report of one theme as a sheet: per position k whether the groups' sets and order
  /// agree, then per group the item and its Σ at that position (numbers as numbers).
  ///
  /// ```swift
  /// let report = try CutoffReport(survey, theme: 0, groups: groups)
  /// try XLSXWriter(sheets: [DataTable.cutoff(report)]).write(to: url)
  /// ```
  public static func cutoff(_ r: CutoffReport) -> DataTable {
    let count = r.tables.map(\.scores.count).min() ?? 0
    var headers = ["k", "sets agree", "order agree", "above cut-off"]
    for group in r.groups { headers += ["\(group) item", "\(group) Σ"] }
    let rows: [[TableValue]] = (0..<count).map { k in
      let agreement = r.agreement.indices.contains(k) ? r.agreement[k] : nil
      var row: [TableValue] = [
        .integer(k + 1), .text(agreement.map { $0.setsAgree ? "yes" : "no" } ?? ""),
        .text(agreement.map { $0.orderAgrees ? "yes" : "no" } ?? ""), .text(k < r.cutoff ? "yes" : "no"),
      ]
      for table in r.tables { row += [.text(table.scores[k].item), .integer(table.scores[k].sum)] }
      return row
    }
    var notes = ["cut-off \(r.cutoff) (order agrees for \(r.orderCutoff), sets for \(r.setCutoff))"]
    if let w = r.concordance { notes.append(String(format: "Kendall's W %.3f, p %.4f", w.w, w.pValue)) }
    return DataTable(title: "Cut-off \(r.theme)", headers: headers, rows: rows, labelColumns: 1, notes: notes)
  }

  /// The common items of one theme: Σ, N over everyone and the rank in every group.
  ///
  /// ```swift
  /// DataTable.common(try CommonItemsReport(survey, theme: 0, cutoff: 5, by: "programme"))
  /// ```
  public static func common(_ r: CommonItemsReport) -> DataTable {
    DataTable(
      title: "Common \(r.theme)", headers: ["item", "sum", "n"] + r.groups,
      rows: r.items.map { item in
        [.text(item.item), .integer(item.sum), .integer(item.n)]
          + r.groups.map { g in item.ranks[g].map { TableValue.integer($0) } ?? .empty }
      }, labelColumns: 1,
      notes: ["cut-off \(r.cutoff); items above it in all \(r.groups.count) groups of \(r.attribute)"])
  }

  /// A cross-tab with row and column totals.
  ///
  /// ```swift
  /// DataTable.crosstab(try CrossTab(survey, row: "sector", column: "role"))
  /// ```
  public static func crosstab(_ t: CrossTab) -> DataTable {
    var rows: [[TableValue]] = t.rows.enumerated().map { r, name in
      [.text(name)] + t.counts[r].map { TableValue.integer($0) } + [.integer(t.rowTotals[r])]
    }
    rows.append([.text("total")] + t.columnTotals.map { TableValue.integer($0) } + [.integer(t.total)])
    return DataTable(
      title: "\(t.rowAttribute) x \(t.columnAttribute)", headers: [t.rowAttribute] + t.columns + ["total"],
      rows: rows, labelColumns: 1, notes: ["\(t.respondents) respondents; \(t.withoutValue) without a value"])
  }
}
