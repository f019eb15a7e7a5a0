import ArgumentParser
import Foundation
import ThemaAnalysis
import ThemaExport

extension Thema {
  /// `thema matrix`: concepts (rows) by attribute values (columns).
  struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "matrix",
      abstract: "Concepts by programme (or any attribute): coded segments, documents, share, density.",
      discussion: """
        Rows are the codebook's concepts as a tree; --depth 1 shows the themes only, each counting the \
        segments coded with any concept below it (a segment once per row). Columns are the values of \
        the attributes in --by (a combination with programme,version). Open any cell with \
        'thema quotes --concept C --where programme=X'.
        """)

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var output: ResultOutputOptions

    @Option(help: "Attribute(s) for the columns, comma-separated (programme, version, type, group, speaker, dimension, context, document…).")
    var by = "programme"

    @Option(help: "What the cells show: segments, documents, share, density (codings per 1,000 words), presence.")
    var measure: MatrixMeasure = .segments

    @Option(help: "Show the concept tree down to this depth (1 = themes).")
    var depth: Int?

    @Flag(help: "Show the level concepts (micro, meso, macro) as rows instead.")
    var levels = false

    @Flag(help: "Add a last column for the segments without a value for --by (otherwise left out, and counted in a note).")
    var unassigned = false

    func validate() throws {
      if let depth, depth < 1 { throw ValidationError("--depth must be 1 or more.") }
    }

    func run() throws {
      let data = try analysis.load(projectOptions.open())
      let keys = by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      let matrix =
        levels
        ? try ConceptMatrix.levels(
          data: data, by: keys, measure: measure, filter: analysis.filter(), unassigned: unassigned)
        : try ConceptMatrix(
          data: data, by: keys, depth: depth, measure: measure, filter: analysis.filter(), unassigned: unassigned)
      let compact = output.resolved == .table || output.resolved == .md
      try ResultWriter.write(
        matrix, tables: [DataTable.matrix(matrix, measure: measure, compact: compact)],
        terminal: { DataTable.matrix(matrix, measure: measure, compact: true).terminal(width: Output.tableWidth()) },
        options: output)
    }
  }
}

extension MatrixMeasure: ExpressibleByArgument {}
