import ArgumentParser
import Foundation
import ThemaCodebook
import ThemaCoding
import ThemaIngest
import ThemaStore

extension Thema.Bench {
  /// `thema bench recode`: a project with a generated Dutch corpus, a full `thema code` run with a
  /// codebook, then the same run after a one-concept edit (one indicator added to one concept). Prints
  /// both times (wall and CPU), their ratio (target < 0.1) and the peak memory (target < 500 MB).
  struct RecodeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "recode", abstract: "Full coding run, then re-coding after a one-concept edit (issue 5 target).")

    @Option(help: "Codebook file.") var codebook = "Codebooks/mli.yaml"
    @Option(help: "Total size of the generated corpus in MB.") var megabytes = 100
    @Option(help: "Size of each generated document in KB.") var fileKilobytes = 1000
    @Option(help: "The concept that gets one more indicator.") var concept = "innoveren"
    @Option(help: "The indicator added.") var indicator = "kwaliteitszorg"
    @Option(help: "Keep the corpus, project and codebooks in this folder instead of a temporary one.")
    var workDirectory: String?

    func run() throws {
      let root = URL(
        fileURLWithPath: workDirectory
          ?? NSTemporaryDirectory() + "thema-bench-recode-\(ProcessInfo.processInfo.processIdentifier)")
      let corpus = root.appendingPathComponent("corpus")
      try? FileManager.default.removeItem(at: root)
      try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
      defer { if workDirectory == nil { try? FileManager.default.removeItem(at: root) } }

      let source = try String(contentsOfFile: codebook, encoding: .utf8)
      let read = try CodebookReader().read(contentsOf: codebook)
      var generator = DutchTextGenerator(codebook: read.codebook, seed: 7)
      let count = max(1, megabytes * 1_000_000 / (fileKilobytes * 1000))
      var total = 0
      for index in 0..<count {
        let data = Data(generator.document(bytes: fileKilobytes * 1000).utf8)
        total += data.count
        try data.write(to: corpus.appendingPathComponent(String(format: "verslag-%05d.txt", index)))
      }
      let original = root.appendingPathComponent("codebook.yaml").path
      let edited = root.appendingPathComponent("codebook-edited.yaml").path
      try source.write(toFile: original, atomically: true, encoding: .utf8)
      try Self.adding(indicator, to: concept, in: source).write(toFile: edited, atomically: true, encoding: .utf8)

      let project = try Project.open(at: root.appendingPathComponent("bench.sqlite").path)
      let items = try ImportPlan.items(for: [corpus.path], attributes: ["language": "nl"], format: nil)
      let imported = try project.importFiles(items)
      print("corpus: \(count) documents, \(ResourceUsage.megabytes(total)), \(imported.segmentCount) segments")

      let fullTimer = RunTimer()
      let full = try project.code(codebookAt: original)
      let (fullWall, fullCPU) = (fullTimer.seconds, fullTimer.cpuSeconds)
      print("full run: \(full.matches) matches; \(full.reconciliation.summary)")
      print(String(format: "  %.2f s wall, %.2f s CPU", fullWall, fullCPU))

      let editTimer = RunTimer()
      let again = try project.code(codebookAt: edited)
      let (editWall, editCPU) = (editTimer.seconds, editTimer.cpuSeconds)
      print("after adding \(indicator) to \(concept): \(again.reconciliation.summary)")
      print("  \(again.incremental.map { "incremental: \($0)" } ?? "full run (no incremental path)")")
      print(String(format: "  %.2f s wall, %.2f s CPU", editWall, editCPU))
      print(String(format: "ratio %.3f wall, %.3f CPU (target < 0.1)", editWall / fullWall, editCPU / fullCPU))
      print("peak resident memory \(ResourceUsage.megabytes(ResourceUsage.peakResidentBytes() ?? 0)); load \(ResourceUsage.loadAverage())")
    }

    /// The codebook source with one more indicator line under `concept`'s `indicators:`.
    static func adding(_ indicator: String, to concept: String, in source: String) throws -> String {
      var lines = source.components(separatedBy: "\n")
      guard let conceptLine = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "- id: \(concept)" }),
        let indicatorsLine = lines[conceptLine...].firstIndex(where: {
          $0.trimmingCharacters(in: .whitespaces) == "indicators:"
        }),
        indicatorsLine + 1 < lines.count
      else { throw ValidationError("no concept \(concept) with indicators in the codebook") }
      let next = lines[indicatorsLine + 1]
      let indent = String(next.prefix { $0 == " " })
      lines.insert(indent + "- " + indicator, at: indicatorsLine + 1)
      return lines.joined(separator: "\n")
    }
  }
}
