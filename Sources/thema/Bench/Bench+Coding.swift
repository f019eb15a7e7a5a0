import ArgumentParser
import Foundation
import ThemaCodebook
import ThemaCoding
import ThemaIngest

extension Thema.Bench {
  /// `thema bench coding --codebook FILE --megabytes N [--mode realistic|small]`: codes generated Dutch
  /// text and prints MB/s (per wall-clock and per CPU second), distinct word types, matches and peak
  /// memory (VmHWM). Run with `swift run -c release thema bench coding`.
  struct CodingBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "coding", abstract: "Benchmark automatic coding on generated Dutch text.",
      discussion: """
        realistic (default): Zipf-distributed words over about 150,000 generated Dutch forms, new text \
        for every segment, the codebook's terms at 1.5 % of word positions. small: the first benchmark \
        (104 word types, a reused pool of 2,000 segments; optimistic).
        """)

    @Option(help: "Codebook file.") var codebook = "Codebooks/mli.yaml"
    @Option(help: "Megabytes of text to code.") var megabytes = 100
    @Option(help: "Text to code: realistic or small.") var mode = "realistic"

    func validate() throws {
      guard CodingBenchmark.Mode(rawValue: mode) != nil else {
        throw ValidationError("--mode must be realistic or small")
      }
    }

    func run() throws {
      let read = try CodebookReader().read(contentsOf: codebook)
      let result = CodingBenchmark.run(
        codebook: read.codebook, megabytes: megabytes, mode: CodingBenchmark.Mode(rawValue: mode) ?? .realistic)
      let peak = ResourceUsage.peakResidentBytes().map { "peak resident memory " + ResourceUsage.megabytes($0) } ?? ""
      print(
        "coding (\(mode)): \(result.bytes) bytes, \(result.segments) segments, \(result.matches) matches, "
          + "\(read.codebook.indicatorCount(for: read.codebook.language)) indicators (of its language), "
          + "\(result.wordTypes) distinct word types")
      print(
        String(
          format: "coding time %.2f s wall (%.1f MB/s), %.2f s CPU (%.1f MB per CPU second); %@",
          result.seconds, Double(result.bytes) / 1e6 / result.seconds, result.cpuSeconds,
          Double(result.bytes) / 1e6 / result.cpuSeconds, peak))
      print("load: \(ResourceUsage.loadAverage()); match digest \(String(result.digest, radix: 16))")
    }
  }
}
