import ArgumentParser
import Foundation
import ThemaAnalysis
import ThemaExport
import ThemaIngest
import ThemaStore

extension Thema.Bench {
  /// Generates a project (default 10,000 documents, 300 concepts, 20 programmes) and times the matrix
  /// from the project file and the full report. Targets (issue 7, release build): matrix < 1 s,
  /// full HTML report < 5 s.
  struct MatrixBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "matrix",
      abstract: "Time a matrix and the full report over a generated project (issue 7 targets).")

    @Option(help: "Documents to generate.")
    var documents = 10_000

    @Option(help: "Concepts in the generated codebook.")
    var concepts = 300

    @Option(help: "Programmes (groups).")
    var groups = 20

    @Option(help: "Segments per document.")
    var segmentsPerDocument = 10

    @Option(help: "Keep the generated project and report in this folder instead of a temporary one.")
    var workDirectory: String?

    func run() throws {
      let root = URL(
        fileURLWithPath: workDirectory
          ?? NSTemporaryDirectory() + "thema-bench-matrix-\(ProcessInfo.processInfo.processIdentifier)")
      try? FileManager.default.removeItem(at: root)
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
      defer { if workDirectory == nil { try? FileManager.default.removeItem(at: root) } }
      let path = root.appendingPathComponent("bench.sqlite").path

      let clock = ContinuousClock()
      var summary: SyntheticProject.Summary?
      let generation = try clock.measure {
        let project = try Project.open(at: path)
        summary = try SyntheticProject.generate(
          into: project, documents: documents, concepts: concepts, groups: groups,
          segmentsPerDocument: segmentsPerDocument)
      }
      guard let summary else { return }
      print("generated: \(summary.documents) documents, \(summary.segments) segments, \(summary.concepts) concepts, \(summary.codings) codings, \(summary.groups) groups in \(Self.format(generation))")

      // The matrix, from opening the project file to the finished matrix.
      var cells = 0
      var loadTime = Duration.zero
      let matrixCPU = ResourceUsage.cpuSeconds()
      let matrixTime = try clock.measure {
        let project = try Project.open(at: path, create: false)
        var data: AnalysisData?
        loadTime = try clock.measure { data = try AnalysisData.load(from: project) }
        let matrix = try ConceptMatrix(data: data!, by: ["programme"])
        cells = matrix.rows.count * matrix.columns.count
      }
      let matrixCPUUsed = ResourceUsage.cpuSeconds() - matrixCPU
      print("matrix: \(cells) cells in \(Self.format(matrixTime)) (loading \(Self.format(loadTime)); CPU \(String(format: "%.3f s", matrixCPUUsed))) — target < 1 s")

      // The full report: load, every view, HTML and XLSX written.
      var sizes = (0, 0)
      let reportCPU = ResourceUsage.cpuSeconds()
      let reportTime = try clock.measure {
        let project = try Project.open(at: path, create: false)
        let data = try AnalysisData.load(from: project)
        let report = try AnalysisReport(data: data, by: ["programme"], projectPath: path)
        let files = try report.write(to: root.appendingPathComponent("report"))
        sizes = (
          (try? Data(contentsOf: files.html).count) ?? 0, (try? Data(contentsOf: files.xlsx).count) ?? 0
        )
      }
      let reportCPUUsed = ResourceUsage.cpuSeconds() - reportCPU
      print("report: HTML \(ResourceUsage.megabytes(sizes.0)), XLSX \(ResourceUsage.megabytes(sizes.1)) in \(Self.format(reportTime)) (CPU \(String(format: "%.3f s", reportCPUUsed))) — target < 5 s")
      print("peak resident memory \(ResourceUsage.megabytes(ResourceUsage.peakResidentBytes() ?? 0))")
    }

    static func format(_ duration: Duration) -> String {
      let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
      return String(format: "%.3f s", seconds)
    }
  }
}
