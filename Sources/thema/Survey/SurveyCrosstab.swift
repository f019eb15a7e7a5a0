import ThemaExport
import ArgumentParser
import Foundation
import ThemaSurvey

extension Thema {
  /// `thema survey crosstab ROW COL`: respondents by two attributes, as in the article's tables.
  struct SurveyCrosstab: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "crosstab",
      abstract: "Cross-tab of two respondent attributes with totals (multi-valued: counted per mention).")

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var sheetOutput: SheetOutputOptions

    @Argument(help: "Row attribute (e.g. programme, sector).")
    var row: String

    @Argument(help: "Column attribute (e.g. role).")
    var column: String

    @Option(
      name: .customLong("compare-printed"),
      help: ArgumentHelp("A printed table (Markdown or CSV) to check against the data.", valueName: "file"))
    var comparePrinted: String?

    func run() throws {
      let survey = try surveyOptions.load().survey
      let table = try CrossTab(survey, row: row, column: column)
      var mismatches: [PrintedMismatch]?
      if let comparePrinted {
        let text = try String(contentsOfFile: comparePrinted, encoding: .utf8)
        mismatches = try PrintedTable.parse(text, file: comparePrinted).compare(with: table)
      }
      if output.json {
        try Output.json(CrosstabJSON(table: table, mismatches: mismatches))
        return
      }
      if try sheetOutput.writeIfRequested([DataTable.crosstab(table)]) { return }
      var text = TextTable([row] + table.columns + ["total"], rightAligned: Set(1...(table.columns.count + 1)))
      for (r, name) in table.rows.enumerated() {
        text.append([name] + table.counts[r].map(String.init) + ["\(table.rowTotals[r])"])
      }
      text.append(["total"] + table.columnTotals.map(String.init) + ["\(table.total)"])
      print(text.render(width: Output.tableWidth(preferred: 140)))
      if table.total != table.respondents {
        print("\(table.respondents) respondents; totals count mentions (a respondent may have several values).")
      }
      if table.withoutValue > 0 {
        print("\(table.withoutValue) respondent(s) without a value for \(row) or \(column) are not in the table.")
      }
      if let mismatches {
        if mismatches.isEmpty {
          print("The printed table matches the data.")
        } else {
          print("The printed table differs in \(mismatches.count) place(s):")
          for m in mismatches { print("  \(m)") }
        }
      }
    }
  }
}

/// JSON of `thema survey crosstab`.
struct CrosstabJSON: Encodable {
  var table: CrossTab
  var mismatches: [PrintedMismatch]?
}
