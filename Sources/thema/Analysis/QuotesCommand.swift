import ArgumentParser
import Foundation
import ThemaAnalysis
import ThemaExport

extension Thema {
  /// `thema quotes`: the coded segments behind a matrix cell.
  struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "quotes",
      abstract: "The quotes behind a number: a concept (with the concepts below it) where attribute=value.",
      discussion: "Example: thema quotes --concept innoveren --where programme=Fontys")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: ResultOutputOptions

    @Option(help: "The concept's id or label.")
    var concept: String

    @Option(help: "At most this many quotes.")
    var limit: Int?

    @Option(help: "Order: document (as they stand) or best (most matches, accepted, short first).")
    var order: QuoteQuery.Order = .document

    func run() throws {
      let data = try analysis.load(projectOptions.open())
      let result = try QuoteQuery(
        concept: concept, filter: analysis.filter(), order: order, limit: limit
      ).run(on: data)
      try ResultWriter.write(
        result, tables: [DataTable.quotes(result)], terminal: { Self.text(result) }, options: output)
    }

    static func text(_ result: QuoteQuery.Result) -> String {
      var lines = ResultWriter.wrap(
        "\(result.conceptLabel) in \(result.filter): \(result.total) coded segment\(result.total == 1 ? "" : "s")\(result.quotes.count < result.total ? ", \(result.quotes.count) shown" : "") — codings: \(result.scope.resolved.rawValue)",
        indent: "")
      for (index, quote) in result.quotes.enumerated() {
        lines.append("")
        lines.append("\(index + 1).")
        lines += ResultWriter.quoteLines(quote)
      }
      return lines.joined(separator: "\n")
    }
  }
}

extension QuoteQuery.Order: ExpressibleByArgument {}
