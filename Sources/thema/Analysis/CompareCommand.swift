import ArgumentParser
import Foundation
import ThemaAnalysis
import ThemaExport

extension Thema {
  /// `thema compare`: what all groups share and what distinguishes each, with quotes.
  struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "compare",
      abstract: "Shared and distinctive concepts per group (G², Fisher, %DIFF, log ratio), with quotes.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: ResultOutputOptions

    @Option(help: "Attribute(s) to compare by, comma-separated.")
    var by = "programme"

    @Option(help: "Concept tree depth compared (1 = themes; default: every concept).")
    var depth: Int?

    @Option(help: "Concepts listed per group and direction.")
    var limit = 5

    @Option(help: "Quotes per distinctive concept.")
    var quotes = 2

    func run() throws {
      let data = try analysis.load(projectOptions.open())
      let keys = by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      let result = try Distinctiveness(
        data: data, by: keys, depth: depth, filter: analysis.filter(), limit: limit,
        quotesPerItem: quotes)
      try ResultWriter.write(
        result, tables: [DataTable.distinctive(result), DataTable.shared(result)],
        terminal: { Self.text(result) }, options: output)
    }

    static func text(_ result: Distinctiveness) -> String {
      var lines: [String] = []
      lines += ResultWriter.wrap(
        "Compared by \(result.groupedBy.joined(separator: " · ")) — codings: \(result.scope.resolved.rawValue) (\(result.scope.note))",
        indent: "")
      lines.append("")
      lines += ResultWriter.wrap(
        "Common core (in every group, \(result.commonCore.count)): " + (result.commonCore.isEmpty ? "none" : result.commonCore.map(\.label).joined(separator: ", ")),
        indent: "")
      lines += ResultWriter.wrap(
        "In one group only (\(result.onlyOneGroup.count)): " + (result.onlyOneGroup.isEmpty ? "none" : result.onlyOneGroup.map { "\($0.label) (\($0.groups.joined()))" }.joined(separator: ", ")),
        indent: "")
      for group in result.groups {
        lines.append("")
        lines.append("== \(group.group) — \(group.segments) segments, \(group.documents) documents")
        if group.overRepresented.isEmpty { lines.append("  nothing over-represented") }
        for (rank, item) in group.overRepresented.enumerated() {
          lines += ResultWriter.wrap("\(rank + 1). " + describe(item), indent: "  ")
          for quote in item.quotes { lines += ResultWriter.quoteLines(quote, indent: "     ") }
        }
        if !group.underRepresented.isEmpty {
          lines += ResultWriter.wrap(
            "under-represented: " + group.underRepresented.map { "\($0.label) (\($0.comparison.groupCount)/\($0.comparison.groupSize))" }.joined(separator: ", "),
            indent: "  ")
        }
      }
      if !result.warnings.isEmpty {
        lines.append("")
        for warning in result.warnings { lines += ResultWriter.wrap("Note: \(warning)", indent: "") }
      }
      return lines.joined(separator: "\n")
    }

    /// "0.012", or "< 0.001".
    static func pValue(_ p: Double) -> String { p < 0.001 ? "< 0.001" : String(format: "%.3f", p) }

    static func describe(_ item: Distinctiveness.Item) -> String {
      let c = item.comparison
      let share = c.groupSize == 0 ? 0 : Double(c.groupCount) / Double(c.groupSize) * 100
      let other = c.otherSize == 0 ? 0 : Double(c.otherCount) / Double(c.otherSize) * 100
      var text = "\(item.label): \(c.groupCount)/\(c.groupSize) segments (\(String(format: "%.0f%%", share)) vs \(String(format: "%.0f%%", other)) elsewhere), "
      text += String(format: "G² %.2f, p ", c.g2) + pValue(c.p)
      if let fisher = c.fisherP { text += ", Fisher p " + pValue(fisher) }
      text += ", %DIFF " + (c.percentDiff.map { String(format: "%.0f%%", $0) } ?? "∞")
      text += String(format: ", log ratio %.2f", c.logRatio)
      if c.smallCounts { text += " [small counts]" }
      if item.significant { text += " *" }
      return text
    }
  }
}
