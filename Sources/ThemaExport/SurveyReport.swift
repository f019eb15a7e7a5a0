import Foundation
import ThemaSurvey

// MARK: - SurveyReport

/// The survey part of the report, as a self-contained HTML page or section: per theme bar charts of
/// Σ per item per group (plain CSS bars, no scripts, fonts or network), the Σ/N disagreements flagged,
/// the cut-off and the items common to every programme.
///
/// ```swift
/// let report = try SurveyReport(survey, groups: [.whole] + survey.groups(by: "programme"),
///                               cutoffGroups: cutoffGroups, commonBy: "programme")
/// try report.html().write(to: url, atomically: true, encoding: .utf8)
/// ```
public struct SurveyReport: Sendable {
  /// One theme: its item tables per group, the cut-off and the common items.
  public struct Theme: Sendable {
    public var name: String
    public var tables: [ItemTable]
    public var cutoff: CutoffReport?
    public var common: CommonItemsReport?
  }

  public var title: String
  public var themes: [Theme]

  /// Computes the tables of every theme; `cutoffGroups` (at least two) give the cut-off, `commonBy`
  /// the attribute whose groups must all rank an item above it.
  public init(
    _ survey: Survey, groups: [SurveyGroup], cutoffGroups: [SurveyGroup]? = nil, commonBy: String? = nil,
    cutoffOverride: Int? = nil, minRespondents: Int = 0
  ) throws {
    title = "Survey: \(survey.name)"
    themes = try survey.themes.indices.map { t in
      let cutoff = try cutoffGroups.flatMap { $0.count >= 2 ? try CutoffReport(survey, theme: t, groups: $0, override: cutoffOverride) : nil }
      let common = try commonBy.flatMap { attribute in
        try cutoff.map {
          try CommonItemsReport(survey, theme: t, cutoff: $0.cutoff, by: attribute, minRespondents: minRespondents)
        }
      }
      return Theme(
        name: survey.themes[t].name, tables: SurveyAnalysis.tables(survey, theme: t, groups: groups),
        cutoff: cutoff, common: common)
    }
  }

  // MARK: - HTML

  /// A complete page (inline style only).
  public func html() -> String {
    "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>\(Self.escape(title))</title>"
      + "<style>\(Self.css)</style></head><body>\n" + section() + "</body></html>\n"
  }

  /// The `<section>` alone, to embed in another page: its title is a heading of `level` (1 on a page of
  /// its own, 2 inside the comparison report), the themes one level below, the groups two.
  public func section(level: Int = 1) -> String {
    var out = "<section class=\"survey\" id=\"survey\"><h\(level)>\(Self.escape(title))</h\(level)>\n"
    for (index, theme) in themes.enumerated() {
      out += "<h\(level + 1) id=\"survey-theme-\(index + 1)\">\(Self.escape(theme.name))</h\(level + 1)>\n"
      if let c = theme.cutoff {
        out += "<p class=\"cutoff\">Cut-off: <strong>\(c.cutoff)</strong>"
          + "\(c.override != nil ? " (set by hand)" : "") — order agrees for the first \(c.orderCutoff) over "
          + "\(Self.escape(c.groups.joined(separator: ", "))); top-k sets agree up to k = \(c.setCutoff)"
        if let w = c.concordance { out += String(format: "; Kendall's W %.3f", w.w) }
        out += ".</p>\n"
      }
      for table in theme.tables { out += chart(table, cutoff: theme.cutoff?.cutoff, level: level + 2) }
      if let common = theme.common { out += commonTable(common, level: level + 2) }
    }
    return out + "</section>\n"
  }

  /// One group's items as horizontal bars of Σ, with N beside and reversed Σ/N pairs flagged.
  func chart(_ table: ItemTable, cutoff: Int?, level: Int = 3) -> String {
    let maxSum = max(1, table.scores.map(\.sum).max() ?? 1)
    let reversed = table.disagreements.filter { $0.kind == .reversed }
    let flagged = Set(reversed.flatMap { [$0.higher, $0.lower] })
    var out = "<h\(level)>\(Self.escape(table.group)) <small>(\(table.respondents) respondents, "
      + "\(table.answered) answered)</small></h\(level)>\n<table class=\"bars\"><thead><tr><th>#</th><th>item</th>"
      + "<th>Σ</th><th>N</th><th>Σ</th><th></th></tr></thead><tbody>\n"
    for s in table.scores {
      let width = Double(s.sum) / Double(maxSum) * 100
      let above = cutoff.map { s.rankBySum <= $0 } ?? false
      out += "<tr class=\"\(above ? "above" : "below")\"><td class=\"num\">\(s.rankBySum)</td>"
        + "<td>\(Self.escape(s.item))</td><td class=\"num sum\">\(s.sum)</td><td class=\"num\">\(s.n)</td>"
        + "<td class=\"barcell\"><span class=\"bar\" style=\"width:\(String(format: "%.1f", width))%\"></span></td>"
        + "<td>\(flagged.contains(s.item) ? "<span class=\"flag\" title=\"Σ and N order differently\">Σ≠N</span>" : "")</td></tr>\n"
    }
    out += "</tbody></table>\n"
    if !reversed.isEmpty {
      out += "<ul class=\"disagreements\">"
      for d in reversed {
        out += "<li>\(Self.escape(d.higher)) (Σ \(d.higherSum), N \(d.higherN)) above \(Self.escape(d.lower)) "
          + "(Σ \(d.lowerSum), N \(d.lowerN)) by Σ, below it by N</li>"
      }
      out += "</ul>\n"
    }
    return out
  }

  /// The items above the cut-off in every group, with their ranks per group.
  func commonTable(_ r: CommonItemsReport, level: Int = 3) -> String {
    var out = "<h\(level)>Common items (\(r.items.count) above cut-off \(r.cutoff) in all \(r.groups.count) groups of "
      + "\(Self.escape(r.attribute)))</h\(level)>\n<table class=\"common\"><thead><tr><th>item</th><th>Σ</th><th>N</th>"
    out += r.groups.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
    for item in r.items {
      out += "<tr><td>\(Self.escape(item.item))</td><td class=\"num\">\(item.sum)</td><td class=\"num\">\(item.n)</td>"
        + r.groups.map { "<td class=\"num\">\(item.ranks[$0].map(String.init) ?? "")</td>" }.joined() + "</tr>\n"
    }
    return out + "</tbody></table>\n"
  }

  // MARK: - Helpers

  /// HTML text and attribute escaping: the report's (`XMLText`), which also drops characters XML does
  /// not allow.
  static func escape(_ text: String) -> String { XMLText.escape(text) }

  /// The bar and flag styles alone, scoped to the survey section, for a page that has its own styles
  /// (the comparison report embeds the section).
  static let sectionCSS = """
    section.survey .num{text-align:right}section.survey .barcell{width:260px}
    section.survey .bar{display:inline-block;height:12px;background:#4a78b0}
    section.survey tr.below .bar{background:#b7c7db}section.survey tr.above td{font-weight:600}
    section.survey .flag{color:#a33;font-size:.85em}section.survey .disagreements{color:#733;font-size:.9em}
    section.survey small{color:#666;font-weight:normal}
    """

  /// System fonts only: the page must open offline.
  static let css = """
    body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
    table{border-collapse:collapse;margin:.5em 0 1em}td,th{padding:2px 6px;border-bottom:1px solid #ddd;text-align:left}
    .num{text-align:right}.barcell{width:260px}.bar{display:inline-block;height:12px;background:#4a78b0}
    tr.below .bar{background:#b7c7db}tr.above td{font-weight:600}.flag{color:#a33;font-size:.85em}
    .disagreements{color:#733;font-size:.9em}small{color:#666;font-weight:normal}
    """
}
