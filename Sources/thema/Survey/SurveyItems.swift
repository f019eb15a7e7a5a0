import ThemaExport
import ArgumentParser
import CSV
import Foundation
import ThemaSurvey

extension Thema {
  /// `thema survey items`: Σ and N per item, ordered by Σ with the order by N beside it.
  struct SurveyItems: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "items",
      abstract: "Σ and N per item for the whole group or per attribute value; Σ/N disagreements flagged.")

    enum Format: String, ExpressibleByArgument { case table, csv, xlsx }

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var themeOption: ThemeOption

    @Option(help: ArgumentHelp("Also per value of this attribute (and its named groupings).", valueName: "attr"))
    var by: String?

    @Option(help: "Print only the first k items per table (JSON and CSV always hold all).")
    var top: Int?

    @Flag(help: "Print JSON (fields in the README).")
    var json = false

    @Option(help: "table, csv or xlsx (xlsx needs --out).")
    var format: Format = .table

    @Option(help: "The file to write with --format xlsx.")
    var out: String?

    func validate() throws {
      if format == .xlsx && out == nil { throw ValidationError("--format xlsx needs --out FILE.") }
    }

    func run() throws {
      let survey = try surveyOptions.load().survey
      var groups = [SurveyGroup.whole]
      if let by {
        groups += try survey.groups(by: by)
        for name in (survey.groupings[by] ?? [:]).keys.sorted() {
          groups.append(try survey.group(attribute: by, value: name))
        }
      }
      let themes = try themeOption.indices(in: survey)
      let tables = themes.flatMap { SurveyAnalysis.tables(survey, theme: $0, groups: groups) }
      if json {
        try Output.json(ItemsJSON(items: tables.flatMap(\.scores), disagreements: tables.flatMap { table in
          table.disagreements.map { DisagreementJSON(theme: table.theme, group: table.group, disagreement: $0) }
        }))
        return
      }
      if format == .csv {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: ["theme", "group", "item", "sum", "n", "rankBySum", "rankByN", "meanPoints", "share"])
        for table in tables {
          for s in table.scores {
            try writer.write(row: [
              s.theme, s.group, s.item, "\(s.sum)", "\(s.n)", "\(s.rankBySum)", "\(s.rankByN)",
              SurveyFormat.decimal(s.meanPoints), SurveyFormat.decimal(s.share),
            ])
          }
        }
        writer.stream.close()
        Output.bytes(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data())
        return
      }
      if format == .xlsx, let out {
        try XLSXWriter(sheets: tables.map(Self.sheet)).write(to: URL(fileURLWithPath: out))
        print("Wrote \(tables.count) sheet(s) to \(out).")
        return
      }
      for table in tables { print(render(table) + "\n") }
    }

    /// One workbook sheet per theme and group: numbers as numbers, Σ and N orderings side by side.
    static func sheet(_ table: ItemTable) -> DataTable {
      DataTable(
        title: "\(table.theme) – \(table.group)",
        headers: ["rank by sum", "rank by n", "item", "sum", "n", "mean points", "share"],
        rows: table.scores.map { s in
          [
            .integer(s.rankBySum), .integer(s.rankByN), .text(s.item), .integer(s.sum), .integer(s.n),
            .decimal(s.meanPoints, digits: 2), .percent(s.share),
          ]
        }, labelColumns: 3)
    }

    func render(_ table: ItemTable) -> String {
      let sumCounts = Dictionary(grouping: table.scores, by: \.rankBySum).mapValues(\.count)
      let nCounts = Dictionary(grouping: table.scores, by: \.rankByN).mapValues(\.count)
      let reversed = Set(table.disagreements.filter { $0.kind == .reversed }.flatMap { [$0.higher, $0.lower] })
      var text = TextTable(["by Σ", "by N", "item", "Σ", "N", "mean", "share", ""], rightAligned: [0, 1, 3, 4, 5, 6])
      for s in table.scores.prefix(top ?? Int.max) {
        text.append([
          SurveyFormat.rank(s.rankBySum, tied: sumCounts[s.rankBySum]! > 1),
          SurveyFormat.rank(s.rankByN, tied: nCounts[s.rankByN]! > 1), s.item, "\(s.sum)", "\(s.n)",
          String(format: "%.2f", s.meanPoints), String(format: "%.0f%%", s.share * 100),
          reversed.contains(s.item) ? "Σ≠N" : "",
        ])
      }
      var lines = [
        "\(table.theme) — \(table.group) (\(table.respondents) respondents, \(table.answered) answered this theme)",
        text.render(width: Output.tableWidth(preferred: 120)),
      ]
      let shown = Set(table.scores.prefix(top ?? Int.max).map(\.item))
      let flagged = table.disagreements.filter { $0.kind == .reversed && shown.contains($0.higher) && shown.contains($0.lower) }
      if !flagged.isEmpty {
        lines.append("Σ and N order these pairs differently:")
        for d in flagged {
          lines.append("  \(d.higher) (Σ \(d.higherSum), N \(d.higherN)) above \(d.lower) (Σ \(d.lowerSum), N \(d.lowerN)) by Σ, below by N")
        }
      }
      let tied = table.disagreements.filter { $0.kind != .reversed && shown.contains($0.higher) && shown.contains($0.lower) }
      for d in tied {
        lines.append(
          d.kind == .tiedByN
            ? "  \(d.higher) above \(d.lower) by Σ (\(d.higherSum) vs \(d.lowerSum)), tied by N (\(d.higherN))"
            : "  \(d.higher) above \(d.lower) by N (\(d.higherN) vs \(d.lowerN)), tied by Σ (\(d.higherSum))")
      }
      return lines.joined(separator: "\n")
    }
  }
}

/// JSON of `thema survey items`.
struct ItemsJSON: Encodable {
  var items: [ItemScore]
  var disagreements: [DisagreementJSON]
}

/// A Σ/N disagreement with its theme and group.
struct DisagreementJSON: Encodable {
  var theme: String
  var group: String
  var kind: String
  var higher: String
  var lower: String
  var higherSum: Int
  var lowerSum: Int
  var higherN: Int
  var lowerN: Int

  init(theme: String, group: String, disagreement d: SumNDisagreement) {
    self.theme = theme
    self.group = group
    kind = d.kind.rawValue
    higher = d.higher
    lower = d.lower
    higherSum = d.higherSum
    lowerSum = d.lowerSum
    higherN = d.higherN
    lowerN = d.lowerN
  }
}
