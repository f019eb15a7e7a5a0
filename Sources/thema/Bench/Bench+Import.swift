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

    @Option(
      help: """
        Keep the generated corpus and project in this folder instead of a temporary one; a corpus \
        already there with the right number of files is reused (the project is always new).
        """)
    var workDirectory: String?

    @Flag(help: "Skip the reading-alone measurement (e.g. to profile the import only).")
    var skipReading = false

    func run() throws {
      let root = URL(
        fileURLWithPath: workDirectory
          ?? NSTemporaryDirectory() + "thema-bench-import-\(ProcessInfo.processInfo.processIdentifier)")
      let corpus = root.appendingPathComponent("corpus")
      let fileBytes = fileKilobytes * 1000
      let count = max(1, megabytes * 1_000_000 / fileBytes)
      let existing = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
      let reuse = workDirectory != nil && existing.count == count
      if !reuse { try? FileManager.default.removeItem(at: corpus) }
      try? FileManager.default.removeItem(at: root.appendingPathComponent("bench.sqlite"))
      try? FileManager.default.removeItem(at: root.appendingPathComponent("bench.sqlite-wal"))
      try? FileManager.default.removeItem(at: root.appendingPathComponent("bench.sqlite-shm"))
      try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
      defer { if workDirectory == nil { try? FileManager.default.removeItem(at: root) } }

      var total = 0
      for index in 0..<count {
        let file = corpus.appendingPathComponent(String(format: "verslag-%05d.txt", index))
        if reuse, let size = try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize {
          total += size
          continue
        }
        let text = SampleText.dutchMinutes(bytes: fileBytes, seed: UInt64(index + 1))
        let data = Data(text.utf8)
        total += data.count
        try data.write(to: file)
      }
      let baseline = ResourceUsage.peakResidentBytes() ?? 0

      // Reading alone (decode, repair, segment), to separate it from storing.
      let clock = ContinuousClock()
      let files = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
      let readCPU = ResourceUsage.cpuSeconds()
      let reading = try clock.measure {
        for file in files where !skipReading {
          let data = try Data(contentsOf: file)
          _ = try Readers.read(data, name: file.lastPathComponent)
        }
      }
      let readCPUSeconds = ResourceUsage.cpuSeconds() - readCPU

      let project = try Project.open(at: root.appendingPathComponent("bench.sqlite").path)
      var report = ImportReport()
      let importCPU = ResourceUsage.cpuSeconds()
      let elapsed = try clock.measure {
        let items = try ImportPlan.items(for: [corpus.path], attributes: [:], format: nil)
        report = try project.importFiles(items)
      }
      let importCPUSeconds = ResourceUsage.cpuSeconds() - importCPU
      let peak = ResourceUsage.peakResidentBytes() ?? 0
      let megabytes = Double(total) / 1e6
      print("import: \(count) files, \(ResourceUsage.megabytes(total)), \(report.segmentCount) segments")
      print(
        String(
          format: "import: wall %.2f s = %.1f MB/s; CPU (user+sys) %.2f s = %.1f MB/s per CPU second",
          Self.seconds(elapsed), megabytes / Self.seconds(elapsed), importCPUSeconds,
          megabytes / importCPUSeconds))
      if !skipReading {
        print(
          String(
            format: "reading alone (decode, repair, segment): wall %.2f s = %.1f MB/s; CPU %.2f s = %.1f MB/s",
            Self.seconds(reading), megabytes / Self.seconds(reading), readCPUSeconds,
            megabytes / readCPUSeconds))
      }
      print("peak resident memory \(ResourceUsage.megabytes(peak)) (after generating the corpus: \(ResourceUsage.megabytes(baseline)))")
      print("load average (1, 5, 15 min): \(ResourceUsage.loadAverage())")
    }

    private static func seconds(_ duration: Duration) -> Double {
      Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
  }
}
