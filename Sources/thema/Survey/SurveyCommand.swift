import ArgumentParser
import Foundation
import ThemaStore
import ThemaSurvey

extension Thema {
  /// `thema survey`: ranking surveys — Σ and N per item, cut-off, common items, cross-tabs.
  struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "survey",
      abstract: "Ranking surveys: add an export, then Σ and N per item, cut-off, common items, cross-tabs.",
      subcommands: [
        SurveyAdd.self, SurveyList.self, SurveyItems.self, SurveyCutoff.self, SurveyCommon.self,
        SurveyCrosstab.self, SurveyReportCommand.self,
      ])
  }
}

/// Which stored survey an analysis reads.
struct SurveyOptions: ParsableArguments {
  @OptionGroup var projectOptions: ProjectOptions

  @Option(help: ArgumentHelp("The survey (file name as added; default: the newest).", valueName: "name"))
  var survey: String?

  /// Re-reads the stored survey from its original bytes; notes dropped rows on standard error.
  func load() throws -> SurveyImportResult {
    let result = try projectOptions.open().loadSurvey(named: survey)
    if !result.dropped.isEmpty {
      Output.warn(
        "note: \(result.dropped.count) row(s) of \(result.survey.name) were left out at import "
          + "('thema survey list' shows them)")
    }
    return result
  }
}

/// `--theme T`: one theme, or all.
struct ThemeOption: ParsableArguments {
  @Option(help: ArgumentHelp("Only this theme (default: every theme).", valueName: "theme"))
  var theme: String?

  func indices(in survey: Survey) throws -> [Int] {
    guard let theme else { return Array(survey.themes.indices) }
    guard let index = survey.themeIndex(named: theme) else {
      throw SurveyAnalysisError.unknownTheme(theme, known: survey.themes.map(\.name))
    }
    return [index]
  }
}

/// The groups and cut-off shared by `cutoff` and `common`.
struct CutoffOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Groups to compare, ATTR=V1,V2,... (values or named groupings; default: the mapping's cutoffGroups).",
      valueName: "spec"))
  var groups: String?

  @Flag(help: "Leave the whole group out of the comparison (it is included by default).")
  var noWhole = false

  @Option(help: ArgumentHelp("Use this cut-off instead of the computed one.", valueName: "k"))
  var cutoff: Int?

  func resolve(_ survey: Survey, mappingSpec: String?) throws -> [SurveyGroup] {
    guard let spec = groups ?? mappingSpec else {
      throw ValidationError("name the groups to compare: --groups ATTR=V1,V2,... (e.g. role=alumnus,student,staff)")
    }
    return (noWhole ? [] : [.whole]) + (try survey.groups(spec: spec))
  }
}

/// Formatting shared by the survey commands.
enum SurveyFormat {
  /// "3" or "=3" when tied.
  static func rank(_ rank: Int, tied: Bool) -> String { tied ? "=\(rank)" : "\(rank)" }

  static func decimal(_ value: Double?, _ digits: Int = 3) -> String {
    guard let value, value.isFinite else { return "–" }
    return String(format: "%.\(digits)f", value)
  }

  static func pValue(_ p: Double) -> String { p < 0.001 ? "< 0.001" : String(format: "%.3f", p) }
}
