import ArgumentParser
import Foundation
import ThemaAnalysis
import ThemaExport

extension Thema {
  /// `thema diff --by version A B`: concepts gained, lost and shifted between two values.
  struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "What changed between two versions (or any two values): gained, lost, shifted, with quotes.",
      discussion: "Example: thema diff --by version 2006 2019 --where programme=MLI")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: ResultOutputOptions

    @Option(help: "The attribute whose two values are compared.")
    var by = "version"

    @Argument(help: "The earlier value (A).")
    var from: String

    @Argument(help: "The later value (B).")
    var to: String

    @Option(help: "Concept tree depth compared (default: every concept).")
    var depth: Int?

    @Option(help: "Quotes per side.")
    var quotes = 1

    @Option(help: "A concept shifted when its share changed by at least this log₂ ratio (1 = doubled or halved).")
    var threshold = 1.0

    func run() throws {
      let data = try analysis.load(projectOptions.open())
      let diff = try VersionDiff(
        data: data, attribute: by, from: from, to: to, filter: analysis.filter(), depth: depth,
        quotesPerSide: quotes, shiftThreshold: threshold)
      try ResultWriter.write(diff, tables: [DataTable.diff(diff)], terminal: { Self.text(diff) }, options: output)
    }

    static func text(_ diff: VersionDiff) -> String {
      var lines = ResultWriter.wrap(
        "\(diff.attribute) \(diff.from) (\(diff.segmentsA) segments) → \(diff.to) (\(diff.segmentsB) segments); \(diff.filter); codings: \(diff.scope.resolved.rawValue)",
        indent: "")
      for (title, items) in [("Gained", diff.gained), ("Lost", diff.lost), ("Shifted in weight", diff.shifted)] {
        lines.append("")
        lines.append("\(title) (\(items.count))")
        for item in items {
          lines += ResultWriter.wrap(
            "\(item.label): \(item.countA) (\(String(format: "%.0f%%", item.shareA * 100))) → \(item.countB) (\(String(format: "%.0f%%", item.shareB * 100))), log ratio \(String(format: "%.2f", item.comparison.logRatio))",
            indent: "  ")
          for quote in item.quotesA { lines += ResultWriter.quoteLines(quote, indent: "    ", label: "\(diff.from): ") }
          for quote in item.quotesB { lines += ResultWriter.quoteLines(quote, indent: "    ", label: "\(diff.to): ") }
        }
      }
      let stable = diff.items.filter { $0.change == .stable }
      lines.append("")
      lines += ResultWriter.wrap("Stable (\(stable.count)): " + stable.map(\.label).joined(separator: ", "), indent: "")
      for warning in diff.warnings { lines += ResultWriter.wrap("Note: \(warning)", indent: "") }
      return lines.joined(separator: "\n")
    }
  }
}
