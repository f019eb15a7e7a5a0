import ArgumentParser
import Foundation
import ThemaCodebook
import ThemaCoding

extension Thema.Bench {
  /// `thema bench coding --codebook FILE --megabytes N`: codes generated Dutch text and prints MB/s and
  /// peak memory (VmHWM). Run with `swift run -c release thema bench coding`.
  struct CodingBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "coding", abstract: "Benchmark automatic coding on generated Dutch text.")

    @Option(help: "Codebook file.") var codebook = "Codebooks/mli.yaml"
    @Option(help: "Megabytes of text to code.") var megabytes = 100

    func run() throws {
      let read = try CodebookReader().read(contentsOf: codebook)
      let start = Date()
      let result = CodingBenchmark.run(codebook: read.codebook, megabytes: megabytes)
      let seconds = Date().timeIntervalSince(start)
      let peak = ResourceUsage.peakResidentBytes().map { "peak resident memory " + ResourceUsage.megabytes($0) } ?? ""
      print(
        "coding: \(result.bytes) bytes, \(result.segments) segments, \(result.matches) matches, "
          + "\(read.codebook.indicatorCount) indicators, \(result.wordTypes) word types")
      print(String(format: "%.2f s, %.1f MB/s; %@", seconds, Double(result.bytes) / 1e6 / seconds, peak))
    }
  }
}
