import Foundation
import Testing
import ThemaStore
@testable import ThemaSurvey

/// Surveys kept in the project file are re-read from their exact original bytes.
@Suite struct StoreTests {
  @Test func addAndReloadKeepsTheOriginalBytes() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("survey-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let project = try Project.open(at: directory.appendingPathComponent("p.sqlite").path)
    let csv = SampleSurvey.folder.appendingPathComponent("mli-enquete-a.csv")
    let (stored, result) = try project.addSurvey(
      at: csv.path, mappingPath: SampleSurvey.folder.appendingPathComponent("mli-enquete-a.yaml").path)
    #expect(try project.surveyOriginal(id: stored.id) == Data(contentsOf: csv))
    let reloaded = try project.loadSurvey()
    #expect(reloaded.survey == result.survey)
    #expect(try project.surveys().map(\.respondents) == [441])
    #expect(throws: SurveyStoreError.self) { try project.loadSurvey(named: "elders.csv") }
  }

  @Test func syntheticSurveyIsAnalysable() throws {
    let survey = SurveyBenchmark.syntheticSurvey(respondents: 500)
    let result = try SurveyBenchmark.run(survey)
    #expect(result.tables == 5 * (9 + 6))
    let whole = SurveyAnalysis.table(survey, theme: 0, group: .whole)
    #expect(whole.scores.reduce(0) { $0 + $1.n } == 500 * 10)
    #expect(whole.scores.reduce(0) { $0 + $1.sum } == 500 * 55)
  }
}
