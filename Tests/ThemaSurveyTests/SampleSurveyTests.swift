import Foundation
import Testing
@testable import ThemaSurvey

/// The sample MLI survey reproduces the published tables.
@Suite struct SampleSurveyTests {
  let survey = SampleSurvey.a.survey

  @Test func importsEveryRespondentOfBothLayouts() {
    #expect(SampleSurvey.a.dropped.isEmpty)
    #expect(SampleSurvey.b.dropped.isEmpty)
    #expect(survey.respondents.count == 441)
    #expect(SampleSurvey.a.encoding == .utf8BOM)
    #expect(SampleSurvey.a.delimiter == ";")
    #expect(SampleSurvey.b.delimiter == ",")
    #expect(SampleSurvey.a.layout == .ranks)
    #expect(SampleSurvey.b.layout == .items)
    for theme in survey.themes {
      #expect(theme.items.count == PublishedFigures.themeSizes[theme.name])
      #expect(theme.maxSelection == 10)
    }
  }

  @Test func table1EveryCell() throws {
    let table = try CrossTab(survey, row: "programme", column: "role")
    for (index, (programme, cells)) in PublishedFigures.table1.enumerated() {
      for (role, expected) in zip(PublishedFigures.roles, cells) {
        #expect((table.count(row: programme, column: role) ?? 0) == expected, "\(programme) × \(role)")
      }
      #expect(table.rowTotal(programme) == PublishedFigures.table1RowTotals[index])
    }
    for (role, expected) in zip(PublishedFigures.roles, PublishedFigures.table1ColumnTotals) {
      #expect(table.columnTotal(role) == expected)
    }
    #expect(table.total == 441)
  }

  @Test func table2EveryCellAndTheTrueTotals() throws {
    let table = try CrossTab(survey, row: "sector", column: "role")
    for (sector, cells) in PublishedFigures.table2 {
      for (role, expected) in zip(PublishedFigures.roles, cells) {
        #expect(table.count(row: sector, column: role) == expected, "\(sector) × \(role)")
      }
      #expect(table.rowTotal(sector) == cells.reduce(0, +))
    }
    #expect(table.rowTotal("HRD") == 13)
    #expect(table.rowTotal("Bedrijfsleven") == 16)
    #expect(table.total == 493)
    #expect(table.respondents == 441)
  }

  @Test func table3OptionCounts() throws {
    let expected: [(String, String, Int)] = [
      ("positioning", "formele voortrekker van innovatie in het team", 346),
      ("positioning", "informeel leider die vooral zelf uitvoert", 186),
      ("positioning", "informeel leider die niet per se zelf uitvoert", 176),
      ("positioning", "naast de schoolleider gepositioneerd", 122),
      ("level", "meso", 272), ("level", "beleid", 170), ("level", "micro", 117),
      ("task", "innovator", 359), ("task", "voortrekker van professionalisering", 311),
      ("task", "onderzoeker", 197), ("task", "docent/HRD", 175),
    ]
    for (attribute, option, n) in expected {
      #expect(try CrossTab(survey, row: attribute, column: "role").rowTotal(option) == n, "\(option)")
    }
  }

  @Test func printedTable2MismatchesArePointedOut() throws {
    let printed = try PrintedTable.parse(PublishedFigures.table2Markdown, file: "tabel2.md")
    let mismatches = printed.compare(with: try CrossTab(survey, row: "sector", column: "role"))
    #expect(!mismatches.contains { $0.kind == .cell })
    let rows = Set(mismatches.compactMap(\.row))
    #expect(rows == ["HRD", "Bedrijfsleven"])
    #expect(mismatches.contains(PrintedMismatch(kind: .rowTotal, row: "HRD", column: nil, printed: 12, computed: 13)))
    #expect(mismatches.contains(PrintedMismatch(kind: .rowTotalNotCellSum, row: "Bedrijfsleven", column: nil, printed: 17, computed: 16)))
  }

  @Test func table4EverySumAndN() throws {
    for (themeName, item, sum, n) in PublishedFigures.table4 {
      let t = try #require(survey.themeIndex(named: themeName))
      let score = try #require(SurveyAnalysis.table(survey, theme: t, group: .whole).score(of: item))
      #expect(score.sum == sum, "\(item)")
      #expect(score.n == n, "\(item)")
    }
  }

  @Test func theProcedureFindsThePublishedCommonItems() throws {
    let groups = [SurveyGroup.whole] + (try survey.groups(spec: "role=alumnus,student,staff"))
    for (t, theme) in survey.themes.enumerated() {
      let published = PublishedFigures.table4.filter { $0.0 == theme.name }.map(\.1)
      let cutoff = try CutoffReport(survey, theme: t, groups: groups)
      #expect(cutoff.orderCutoff == published.count, "\(theme.name)")
      #expect(cutoff.setCutoff == published.count, "\(theme.name)")
      let common = try CommonItemsReport(survey, theme: t, cutoff: cutoff.cutoff, by: "programme")
      #expect(common.items.map(\.item) == published, "\(theme.name)")
      #expect(common.groups.count == 9)
      for item in common.items { #expect(item.ranks.values.allSatisfy { $0 <= published.count }) }
    }
  }

  @Test func theSumNDisagreementIsFlagged() throws {
    let t = try #require(survey.themeIndex(named: "Persoonskenmerken"))
    let table = SurveyAnalysis.table(survey, theme: t, group: .whole)
    #expect(table.disagreements.contains {
      $0.kind == .reversed && $0.higher == "Nieuwsgierig zijn" && $0.lower == "Praktijk en theorie verbindend zijn"
    })
    // the N tie of 255 is shown as a tie
    let onderzoekend = try #require(table.score(of: "Onderzoekend zijn"))
    let praktijk = try #require(table.score(of: "Praktijk en theorie verbindend zijn"))
    #expect(onderzoekend.rankByN == praktijk.rankByN)
    #expect(table.disagreements.contains {
      $0.kind == .tiedByN && $0.higher == "Onderzoekend zijn" && $0.lower == "Praktijk en theorie verbindend zijn"
    })
  }

  @Test func layoutsAAndBGiveIdenticalResults() throws {
    let a = SampleSurvey.a.survey
    let b = SampleSurvey.b.survey
    #expect(a.respondents.count == b.respondents.count)
    for attribute in ["programme", "role", "sector"] {
      let ga = [SurveyGroup.whole] + (try a.groups(by: attribute))
      let gb = [SurveyGroup.whole] + (try b.groups(by: attribute))
      let ta = SurveyAnalysis.tables(a, groups: ga)
      let tb = SurveyAnalysis.tables(b, groups: gb)
      // same tables, compared by item label (the layouts list items in the same order here, but the
      // comparison must not rely on it)
      for (x, y) in zip(ta.joined(), tb.joined()) {
        #expect(x.group == y.group && x.respondents == y.respondents)
        #expect(Set(x.scores) == Set(y.scores))
      }
    }
    for (ra, rb) in zip(a.respondents, b.respondents) {
      #expect(ra.id == rb.id && ra.attributes == rb.attributes)
      for t in a.themes.indices {
        #expect(ra.choices[t].map { a.themes[t].items[$0.item] } == rb.choices[t].map { b.themes[t].items[$0.item] })
      }
    }
  }

  @Test func detectionWithoutMappingGivesTheSameSums() throws {
    for layout in ["a", "b"] {
      let result = try SampleSurvey.load(layout, mapping: false)
      #expect(result.dropped.isEmpty)
      #expect(Set(result.survey.attributeNames).isSuperset(of: ["programme", "role", "sector"]))
      for (themeName, item, sum, n) in PublishedFigures.table4 {
        let t = try #require(result.survey.themeIndex(named: themeName))
        let score = SurveyAnalysis.table(result.survey, theme: t, group: .whole).score(of: item)
        #expect(score?.sum == sum && score?.n == n, "\(layout): \(item)")
      }
    }
  }
}
