import ArgumentParser
import Foundation
import ThemaAnalysis
import ThemaExport

extension Thema {
  /// `thema report --out DIR`: the HTML report and the XLSX workbook.
  struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Write the report researchers open: report.html (self-contained, the survey included) and report.xlsx.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "The folder to write report.html and report.xlsx into.")
    var out: String

    @Option(help: "Attribute(s) the report compares by, comma-separated.")
    var by = "programme"

    @Option(help: "Concept tree depth in the matrix (default: every concept).")
    var depth: Int?

    @Flag(help: "Add a last column to the matrix and levels for the segments without a value for --by (otherwise left out, and counted in a note).")
    var unassigned = false

    func run() throws {
      let project = try projectOptions.open()
      let keys = by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      let hasSurvey = !(try project.surveys()).isEmpty
      let data: AnalysisData
      do {
        data = try analysis.load(project)
      } catch AnalysisError.noCodebook where hasSurvey && analysis.codebook == nil {
        // A survey-only project: there is nothing coded to compare, but the survey report stands alone.
        print("Note: no codebook has been applied to this project; the report holds the survey only.")
        try writeSurvey(by: keys)
        return
      }
      var report = try AnalysisReport(
        data: data, by: keys, depth: depth, filter: analysis.filter(), projectPath: project.path,
        unassigned: unassigned)
      if hasSurvey { report.survey = try writeSurvey(by: keys) }
      let files = try report.write(to: URL(fileURLWithPath: out))
      print("Report: \(files.html.path)\(hasSurvey ? " (with the survey)" : "")")
      print("Workbook: \(files.xlsx.path)")
      print("Codings counted: \(data.scope.resolved.rawValue) — \(data.scope.note)")
      for warning in report.matrix.warnings { print("Note: \(warning)") }
    }

    /// Writes survey.html next to the report (the survey report with default cut-offs) and returns it,
    /// for the report page to embed.
    @discardableResult
    private func writeSurvey(by keys: [String]) throws -> SurveyReport {
      var options = try SurveyOptions.parse([])
      options.projectOptions = projectOptions
      let written = try SurveyReportCommand.write(
        options: options, cutoffOptions: try CutoffOptions.parse([]), by: keys.first ?? "programme", minN: 0,
        out: URL(fileURLWithPath: out))
      print("Survey: \(written.file.path)")
      return written.report
    }
  }
}
