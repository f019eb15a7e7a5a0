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
        updates only what changed and keeps every human decision. After an edit, only the concepts \
        whose content changed are matched again when the documents are those of the previous run and \
        the edit leaves the plausible compound parts (the forms of the codebook's terms) as they were; \
        the result is always that of a full run (--full forces one). To code a span by hand, see \
        'thema code-span' and 'thema code-text'.
        """)

    @OptionGroup var projectOptions: ProjectOptions

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
      print(Self.summary(of: report))
      for warning in report.warnings { print("  codebook: \(warning)") }
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
