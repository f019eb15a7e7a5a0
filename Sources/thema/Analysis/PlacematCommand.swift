import ArgumentParser
import Foundation
import ThemaAnalysis
import ThemaExport

extension Thema {
  /// `thema placemat`: the placemat grid, dimension × context.
  struct PlacematCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "placemat",
      abstract: "The placemat grid: dimension × context, with statement counts and concepts per cell.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: ResultOutputOptions

    @Option(help: "Concept depth shown in the cells (1 = themes).")
    var depth = 1

    func run() throws {
      let data = try analysis.load(projectOptions.open())
      let grid = PlacematGrid(data: data, depth: depth, filter: try analysis.filter())
      try ResultWriter.write(grid, tables: [DataTable.placemat(grid)], options: output)
    }
  }
}
