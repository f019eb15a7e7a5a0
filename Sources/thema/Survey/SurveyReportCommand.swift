import ArgumentParser
import Foundation
import ThemaExport
import ThemaSurvey

extension Thema {
  /// `thema survey report --out DIR`: the survey as a self-contained HTML page (survey.html).
  struct SurveyReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Write survey.html: Σ bars per item per group, Σ/N disagreements, cut-off, common items.")

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var cutoffOptions: CutoffOptions

    @Option(help: ArgumentHelp("Charts per value of this attribute; also the common items' groups.", valueName: "attr"))
    var by = "programme"

    @Option(name: .customLong("min-n"), help: "Common items: only groups with at least this many respondents.")
    var minN = 0

    @Option(help: "The folder to write survey.html into (created if missing).")
    var out: String

    func run() throws {
      try Self.write(
        options: surveyOptions, cutoffOptions: cutoffOptions, by: by, minN: minN, out: URL(fileURLWithPath: out))
    }

    /// Computes the survey report and writes `survey.html` into `folder`; also used by `thema report`,
    /// which embeds the returned report in its page as well.
    @discardableResult
    static func write(
      options: SurveyOptions, cutoffOptions: CutoffOptions, by: String, minN: Int, out folder: URL
    ) throws -> (file: URL, report: SurveyReport) {
      let survey = try options.load().survey
      let groups = [SurveyGroup.whole] + (survey.attributeNames.contains(by) ? try survey.groups(by: by) : [])
      let mappingSpec = try surveyMappingCutoffGroups(options)
      let cutoffGroups: [SurveyGroup]? =
        (cutoffOptions.groups ?? mappingSpec) == nil ? nil : try cutoffOptions.resolve(survey, mappingSpec: mappingSpec)
      if cutoffGroups == nil { Output.warn("no --groups and no cutoffGroups in the mapping: no cut-off, no common items") }
      let report = try SurveyReport(
        survey, groups: groups, cutoffGroups: cutoffGroups,
        commonBy: survey.attributeNames.contains(by) ? by : nil, cutoffOverride: cutoffOptions.cutoff,
        minRespondents: minN)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let file = folder.appendingPathComponent("survey.html")
      try report.html().write(to: file, atomically: true, encoding: .utf8)
      print("Wrote \(file.path) (\(report.themes.count) theme(s), \(groups.count) group(s)).")
      return (file, report)
    }
  }
}
