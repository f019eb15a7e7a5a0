import ThemaExport
import ArgumentParser
import Foundation
import ThemaSurvey

extension Thema {
  /// `thema survey common --by programme`: items above the cut-off in every programme.
  struct SurveyCommon: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "common",
      abstract: "Items above the cut-off in every group of an attribute (every programme), with their ranks.")

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var themeOption: ThemeOption
    @OptionGroup var cutoffOptions: CutoffOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var sheetOutput: SheetOutputOptions

    @Option(help: ArgumentHelp("The attribute whose groups must all agree (e.g. programme).", valueName: "attr"))
    var by: String

    @Option(name: .customLong("min-n"), help: "Only groups with at least this many respondents.")
    var minN = 0

    func run() throws {
      let survey = try surveyOptions.load().survey
      var reports: [CommonItemsReport] = []
      for t in try themeOption.indices(in: survey) {
        let cutoff: Int
        if let fixed = cutoffOptions.cutoff {
          cutoff = fixed
        } else {
          let groups = try cutoffOptions.resolve(survey, mappingSpec: try surveyMappingCutoffGroups(surveyOptions))
          cutoff = try CutoffReport(survey, theme: t, groups: groups).cutoff
        }
        reports.append(try CommonItemsReport(survey, theme: t, cutoff: cutoff, by: by, minRespondents: minN))
      }
      if output.json {
        try Output.json(reports)
        return
      }
      if try sheetOutput.writeIfRequested(reports.map(DataTable.common)) { return }
      for r in reports {
        print("\(r.theme): cut-off \(r.cutoff); \(r.items.count) item(s) above it in all \(r.groups.count) groups of \(r.attribute)")
        if !r.excluded.isEmpty {
          print("  left out (fewer than \(minN) respondents): "
            + r.excluded.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
        }
        var table = TextTable(["item", "Σ", "N"] + r.groups, rightAligned: Set(1..<(3 + r.groups.count)))
        for item in r.items {
          table.append([item.item, "\(item.sum)", "\(item.n)"] + r.groups.map { "\(item.ranks[$0]!)" })
        }
        print(table.render(width: Output.tableWidth(preferred: 160)))
        let near = r.nearMisses.filter { $0.below.count <= max(1, r.groups.count / 3) }
        if !near.isEmpty {
          print("  near misses (below the cut-off in few groups):")
          for miss in near {
            print("    \(miss.item): " + miss.below.sorted { $0.key < $1.key }.map { "\($0.key) rank \($0.value)" }.joined(separator: ", "))
          }
        }
        print("")
      }
    }
  }
}
