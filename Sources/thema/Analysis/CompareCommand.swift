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
      lines.append("Compared by \(result.groupedBy.joined(separator: " · ")) — codings: \(result.scope.resolved.rawValue) (\(result.scope.note))")
      lines.append("")
      lines.append("Common core (in every group): " + (result.commonCore.isEmpty ? "none" : result.commonCore.map(\.label).joined(separator: ", ")))
      lines.append("In one group only: " + (result.onlyOneGroup.isEmpty ? "none" : result.onlyOneGroup.map { "\($0.label) (\($0.groups.joined()))" }.joined(separator: ", ")))
      for group in result.groups {
        lines.append("")
        lines.append("== \(group.group) — \(group.segments) segments, \(group.documents) documents")
        if group.overRepresented.isEmpty { lines.append("  nothing over-represented") }
        for (rank, item) in group.overRepresented.enumerated() {
          lines.append("  \(rank + 1). " + describe(item))
          for quote in item.quotes { lines += ResultWriter.quoteLines(quote, indent: "     ") }
        }
        if !group.underRepresented.isEmpty {
          lines.append("  under-represented: " + group.underRepresented.map { "\($0.label) (\($0.comparison.groupCount)/\($0.comparison.groupSize))" }.joined(separator: ", "))
        }
      }
      if !result.warnings.isEmpty {
        lines.append("")
        lines += result.warnings.map { "Note: \($0)" }
      }
      return lines.joined(separator: "\n")
    }

    static func describe(_ item: Distinctiveness.Item) -> String {
      let c = item.comparison
      let share = c.groupSize == 0 ? 0 : Double(c.groupCount) / Double(c.groupSize) * 100
      let other = c.otherSize == 0 ? 0 : Double(c.otherCount) / Double(c.otherSize) * 100
      var text = "\(item.label): \(c.groupCount)/\(c.groupSize) segments (\(String(format: "%.0f%%", share)) vs \(String(format: "%.0f%%", other)) elsewhere), "
      text += String(format: "G² %.2f, p %.3f", c.g2, c.p)
      if let fisher = c.fisherP { text += String(format: ", Fisher p %.3f", fisher) }
      text += ", %DIFF " + (c.percentDiff.map { String(format: "%.0f%%", $0) } ?? "∞")
      text += String(format: ", log ratio %.2f", c.logRatio)
      if c.smallCounts { text += " [small counts]" }
      if item.significant { text += " *" }
      return text
    }
  }
}
