import ArgumentParser
import Foundation
import ThemaAnalysis
import ThemaExport

extension Thema {
  /// `thema report --out DIR`: the HTML report and the XLSX workbook.
  struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Write the report researchers open: report.html (self-contained) and report.xlsx.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "The folder to write report.html and report.xlsx into.")
    var out: String

    @Option(help: "Attribute(s) the report compares by, comma-separated.")
    var by = "programme"

    @Option(help: "Concept tree depth in the matrix (default: every concept).")
    var depth: Int?

    func run() throws {
      let project = try projectOptions.open()
      let data = try analysis.load(project)
      let keys = by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      var report = try AnalysisReport(
        data: data, by: keys, depth: depth, filter: analysis.filter(), projectPath: project.path)
      let hasSurvey = !(try project.surveys()).isEmpty
      if hasSurvey { report.surveyPage = "survey.html" }
      let files = try report.write(to: URL(fileURLWithPath: out))
      print("Report: \(files.html.path)")
      print("Workbook: \(files.xlsx.path)")
      print("Codings counted: \(data.scope.resolved.rawValue) — \(data.scope.note)")
      for warning in report.matrix.warnings { print("Note: \(warning)") }
      if hasSurvey {
        var options = try SurveyOptions.parse([])
        options.projectOptions = projectOptions
        let written = try SurveyReportCommand.write(
          options: options, cutoffOptions: try CutoffOptions.parse([]), by: keys.first ?? "programme", minN: 0,
          out: URL(fileURLWithPath: out))
        print("Survey: \(written.path)")
      }
    }
  }
}
