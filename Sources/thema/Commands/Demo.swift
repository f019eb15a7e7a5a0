import ArgumentParser
import Foundation
import ThemaExport
import ThemaIngest
import ThemaStore

extension Thema {
  /// `thema demo`: the main job on the sample corpus, from scratch.
  struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Build a project from the sample corpus (Corpora/mli) and show what it holds.",
      discussion: "The demo project is made anew each time, in the output folder.")

    @Option(help: "The corpus folder.")
    var corpus = "Corpora/mli"

    @Option(help: "Where the demo project (and later the report) is written.")
    var out = "thema-demo"

    func run() throws {
      let projectPath = (out as NSString).appendingPathComponent("demo.sqlite")
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: projectPath + suffix)
      }
      let items = try ImportPlan.items(for: [corpus], attributes: [:], format: nil)
      let project = try Project.open(at: projectPath)
      let report = try project.importFiles(items)
      print("Project \(projectPath): \(Add.summary(of: report))")
      for warning in report.warnings { print("  note: \(warning)") }
      print("")

      let documents = try project.documents()
      var table = TextTable(["document", "type", "programme", "encoding", "segments"], rightAligned: [4])
      for d in documents {
        table.append([
          d.name, d.attributes["type"] ?? "-", d.attributes["programme"] ?? "-",
          d.encoding?.rawValue ?? d.format.rawValue, "\(d.segmentCount)",
        ])
      }
      print(table.render())

      var kinds: [String: Int] = [:]
      for stored in try project.currentSegments() { kinds[stored.segment.kind.rawValue, default: 0] += 1 }
      print("")
      print("Segments by kind: " + kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
      print("Look closer: thema show DOC --segments --project \(projectPath)")
    }
  }
}
