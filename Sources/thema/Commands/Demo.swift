import ArgumentParser
import Foundation
import ThemaExport
import ThemaAnalysis
import ThemaCoding
import ThemaExport
import ThemaIngest
import ThemaStore

extension Thema {
  /// `thema demo`: the main job on the sample corpus, from scratch.
  struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "The main job on the sample corpus: build the project, code it, write the report.",
      discussion: """
        Imports Corpora/mli, codes it with the MLI codebook, and writes the comparison report \
        (report.html and report.xlsx) by programme. The demo project is made anew each time, in the \
        output folder.
        """)

    @Option(help: "The corpus folder.")
    var corpus = "Corpora/mli"

    @Option(help: "The codebook to code with.")
    var codebook = "Codebooks/mli.yaml"

    @Option(help: "Where the demo project and the report are written.")
    var out = "thema-demo"

    func run() throws {
      let projectPath = (out as NSString).appendingPathComponent("demo.sqlite")
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: projectPath + suffix)
      }
      let items = try ImportPlan.items(for: [corpus], attributes: [:], format: nil)
      let project = try Project.open(at: projectPath)
      let imported = try project.importFiles(items)
      print("Project \(projectPath): \(Add.summary(of: imported))")
      for warning in imported.warnings { print("  note: \(warning)") }
      print("")

      let documents = try project.documents()
      var table = TextTable(["document", "type", "programme", "encoding", "segments"], rightAligned: [4])
      for d in documents {
        table.append([
          d.name, d.attributes["type"] ?? "-", d.attributes["programme"] ?? "-",
          d.encoding?.rawValue ?? d.format.rawValue, "\(d.segmentCount)",
        ])
      }
      print(table.render(width: Output.tableWidth()))

      var kinds: [String: Int] = [:]
      for stored in try project.currentSegments() { kinds[stored.segment.kind.rawValue, default: 0] += 1 }
      print("")
      print("Segments by kind: " + kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))

      print("")
      print(Code.summary(of: try project.code(codebookAt: codebook)))

      let data = try AnalysisData.load(from: project)
      let report = try AnalysisReport(data: data, by: ["programme"], projectPath: project.path)
      let files = try report.write(to: URL(fileURLWithPath: (out as NSString).appendingPathComponent("rapport")))
      print("")
      let themes = try ConceptMatrix(data: data, by: ["programme"], depth: 1)
      print(DataTable.matrix(themes, compact: true, title: "Coded segments per programme (top level)").terminal(width: Output.tableWidth()))
      print("")
      print("Report:   \(files.html.path)")
      print("Workbook: \(files.xlsx.path)")
      print("Look closer: thema show DOC --segments --project \(projectPath)")
    }
  }
}
