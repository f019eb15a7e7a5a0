import ArgumentParser
import Foundation
import ThemaIngest

extension Thema.Bench {
  /// Reads a generated 50 MB TEI transcript and a .docx with 50 MB of document XML and reports the rate
  /// and peak memory (issue 4 target: peak below 4× the file size).
  struct ReadersBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "readers", abstract: "Read a generated TEI file and .docx (issue 4 target).")

    @Option(help: "Size of the generated TEI file / Word document XML in MB.")
    var megabytes = 50

    @Option(help: "Which reader to measure: tei, docx, both, or tei-parse (libxml2 streaming alone).")
    var format = "both"

    func run() throws {
      if format == "tei" || format == "both" { print(try ReaderBenchmark.tei(megabytes: megabytes).summary) }
      if format == "tei-parse" { print(try ReaderBenchmark.teiParseOnly(megabytes: megabytes).summary) }
      if format == "docx" || format == "both" { print(try ReaderBenchmark.docx(megabytes: megabytes).summary) }
    }
  }
}
