import ArgumentParser

extension Thema {
  /// `thema bench`: measurements of the targets the issues name. Run them in release mode:
  /// `swift run -c release thema bench import`.
  struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure speed and memory (run with 'swift run -c release').",
      subcommands: [
        ImportBench.self, ReadersBench.self, CodingBench.self, RecodeBench.self, ReviewBench.self, MatrixBench.self,
        SurveyBench.self,
      ])
  }
}
