import ArgumentParser
import Foundation
import ThemaCoding
import ThemaStore

extension Thema {
  /// `thema code --codebook FILE`: automatic coding of every segment with a codebook.
  struct Code: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Code every segment with a codebook; each match becomes a suggestion to review.",
      discussion: """
        Re-running with the same codebook changes nothing; re-running with an edited codebook \
        updates only what changed and keeps every human decision. When the documents are those of \
        the previous run, only the concepts whose indicators or exclusions changed are matched again (a \
        reworded definition re-matches nothing), and only in the segments that contain a form the edit \
        concerns; the result is always that of a full run (--full forces one). To code a span by hand, \
        see 'thema code-span' and 'thema code-text'.
        """)

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "The codebook (YAML; see Codebooks/README.md).")
    var codebook: String

    @Flag(help: "Match every concept again, even when only some changed since the previous run.")
    var full = false

    func run() throws {
      // On a terminal, one line on standard error that says which document is being matched.
      let terminal = isatty(STDERR_FILENO) == 1
      let report = try projectOptions.open().code(codebookAt: codebook, incremental: !full) { step in
        guard terminal else { return }
        let line = "Coding document \(step.index + 1) of \(step.total): \(step.document)"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
      }
      if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
      if output.json { return try Output.json(RunSummary(report)) }
      print(Self.summary(of: report))
      for warning in report.warnings { print("  codebook: \(warning)") }
    }

    /// `--json`: what the run did, as counts (the coding ids are in `thema codings --json`).
    struct RunSummary: Encodable {
      var codebook: String
      var contentHash: String
      var segments: Int
      var matches: Int
      var added: Int
      var resuggested: Int
      var withdrawn: Int
      var unchanged: Int
      var keptDecisions: Int
      /// The concepts an incremental run re-matched; nil for a full run.
      var rematchedConcepts: [String]?
      var skippedDocuments: [String]
      var warnings: [String]

      init(_ report: CodingRunReport) {
        let r = report.reconciliation
        codebook = report.codebook
        contentHash = report.contentHash
        segments = report.segments
        matches = report.matches
        (added, resuggested, withdrawn) = (r.added.count, r.resuggested.count, r.withdrawn.count)
        (unchanged, keptDecisions) = (r.unchangedCount, r.keptDecisions)
        rematchedConcepts = report.rematchedConcepts
        skippedDocuments = report.skippedDocuments
        warnings = report.warnings
      }

      enum CodingKeys: String, CodingKey {
        case codebook, contentHash, segments, matches, added, resuggested, withdrawn, unchanged, keptDecisions
        case rematchedConcepts, skippedDocuments, warnings
      }

      /// As synthesized, except that a full run's `rematchedConcepts` is written as null, not left out.
      func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(codebook, forKey: .codebook)
        try c.encode(contentHash, forKey: .contentHash)
        try c.encode(segments, forKey: .segments)
        try c.encode(matches, forKey: .matches)
        try c.encode(added, forKey: .added)
        try c.encode(resuggested, forKey: .resuggested)
        try c.encode(withdrawn, forKey: .withdrawn)
        try c.encode(unchanged, forKey: .unchanged)
        try c.encode(keptDecisions, forKey: .keptDecisions)
        try c.encode(rematchedConcepts, forKey: .rematchedConcepts)
        try c.encode(skippedDocuments, forKey: .skippedDocuments)
        try c.encode(warnings, forKey: .warnings)
      }
    }

    static func summary(of report: CodingRunReport) -> String {
      var lines = [
        "Coded \(report.segments) segments with \(report.codebook): \(report.matches) matches.",
        "Suggestions: \(report.reconciliation.summary)",
      ]
      if let incremental = report.incremental { lines.append("Incremental: \(incremental).") }
      if !report.skippedDocuments.isEmpty {
        lines.append(
          "Skipped (other language): \(report.skippedDocuments.joined(separator: ", ")).")
      }
      return lines.joined(separator: "\n")
    }
  }
}
