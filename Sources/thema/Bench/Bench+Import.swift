import ArgumentParser
import Foundation
import ThemaIngest
import ThemaStore

extension Thema.Bench {
  /// Imports a generated folder of Dutch minutes with PDF-export damage and reports the rate and the
  /// peak memory. Target (issue 3): at least 25 MB/s on one core, peak below 250 MB at any size.
  struct ImportBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import", abstract: "Import a generated folder of Dutch text (issue 3 target).")

    @Option(help: "Total size of the generated corpus in MB.")
    var megabytes = 100

    @Option(help: "Size of each generated file in KB.")
    var fileKilobytes = 1000

    @Option(help: "Keep the generated corpus and project in this folder instead of a temporary one.")
    var workDirectory: String?

    func run() throws {
      let root = URL(
        fileURLWithPath: workDirectory
          ?? NSTemporaryDirectory() + "thema-bench-import-\(ProcessInfo.processInfo.processIdentifier)")
      let corpus = root.appendingPathComponent("corpus")
      try? FileManager.default.removeItem(at: root)
      try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
      defer { if workDirectory == nil { try? FileManager.default.removeItem(at: root) } }

      let fileBytes = fileKilobytes * 1000
      let count = max(1, megabytes * 1_000_000 / fileBytes)
      var total = 0
      for index in 0..<count {
        let text = SampleText.dutchMinutes(bytes: fileBytes, seed: UInt64(index + 1))
        let data = Data(text.utf8)
        total += data.count
        try data.write(to: corpus.appendingPathComponent(String(format: "verslag-%05d.txt", index)))
      }
      let baseline = ResourceUsage.peakResidentBytes() ?? 0

      // Reading alone (decode, repair, segment), to separate it from storing.
      let clock = ContinuousClock()
      let files = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
      let reading = try clock.measure {
        for file in files {
          let data = try Data(contentsOf: file)
          _ = try Readers.read(data, name: file.lastPathComponent)
        }
      }

      let project = try Project.open(at: root.appendingPathComponent("bench.sqlite").path)
      var report = ImportReport()
      let elapsed = try clock.measure {
        let items = try ImportPlan.items(for: [corpus.path], attributes: [:], format: nil)
        report = try project.importFiles(items)
      }
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let peak = ResourceUsage.peakResidentBytes() ?? 0
      print("import: \(count) files, \(ResourceUsage.megabytes(total)), \(report.segmentCount) segments")
      print(String(format: "time %.2f s, rate %.1f MB/s", seconds, Double(total) / 1e6 / seconds))
      let readSeconds = Double(reading.components.seconds) + Double(reading.components.attoseconds) / 1e18
      print(String(format: "reading alone (decode, repair, segment): %.2f s, %.1f MB/s", readSeconds, Double(total) / 1e6 / readSeconds))
      print("peak resident memory \(ResourceUsage.megabytes(peak)) (after generating the corpus: \(ResourceUsage.megabytes(baseline)))")
    }
  }
}
