import ArgumentParser
import Foundation
import ThemaCodebook
import ThemaCoding
import ThemaExport

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
      let evaluation = try projectOptions.open().evaluate(gold: reference, against: source)
      let shown = selected == .all ? EvaluationSplit.allCases : [selected]
      if output.json {
        return try Output.json(EvaluationJSON(evaluation, splits: shown, differences: errors ? selected : nil))
      }
      for warning in evaluation.warnings { Output.warn(warning) }
      print(EvaluationText(evaluation: evaluation).render(split: selected, overall: shown, errors: errors))
    }
  }
}

// MARK: - Text

/// The readable form of an evaluation: a table per concept for one split, the overall lines per split,
/// and optionally the differences with their quotes.
struct EvaluationText {
  var evaluation: GoldEvaluation
  var bold = isatty(STDOUT_FILENO) == 1

  static func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }

  func render(split: EvaluationSplit, overall: [EvaluationSplit], errors: Bool) -> String {
    let compare = evaluation.mode == .compare
    var lines: [String] = []
    let all = evaluation.result.scores(.all)
    let dev = evaluation.result.scores(.dev)?.segments ?? 0
    let test = evaluation.result.scores(.test)?.segments ?? 0
    lines.append(
      "Gold standard \(evaluation.gold): \(evaluation.goldSegments) segments; evaluated \(all?.segments ?? 0) "
        + "(dev \(dev), test \(test)) in \(all?.documents ?? 0) documents.")
    lines.append(
      "Compared with \(evaluation.comparedWith)"
        + (compare ? "; concepts of codebook \(evaluation.codebook)." : "."))
    guard let scores = evaluation.result.scores(split) else { return lines.joined(separator: "\n") }
    lines.append("")
    lines.append("Split \(split.rawValue): \(scores.segments) segments in \(scores.documents) documents")
    var headers = ["concept", compare ? "gold" : "support", compare ? "other" : "coded", "TP", "FP", "FN", "precision", "recall", "F1"]
    if compare { headers.append("kappa") }
    var table = TextTable(headers, rightAligned: Set(1..<headers.count))
    func row(_ label: String, _ score: ConceptScore) -> [String] {
      var cells = [
        label, "\(score.support)", "\(score.predicted)", "\(score.truePositives)", "\(score.falsePositives)",
        "\(score.falseNegatives)", Self.number(score.precision), Self.number(score.recall), Self.number(score.f1),
      ]
      if compare { cells.append(Self.number(score.kappa)) }
      return cells
    }
    for score in scores.concepts { table.append(row(score.concept, score)) }
    table.append(row("overall (micro)", scores.micro))
    var macro = ["macro F1 (\(scores.macroConcepts) concepts)", "", "", "", "", "", "", "", Self.number(scores.macroF1)]
    if compare { macro.append("") }
    table.append(macro)
    lines.append(table.render(width: 120))
    lines.append(
      "– = undefined: precision when the \(compare ? "other coder" : "tool") never coded the concept, "
        + "recall when the gold never has it, F1 when neither has it.")

    lines.append("")
    var summary = TextTable(
      ["split", "segments", "precision", "recall", "F1", "macro F1"] + (compare ? ["kappa"] : []),
      rightAligned: Set(1..<(compare ? 7 : 6)))
    for split in overall {
      guard let scores = evaluation.result.scores(split) else { continue }
      summary.append(
        [
          split.rawValue, "\(scores.segments)", Self.number(scores.micro.precision), Self.number(scores.micro.recall),
          Self.number(scores.micro.f1), Self.number(scores.macroF1),
        ] + (compare ? [Self.number(scores.micro.kappa)] : []))
    }
    lines.append("Overall (micro-averaged over segment × concept):")
    lines.append(summary.render(width: 120))

    if errors {
      let differences = evaluation.result.differences.filter { split.contains($0.split) }
      let falsePositives = differences.filter { $0.kind == .falsePositive }.count
      lines.append("")
      lines.append(
        "Differences in split \(split.rawValue): \(falsePositives) false positives (coded by the "
          + "\(compare ? "other coder" : "tool") only), \(differences.count - falsePositives) false negatives (gold only).")
      let indicators = evaluation.result.falsePositivesByIndicator(in: split)
      if !indicators.isEmpty {
        let top = indicators.prefix(15).map { "\($0.concept): \($0.indicator) (\($0.falsePositives))" }
        lines.append("Indicators behind most false positives: " + top.joined(separator: ", ") + ".")
      }
      var missed: [String: Int] = [:]
      for difference in differences where difference.kind == .falseNegative { missed[difference.concept, default: 0] += 1 }
      if !missed.isEmpty {
        let top = missed.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) (\($0.value))" }
        lines.append("Concepts missed most: " + top.joined(separator: ", ") + ".")
      }
      for difference in differences {
        let fp = difference.kind == .falsePositive
        var head = "\(fp ? "FP" : "FN") \(difference.concept)  \(difference.document) #\(difference.ordinal) "
          + "(gold line \(difference.goldLine))"
        let via = difference.matches.map { match in
          [match.matchedForm.map { "\"\($0)\"" }, match.indicator.map { "by \($0)" }].compactMap { $0 }
            .joined(separator: " ")
        }.filter { !$0.isEmpty }
        if !via.isEmpty { head += "  " + via.joined(separator: "; ") }
        if let note = difference.note { head += "  note: \(note)" }
        lines.append(head)
        let quote = bold ? difference.highlighted(open: "\u{1B}[1m", close: "\u{1B}[0m") : difference.highlighted()
        lines.append("  " + quote.replacingOccurrences(of: "\n", with: " "))
      }
    }
    return lines.joined(separator: "\n")
  }
}

// MARK: - JSON

/// JSON of `thema evaluate --json` (documented in the README). Undefined measures are `null`, never
/// left out, so every score object has the same keys.
struct EvaluationJSON: Encodable {
  struct Score: Encodable {
    var score: ConceptScore

    enum Keys: String, CodingKey {
      case concept, support, predicted, truePositives, falsePositives, falseNegatives, segments
      case precision, recall, f1, kappa
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(score.concept, forKey: .concept)
      try container.encode(score.support, forKey: .support)
      try container.encode(score.predicted, forKey: .predicted)
      try container.encode(score.truePositives, forKey: .truePositives)
      try container.encode(score.falsePositives, forKey: .falsePositives)
      try container.encode(score.falseNegatives, forKey: .falseNegatives)
      try container.encode(score.segments, forKey: .segments)
      try container.encode(score.precision, forKey: .precision)
      try container.encode(score.recall, forKey: .recall)
      try container.encode(score.f1, forKey: .f1)
      try container.encode(score.kappa, forKey: .kappa)
    }
  }

  struct Split: Encodable {
    var split: String
    var segments: Int
    var documents: Int
    var overall: Score
    var macroF1: Double?
    var macroConcepts: Int
    var concepts: [Score]

    enum Keys: String, CodingKey { case split, segments, documents, overall, macroF1, macroConcepts, concepts }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(split, forKey: .split)
      try container.encode(segments, forKey: .segments)
      try container.encode(documents, forKey: .documents)
      try container.encode(overall, forKey: .overall)
      try container.encode(macroF1, forKey: .macroF1)
      try container.encode(macroConcepts, forKey: .macroConcepts)
      try container.encode(concepts, forKey: .concepts)
    }
  }

  struct Difference: Encodable {
    var kind: String
    var concept: String
    var split: String
    var document: String
    var segmentId: Int64
    var ordinal: Int
    var goldLine: Int
    var text: String
    var highlighted: String
    var matches: [EvaluatedMatch]
    var note: String?
  }

  var mode: String
  var gold: String
  var comparedWith: String
  var codebook: String
  var goldSegments: Int
  var evaluatedSegments: Int
  var warnings: [String]
  var splits: [Split]
  var differences: [Difference]?
  var falsePositivesByIndicator: [IndicatorErrors]?

  init(_ evaluation: GoldEvaluation, splits: [EvaluationSplit], differences: EvaluationSplit?) {
    mode = evaluation.mode.rawValue
    gold = evaluation.gold
    comparedWith = evaluation.comparedWith
    codebook = evaluation.codebook
    goldSegments = evaluation.goldSegments
    evaluatedSegments = evaluation.evaluatedSegments
    warnings = evaluation.warnings
    self.splits = splits.compactMap { evaluation.result.scores($0) }.map { scores in
      Split(
        split: scores.split.rawValue, segments: scores.segments, documents: scores.documents,
        overall: Score(score: scores.micro), macroF1: scores.macroF1, macroConcepts: scores.macroConcepts,
        concepts: scores.concepts.map(Score.init(score:)))
    }
    self.differences = differences.map { split in
      evaluation.result.differences.filter { split.contains($0.split) }.map {
        Difference(
          kind: $0.kind.rawValue, concept: $0.concept, split: $0.split.rawValue, document: $0.document,
          segmentId: $0.segmentId, ordinal: $0.ordinal, goldLine: $0.goldLine, text: $0.text,
          highlighted: $0.highlighted(), matches: $0.matches, note: $0.note)
      }
    }
    falsePositivesByIndicator = differences.map { evaluation.result.falsePositivesByIndicator(in: $0) }
  }
}
