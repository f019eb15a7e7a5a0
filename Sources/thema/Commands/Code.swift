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
        updates only what changed and keeps every human decision. To code a span by hand, see \
        'thema code-span' and 'thema code-text'.
        """)

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: "The codebook (YAML; see Codebooks/README.md).")
    var codebook: String

    func run() throws {
      let report = try projectOptions.open().code(codebookAt: codebook)
      print(Self.summary(of: report))
      for warning in report.warnings { print("  codebook: \(warning)") }
    }

    static func summary(of report: CodingRunReport) -> String {
      var lines = [
        "Coded \(report.segments) segments with \(report.codebook): \(report.matches) matches.",
        "Suggestions: \(report.reconciliation.summary)",
      ]
      if !report.skippedDocuments.isEmpty {
        lines.append(
          "Skipped (other language): \(report.skippedDocuments.joined(separator: ", ")).")
      }
      return lines.joined(separator: "\n")
    }
  }
}
