import ThemaExport
import ArgumentParser
import Foundation
import ThemaSurvey

extension Thema {
  /// `thema survey cutoff`: where the groups' orderings start to diverge.
  struct SurveyCutoff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "cutoff",
      abstract: "Compare the item orderings of groups: cut-off (sets and order), tau-b, Spearman, Kendall's W.")

    @OptionGroup var surveyOptions: SurveyOptions
    @OptionGroup var themeOption: ThemeOption
    @OptionGroup var cutoffOptions: CutoffOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var sheetOutput: SheetOutputOptions

    @Option(help: "Positions to show beyond the cut-off.")
    var extra = 3

    func run() throws {
      let result = try surveyOptions.load()
      let survey = result.survey
      let mappingSpec = try surveyMappingCutoffGroups(surveyOptions)
      let groups = try cutoffOptions.resolve(survey, mappingSpec: mappingSpec)
      let reports = try themeOption.indices(in: survey).map {
        try CutoffReport(survey, theme: $0, groups: groups, override: cutoffOptions.cutoff)
      }
      if output.json {
        try Output.json(reports.map(CutoffJSON.init))
        return
      }
      if try sheetOutput.writeIfRequested(reports.map(DataTable.cutoff)) { return }
      for report in reports { print(render(report) + "\n") }
    }

    func render(_ r: CutoffReport) -> String {
      var lines = [
        "\(r.theme): cut-off \(r.cutoff)\(r.override != nil ? " (set by hand)" : "") — order agrees for the first \(r.orderCutoff), "
          + "top-k sets agree up to k = \(r.setCutoff)"
      ]
      if let w = r.concordance {
        lines.append(
          "Kendall's W = \(SurveyFormat.decimal(w.w)) over \(w.groups) groups and \(w.items) items; Friedman χ² = "
            + "\(SurveyFormat.decimal(w.chiSquare, 2)), df \(w.degreesOfFreedom), p \(SurveyFormat.pValue(w.pValue))")
      }
      let shown = min(r.tables.first?.scores.count ?? 0, max(r.cutoff, r.setCutoff) + extra)
      var table = TextTable(["k", "set", "order"] + r.groups, rightAligned: [0])
      for k in 0..<shown {
        let agreement = r.agreement[k]
        table.append(
          ["\(k + 1)", agreement.setsAgree ? "=" : "≠", agreement.orderAgrees ? "=" : "≠"]
            + r.tables.map { t in
              let s = t.scores[k]
              let tied = t.scores.filter { $0.rankBySum == s.rankBySum }.count > 1
              return "\(tied ? "=" : "")\(s.item) (\(s.sum))"
            })
        if k + 1 == r.cutoff {
          table.append(["--", "", ""] + r.groups.map { _ in "— cut-off —" })
        }
      }
      lines.append(table.render(width: Output.tableWidth(preferred: 160)))
      var pairs = TextTable(["group", "group", "tau-b", "Spearman"], rightAligned: [2, 3])
      for p in r.pairs {
        pairs.append([p.a, p.b, SurveyFormat.decimal(p.kendallTauB), SurveyFormat.decimal(p.spearman)])
      }
      lines.append(pairs.render())
      return lines.joined(separator: "\n")
    }
  }
}

/// The mapping's `cutoffGroups` of the survey the options select.
func surveyMappingCutoffGroups(_ options: SurveyOptions) throws -> String? {
  let stored = try options.projectOptions.open().surveys()
  let chosen: StoredSurvey? =
    if let name = options.survey { stored.last { $0.name == name } } else { stored.last }
  guard let chosen, let text = chosen.mapping else { return nil }
  return try SurveyMapping.parse(yaml: text, file: chosen.mappingPath ?? "mapping").cutoffGroups
}

/// JSON of `thema survey cutoff` (the item tables left out; `thema survey items --by` gives them).
struct CutoffJSON: Encodable {
  var theme: String
  var groups: [String]
  var cutoff: Int
  var orderCutoff: Int
  var setCutoff: Int
  var override: Int?
  var agreement: [CutoffReport.Agreement]
  var pairs: [CutoffReport.Pair]
  var concordance: Concordance?
  /// Per group, the items in order by Σ.
  var orderings: [String: [String]]

  init(_ r: CutoffReport) {
    theme = r.theme
    groups = r.groups
    cutoff = r.cutoff
    orderCutoff = r.orderCutoff
    setCutoff = r.setCutoff
    override = r.override
    agreement = r.agreement
    pairs = r.pairs
    concordance = r.concordance
    orderings = Dictionary(uniqueKeysWithValues: r.tables.map { ($0.group, $0.scores.map(\.item)) })
  }
}
