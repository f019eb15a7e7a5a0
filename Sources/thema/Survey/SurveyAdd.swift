import ThemaExport
import ArgumentParser
import Foundation
import ThemaStore
import ThemaSurvey

extension Thema {
  /// `thema survey add FILE`: imports a survey export into the project, keeping its original bytes.
  struct SurveyAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Add a survey export (CSV, layout a or b); bad rows are listed, --strict refuses them.")

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: "The CSV export.")
    var file: String

    @Option(help: ArgumentHelp("YAML mapping of columns (default: detect from the header).", valueName: "file"))
    var mapping: String?

    @Option(name: .customLong("max"), help: ArgumentHelp("Maximum selection: rank r earns max − r + 1 points.", valueName: "n"))
    var maxSelection: Int?

    @Flag(help: "Refuse the whole file when any row is bad.")
    var strict = false

    func run() throws {
      let project = try projectOptions.open(create: true)
      let (stored, result) = try project.addSurvey(
        at: file, mappingPath: mapping, maxSelection: maxSelection, strict: strict)
      let survey = result.survey
      print(
        "\(stored.name): \(survey.respondents.count) respondent\(survey.respondents.count == 1 ? "" : "s"), \(survey.themes.count) themes "
          + "(layout \(result.layout == .ranks ? "a, rank columns" : "b, item columns"), "
          + "\(result.encoding.rawValue), delimiter '\(result.delimiter)')")
      for theme in survey.themes {
        print("  \(theme.name): \(theme.items.count) items, maximum selection \(theme.maxSelection)")
      }
      print("  attributes: \(survey.attributeNames.joined(separator: ", "))")
      for warning in result.warnings { Output.warn("warning: \(warning)") }
      if !result.dropped.isEmpty {
        Output.warn("\(result.dropped.count) row(s) left out:")
        for row in result.dropped { Output.warn("  \(row)") }
      }
    }
  }

  /// `thema survey list`: the stored surveys and what was left out of each.
  struct SurveyList: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the surveys in the project, with dropped rows and warnings.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
      let surveys = try projectOptions.open().surveys()
      if output.json {
        try Output.json(surveys)
        return
      }
      var table = TextTable(["id", "name", "respondents", "dropped", "layout", "encoding", "added"], rightAligned: [0, 2, 3])
      for s in surveys {
        table.append([
          "\(s.id)", s.name, "\(s.respondents)", "\(s.dropped.count)", s.layout, s.encoding,
          ISO8601DateFormatter().string(from: s.importedAt),
        ])
      }
      print(table.render(width: Output.tableWidth()))
      for s in surveys where !s.dropped.isEmpty {
        print("\n\(s.name): rows left out")
        for row in s.dropped { print("  \(row)") }
      }
    }
  }
}
