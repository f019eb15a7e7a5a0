import ThemaExport
import ArgumentParser
import Foundation
import ThemaReview
import ThemaStore

extension Thema {
  /// `thema agreement --coders A,B`.
  struct Agreement: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Agreement between coders per concept and overall, with the segments they disagree on.",
      discussion: """
        Units are segments: a coder applied a concept to a segment, reviewed the segment without \
        applying it, or did not review it (missing). Reports percent agreement, Cohen's kappa (two \
        coders), Krippendorff's alpha (nominal, missing values allowed) and Krippendorff's unitized \
        alpha over the coded spans (on the text every coder reviewed). '-' means undefined (e.g. \
        one category only). Record the outcome of the discussion with 'thema consensus'.
        """)
    @OptionGroup var projectOptions: ProjectOptions
    @Option(help: "Two or more coders, separated by commas.") var coders: String
    @Option(help: "Only this concept.") var concept: String?
    @OptionGroup var output: OutputOptions

    var coderList: [String] { coders.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

    func validate() throws {
      if coderList.count < 2 { throw ValidationError("Name at least two coders: --coders A,B.") }
    }

    func run() throws {
      let report = try projectOptions.open().agreement(coders: coderList, concept: concept)
      if output.json {
        try Output.json(report)
        return
      }
      func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "-" }
      var table = TextTable(["concept", "segments", "% agree", "kappa", "alpha", "alpha-u"], rightAligned: [1, 2, 3, 4, 5])
      for f in report.concepts + [report.overall] {
        table.append([
          f.concept ?? "overall", "\(f.units)", f.percentAgreement.map { String(format: "%.1f", $0 * 100) } ?? "-",
          number(f.cohenKappa), number(f.krippendorffAlpha), number(f.unitizedAlpha),
        ])
      }
      print("Coders: \(report.coders.joined(separator: ", "))")
      print(table.render(width: Output.tableWidth()))
      print("")
      if report.disagreements.isEmpty {
        print("No disagreements.")
        return
      }
      print("Disagreements (\(report.disagreements.count)); record the consensus with 'thema consensus SEGMENT --concept C --applies yes|no':")
      for d in report.disagreements {
        let text = d.text.count > 90 ? String(d.text.prefix(89)) + "…" : d.text
        print("  segment \(d.segmentId) (\(d.document)) \(d.concept): applied by \(d.applied.joined(separator: ", ")); not by \(d.notApplied.joined(separator: ", "))")
        print("    \(text)")
      }
    }
  }

  /// `thema consensus SEGMENT --concept C --applies yes|no`.
  struct Consensus: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record the consensus on whether a concept applies to a segment (after 'thema agreement').")
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coderOptions: CoderOptions
    @OptionGroup var reasonOptions: ReasonOptions
    @Argument(help: "The segment id.") var segment: Int64
    @Option(help: "The concept id.") var concept: String
    @Option(help: "yes or no.") var applies: String

    func validate() throws {
      if applies != "yes" && applies != "no" { throw ValidationError("--applies takes yes or no.") }
    }

    func run() throws {
      let project = try projectOptions.open()
      let coder = try coderOptions.resolve(in: project)
      let events = try project.recordConsensus(
        segment: segment, concept: concept, present: applies == "yes", coder: coder, reason: reasonOptions.reason)
      if events.isEmpty { print("Nothing to change: the shared codings already say so.") }
      for e in events {
        print("Event \(e.id): coding \(e.codingId ?? 0) \(e.after?.status.rawValue ?? "?") by consensus (\(coder)).")
      }
    }
  }

  /// `thema accuracy --coder A`.
  struct Accuracy: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Precision, recall and F1 of the automatic suggestions against a coder's decisions.",
      discussion: """
        True positive: a suggestion the coder accepted. False positive: one they rejected or recoded \
        away. False negative: a coding they added by hand (or recoded to the concept) that no \
        suggestion produced. Undecided suggestions do not count. Low precision: sharpen the \
        concept's indicators; low recall: add indicators.
        """)
    @OptionGroup var projectOptions: ProjectOptions
    @Option(help: "The coder whose decisions are the reference.") var coder: String
    @Option(help: "Only this concept.") var concept: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
      let accuracy = try projectOptions.open().automaticAccuracy(coder: coder, concept: concept)
      if output.json {
        try Output.json(AccuracyJSON(accuracy))
        return
      }
      func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "-" }
      var table = TextTable(["concept", "TP", "FP", "FN", "precision", "recall", "F1"], rightAligned: [1, 2, 3, 4, 5, 6])
      for row in accuracy.concepts + [accuracy.overall] {
        table.append([
          row.concept, "\(row.truePositives)", "\(row.falsePositives)", "\(row.falseNegatives)",
          number(row.precision), number(row.recall), number(row.f1),
        ])
      }
      print("Automatic suggestions against \(coder)'s decisions")
      print(table.render(width: Output.tableWidth()))
    }
  }
}

/// JSON of `thema accuracy --json`.
struct AccuracyJSON: Encodable {
  struct Row: Encodable {
    var concept: String
    var truePositives, falsePositives, falseNegatives: Int
    var precision, recall, f1: Double?
  }
  var coder: String
  var concepts: [Row]
  var overall: Row

  init(_ a: AutomaticAccuracy) {
    func row(_ r: AutomaticAccuracy.Row) -> Row {
      Row(
        concept: r.concept, truePositives: r.truePositives, falsePositives: r.falsePositives,
        falseNegatives: r.falseNegatives, precision: r.precision, recall: r.recall, f1: r.f1)
    }
    coder = a.coder
    concepts = a.concepts.map(row)
    overall = row(a.overall)
  }
}
