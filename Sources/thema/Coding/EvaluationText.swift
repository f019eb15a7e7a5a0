import Foundation
import ThemaCoding
import ThemaExport

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
    lines.append(table.render(width: Output.tableWidth(preferred: 120)))
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
    lines.append(summary.render(width: Output.tableWidth(preferred: 120)))

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
