import ArgumentParser
import Foundation
import ThemaCodebook
import ThemaCoding

extension Thema {
  /// `thema evaluate --gold FILE`: precision, recall and F1 of the automatic coding (or of a codebook,
  /// or of a second coder) against a hand-coded gold standard.
  struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Precision, recall and F1 per concept against a hand-coded gold standard.",
      discussion: """
        By default the project's automatic suggestions (the last 'thema code' run; open, accepted and \
        rejected alike, not withdrawn ones, so no human decision changes the figure) are compared with \
        the gold file. --codebook FILE matches that codebook in memory instead (nothing is written). \
        --compare FILE compares a second coder's gold file on the segments both code (agreement, with \
        Cohen's kappa). The unit is the set of concepts of a segment. Tune a codebook on --split dev \
        --errors only; report the test split.
        """)

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The gold standard (YAML).", valueName: "file"))
    var gold: String

    @Option(help: ArgumentHelp("Match this codebook in memory instead of using the stored suggestions.", valueName: "file"))
    var codebook: String?

    @Option(help: ArgumentHelp("A second coder's gold file: inter-coder agreement with --gold.", valueName: "file"))
    var compare: String?

    @Option(help: "Which gold segments: dev, test or all.")
    var split: String = "all"

    @Flag(help: "List false positives (match highlighted) and false negatives with their quote.")
    var errors = false

    @Option(help: ArgumentHelp("With --errors: list only the differences of this concept.", valueName: "id"))
    var concept: String?

    func validate() throws {
      guard EvaluationSplit(rawValue: split) != nil else {
        throw ValidationError("--split must be dev, test or all, not \(split)")
      }
    }

    func run() throws {
      let selected = EvaluationSplit(rawValue: split) ?? .all
      let reference = try GoldStandardReader().read(contentsOf: gold)
      var book: Codebook?
      if let codebook {
        let read = try CodebookReader().read(contentsOf: codebook)
        if read.hasErrors {
          throw CodingRunError.invalidCodebook(
            path: codebook, issues: read.issues.filter { $0.severity == .error }.map(\.description))
        }
        book = read.codebook
      }
      let source: EvaluationSource
      if let compare {
        source = .coder(try GoldStandardReader().read(contentsOf: compare), codebook: book)
      } else if let book {
        source = .codebook(book)
      } else {
        source = .storedSuggestions
      }
      var evaluation = try projectOptions.open().evaluate(gold: reference, against: source)
      if let concept {
        guard evaluation.result.splits.first?.concepts.contains(where: { $0.concept == concept }) == true else {
          throw ValidationError("--concept \(concept) is not a concept of codebook \(evaluation.codebook)")
        }
        evaluation.result.differences.removeAll { $0.concept != concept }
      }
      let shown = selected == .all ? EvaluationSplit.allCases : [selected]
      if output.json {
        return try Output.json(EvaluationJSON(evaluation, splits: shown, differences: errors ? selected : nil))
      }
      for warning in evaluation.warnings { Output.warn(warning) }
      print(EvaluationText(evaluation: evaluation).render(split: selected, overall: shown, errors: errors))
    }
  }
}
