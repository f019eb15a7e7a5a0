import Foundation
import Testing
import ThemaSurvey

@testable import ThemaExport

/// The survey page and sheets, computed from the committed sample export (Corpora/mli/survey).
@Suite("Survey report and sheets")
struct SurveyReportTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpora/mli/survey")

  static func survey() throws -> Survey {
    let data = try Data(contentsOf: folder.appendingPathComponent("mli-enquete-a.csv"))
    let mapping = try SurveyMapping.parse(
      yaml: String(contentsOf: folder.appendingPathComponent("mli-enquete-a.yaml"), encoding: .utf8),
      file: "mli-enquete-a.yaml")
    return try SurveyImporter.importSurvey(data, name: "mli-enquete-a.csv", mapping: mapping).survey
  }

  static func report() throws -> SurveyReport {
    let survey = try survey()
    return try SurveyReport(
      survey, groups: [.whole] + survey.groups(by: "programme"),
      cutoffGroups: [.whole] + survey.groups(spec: "role=alumnus,student,staff"), commonBy: "programme")
  }

  @Test func pageHoldsPublishedSumsAndNoExternalReferences() throws {
    let report = try Self.report()
    let html = report.html()
    // Published: Σ 2100, N 316 for this Leren item over everyone (PUBLISHED_FIGURES.md).
    let item = "<td>Stimuleren van een lerende cultuur in de hele organisatie</td><td class=\"num sum\">2100</td>"
      + "<td class=\"num\">316</td>"
    #expect(html.contains(item))
    #expect(!html.contains("http"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("@font-face") && !html.contains("url("))
    // Every theme has a heading, a cut-off line and a common-items table.
    #expect(report.themes.count == (try Self.survey()).themes.count)
    for theme in report.themes {
      #expect(html.contains("<h2 id=\"survey-theme-"))
      #expect(theme.cutoff != nil && theme.common != nil)
      #expect(html.contains("Cut-off: <strong>\(theme.cutoff!.cutoff)</strong>"))
    }
    // Each group's chart has one bar per item of its theme.
    let bars = html.components(separatedBy: "class=\"bar\"").count - 1
    #expect(bars == report.themes.reduce(0) { $0 + $1.tables.reduce(0) { $0 + $1.scores.count } })
  }

  @Test func disagreementsAreFlagged() throws {
    let report = try Self.report()
    let html = report.html()
    let reversed = report.themes.flatMap(\.tables).flatMap(\.disagreements).filter { $0.kind == .reversed }
    for d in reversed {
      #expect(html.contains("\(SurveyReport.escape(d.higher)) (Σ \(d.higherSum), N \(d.higherN)) above"))
    }
    #expect(html.contains("Σ≠N") == !reversed.isEmpty)
  }

  @Test func sheetsHoldNumbersAsNumbers() throws {
    let survey = try Self.survey()
    let groups = [SurveyGroup.whole] + (try survey.groups(spec: "role=alumnus,student,staff"))
    let cutoff = try CutoffReport(survey, theme: 0, groups: groups)
    let common = try CommonItemsReport(survey, theme: 0, cutoff: cutoff.cutoff, by: "programme")
    let cross = try CrossTab(survey, row: "programme", column: "role")
    let sheets = [DataTable.cutoff(cutoff), DataTable.common(common), DataTable.crosstab(cross)]
    // Cut-off sheet: column F holds the whole group's Σ at position 1, written as a number.
    #expect(sheets[0].rows[0][5] == .integer(cutoff.tables[0].scores[0].sum))
    #expect(sheets[1].rows.count == common.items.count)
    #expect(sheets[2].rows.last?.last == .integer(cross.total))
    let entries = try XLSXTests.entries(try XLSXWriter(sheets: sheets).data())
    for index in 1...3 {
      let xml = String(decoding: entries["xl/worksheets/sheet\(index).xml"]!, as: UTF8.self)
      #expect(xml.contains("<c r=\"A2\""))
      // Numbers are plain `<v>` cells, not inline strings.
      #expect(xml.contains("<v>"), "sheet \(index) has no numeric cell")
    }
    let crossXML = String(decoding: entries["xl/worksheets/sheet3.xml"]!, as: UTF8.self)
    #expect(crossXML.contains("<v>\(cross.total)</v>"))
    #expect(!crossXML.contains("<t xml:space=\"preserve\">\(cross.total)</t>"))
  }

  @Test func comparisonReportEmbedsTheSurveyOnlyWhenSet() throws {
    var report = try HTMLReportTests.report()
    let without = report.html()
    #expect(!without.contains("id=\"survey\""))
    #expect(!without.contains("href=\"#survey\""))
    report.survey = try Self.report()
    let html = report.html()
    #expect(html.contains("<a href=\"#survey\">Survey</a>"))
    // The section sits inside the page's main part, with headings one level down, and its figures.
    let section = try #require(html.range(of: "<section class=\"survey\" id=\"survey\"><h2>"))
    let main = try #require(html.range(of: "</main>"))
    #expect(section.upperBound < main.lowerBound)
    #expect(html.contains("<td>Stimuleren van een lerende cultuur in de hele organisatie</td><td class=\"num sum\">2100</td>"))
    #expect(html.contains("<h3 id=\"survey-theme-1\">"))
    #expect(html.contains("section.survey .bar{"))
    #expect(!html.contains("survey.html"))
  }

  @Test(.enabled(if: BrowserTests.chromium != nil, "no Chromium binary on this machine"))
  func browserShowsTheSums() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-survey-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("survey.html")
    try Self.report().html().write(to: file, atomically: true, encoding: .utf8)
    let dom = try BrowserTests.chromium(
      ["--dump-dom", file.absoluteString], profile: folder.appendingPathComponent("profile"))
    #expect(dom.status == 0, "\(dom.stderr.suffix(2000))")
    #expect(BrowserTests.consoleErrors(dom.stderr).isEmpty)
    #expect(dom.stdout.contains("<td class=\"num sum\">2100</td>"))
  }
}
