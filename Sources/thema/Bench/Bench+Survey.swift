import ArgumentParser
import Foundation
import ThemaIngest
import ThemaSurvey

extension Thema.Bench {
  /// Analyses a generated ranking survey per programme and per role. Target (issue 8): 100,000
  /// respondents × 5 themes × 10 ranks in under 2 s (release build).
  struct SurveyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "survey", abstract: "Analyse a generated ranking survey per programme and role (issue 8 target).")

    @Option(help: "Number of respondents.")
    var respondents = 100_000

    func run() throws {
      let survey = SurveyBenchmark.syntheticSurvey(respondents: respondents)
      let baseline = ResourceUsage.peakResidentBytes() ?? 0
      let result = try SurveyBenchmark.run(survey)
      let peak = ResourceUsage.peakResidentBytes() ?? 0
      print("survey: \(respondents) respondents × \(survey.themes.count) themes × 10 ranks, \(result.tables) item tables")
      print(String(format: "analysis per programme and per role: %.3f s", result.analysisSeconds))
      print(String(format: "cut-off (whole + alumni/students/staff) and common items per programme: %.3f s", result.procedureSeconds))
      print("peak resident memory \(ResourceUsage.megabytes(peak)) (after generating: \(ResourceUsage.megabytes(baseline)))")
    }
  }
}
