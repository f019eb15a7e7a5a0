import Foundation
import Testing
@testable import ThemaSurvey

/// Cut-off on small hand-made surveys.
@Suite struct CutoffTests {
  /// A survey of one theme with items A…E where each group's respondents rank the given orders.
  func survey(_ orders: [String: [[String]]]) -> Survey {
    let items = ["A", "B", "C", "D", "E"]
    var respondents: [Respondent] = []
    for (group, lists) in orders.sorted(by: { $0.key < $1.key }) {
      for list in lists {
        let choices = list.enumerated().map { RankedChoice(item: items.firstIndex(of: $1)!, rank: $0 + 1) }
        respondents.append(
          Respondent(id: "R\(respondents.count)", row: respondents.count + 2, attributes: ["role": [group]], choices: [choices]))
      }
    }
    return Survey(
      name: "t", themes: [SurveyTheme(name: "T", items: items, maxSelection: 5)], respondents: respondents,
      attributeNames: ["role"], groupings: ["role": ["staff": ["docent", "lector"]]])
  }

  @Test func identicalOrderingsNeverDiverge() throws {
    let s = survey(["x": [["A", "B", "C", "D", "E"]], "y": [["A", "B", "C", "D", "E"]]])
    let report = try CutoffReport(s, theme: 0, groups: try s.groups(by: "role"))
    #expect(report.orderCutoff == 5)
    #expect(report.setCutoff == 4)  // limited to fewer than the number of items
    #expect(report.concordance?.w == 1)
    #expect(report.pairs.first?.kendallTauB == 1)
  }

  @Test func aSwapInsideTheTopKeepsTheSetsButNotTheOrder() throws {
    let s = survey(["x": [["A", "B", "C", "D", "E"]], "y": [["B", "A", "C", "E", "D"]]])
    let report = try CutoffReport(s, theme: 0, groups: try s.groups(by: "role"))
    #expect(report.orderCutoff == 0)
    #expect(report.setCutoff == 3)
    #expect(report.agreement.map(\.setsAgree) == [false, true, true, false, true])
    #expect(report.cutoff == 0)
    let overridden = try CutoffReport(s, theme: 0, groups: try s.groups(by: "role"), override: 3)
    #expect(overridden.cutoff == 3)
  }

  @Test func tiesAgreeOnlyWhenTheSameItemsAreTied() throws {
    // x: A and B tied on top; y: A above B
    let s = survey([
      "x": [["A", "B", "C"], ["B", "A", "C"]],
      "y": [["A", "B", "C"], ["A", "B", "C"]],
    ])
    let report = try CutoffReport(s, theme: 0, groups: try s.groups(by: "role"))
    #expect(report.orderCutoff == 0)
    #expect(report.setCutoff == 4)
  }

  @Test func namedGroupingsAndUnknownValues() throws {
    let s = survey(["docent": [["A"]], "lector": [["B"]], "student": [["C"]]])
    let staff = try s.group(attribute: "role", value: "staff")
    #expect(SurveyAnalysis.table(s, theme: 0, group: staff).respondents == 2)
    #expect(throws: SurveyAnalysisError.self) { try s.group(attribute: "role", value: "rector") }
    #expect(throws: SurveyAnalysisError.self) { try s.groups(spec: "role") }
    let adHoc = try s.groups(spec: "role=student,team:docent+lector")
    #expect(adHoc.map(\.name) == ["student", "team"])
    #expect(SurveyAnalysis.table(s, theme: 0, group: adHoc[1]).respondents == 2)
    #expect(throws: SurveyAnalysisError.tooFewGroups(1)) { try CutoffReport(s, theme: 0, groups: [.whole]) }
  }

  @Test func commonItemsHonourTheMinimumGroupSize() throws {
    let s = survey([
      "x": [["A", "B", "C"], ["A", "B", "C"]],
      "y": [["A", "C", "B"], ["A", "C", "B"]],
      "z": [["E", "D"]],
    ])
    let all = try CommonItemsReport(s, theme: 0, cutoff: 1, by: "role")
    #expect(all.items.isEmpty)
    let big = try CommonItemsReport(s, theme: 0, cutoff: 1, by: "role", minRespondents: 2)
    #expect(big.items.map(\.item) == ["A"])
    #expect(big.excluded == ["z": 1])
    #expect(big.items[0].ranks == ["x": 1, "y": 1])
  }
}

/// The fast membership lookup agrees with `SurveyGroup.contains` on every respondent.
@Suite struct MembershipTests {
  @Test func fastMembershipMatchesContains() throws {
    let survey = SampleSurvey.a.survey
    let groups = [SurveyGroup.whole] + (try survey.groups(by: "sector"))
      + (try survey.groups(spec: "role=alumnus,staff,student"))
    let fast = SurveyAnalysis.membership(survey, groups: groups)
    for (r, respondent) in survey.respondents.enumerated() {
      #expect(fast[r] == groups.indices.filter { groups[$0].contains(respondent) })
    }
  }
}
