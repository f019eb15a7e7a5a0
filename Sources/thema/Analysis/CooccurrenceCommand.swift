import ArgumentParser
import Foundation
import ThemaAnalysis
import ThemaExport

extension Thema {
  /// `thema cooccurrence`: concepts that occur together in a segment or within N segments.
  struct CooccurrenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "cooccurrence",
      abstract: "Concept pairs that occur in the same segment (or within N segments): counts and Jaccard.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: ResultOutputOptions

    @Option(help: "Units of N consecutive segments of one document (1 = a segment).")
    var window = 1

    @Option(help: "Roll concepts up to this depth (1 = themes; default: every concept).")
    var depth: Int?

    @Option(help: "Pairs shown in the table (JSON always has all).")
    var top = 30

    func validate() throws {
      if window < 1 { throw ValidationError("--window must be 1 or more.") }
    }

    func run() throws {
      let data = try analysis.load(projectOptions.open())
      let result = Cooccurrence(data: data, window: window, depth: depth, filter: try analysis.filter())
      try ResultWriter.write(
        result, tables: [DataTable.cooccurrence(result, limit: output.resolved == .table ? top : nil)],
        options: output)
    }
  }
}
