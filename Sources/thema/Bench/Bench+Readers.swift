import ArgumentParser
import Foundation
import ThemaIngest

extension Thema.Bench {
  /// Reads a generated 50 MB TEI file and a generated 50 MB .docx and reports the rate and peak memory
  /// (issue 4 target: peak below 4× the file size). `--output` only writes the generated file (to
  /// measure `thema add` of it), `--input` measures an existing file.
  struct ReadersBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "readers", abstract: "Read a generated TEI file and .docx (issue 4 target).")

    @Option(help: "Size of the generated TEI file / .docx file in MB.")
    var megabytes = 50

    @Option(help: "Which reader to measure: tei, docx, both, or tei-parse (libxml2 streaming alone).")
    var format = "both"

    @Option(help: "Only write the generated file (--format tei or docx) to this path; measure nothing.")
    var output: String?

    @Option(help: "Measure reading this existing file (--format tei or docx) instead of a generated one.")
    var input: String?

    @Flag(help: "Hand the segments over one by one and drop them (as a store inserting them as they come would) instead of keeping them all.")
    var streamSegments = false

    func validate() throws {
      if output != nil || input != nil, format != "tei", format != "docx" {
        throw ValidationError("--output and --input need --format tei or --format docx.")
      }
    }

    func run() throws {
      if let output {
        let url = URL(fileURLWithPath: output)
        if format == "tei" {
          try ReaderBenchmark.writeTEI(to: url, megabytes: megabytes)
        } else {
          let xml = try ReaderBenchmark.writeDocx(to: url, megabytes: megabytes)
          print(String(format: "word/document.xml: %.1f MB", Double(xml) / 1e6))
        }
        let size = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        print(String(format: "wrote %@: %.1f MB", output, Double(size) / 1e6))
        return
      }
      if let input {
        let url = URL(fileURLWithPath: input)
        print(try (format == "tei" ? ReaderBenchmark.tei(file: url, streaming: streamSegments) : ReaderBenchmark.docx(file: url, streaming: streamSegments)).summary)
        return
      }
      if format == "tei" || format == "both" { print(try ReaderBenchmark.tei(megabytes: megabytes, streaming: streamSegments).summary) }
      if format == "tei-parse" { print(try ReaderBenchmark.teiParseOnly(megabytes: megabytes).summary) }
      if format == "docx" || format == "both" { print(try ReaderBenchmark.docx(megabytes: megabytes, streaming: streamSegments).summary) }
    }
  }
}
