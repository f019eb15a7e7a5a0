import ArgumentParser
import Foundation
import ThemaCodebook
import ThemaCoding

extension Thema {
  /// `thema codebook`: working with codebook files.
  struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "codebook", abstract: "Work with codebook files.", subcommands: [Check.self])

    /// `thema codebook check FILE`: validation issues, and usage against the project when there is one.
    struct Check: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Validate a codebook (file:line:column); with a project, report unused and too broad terms.",
        discussion: """
          Exits 1 when the codebook has errors. When the project file exists, also lists indicators \
          that match nothing in the project, and per indicator the most frequent other word forms its \
          stem, lemma or compound rule reaches (opt out with 'stem: false' or 'compound: none').
          """)

      @OptionGroup var projectOptions: ProjectOptions
      @OptionGroup var output: OutputOptions

      @Argument(help: "The codebook (YAML).")
      var file: String

      func run() throws {
        let read = try CodebookReader().read(contentsOf: file)
        let errors = read.issues.filter { $0.severity == .error }.count
        if output.json {
          let hasProject = errors == 0 && FileManager.default.fileExists(atPath: projectOptions.path)
          let usage = try hasProject
            ? CodebookCorpusCheck(codebook: read.codebook).usage(in: projectOptions.open().currentSegments())
            : nil
          try Output.json(CheckReport(issues: read.issues, usage: usage))
          if errors > 0 { throw ExitCode(1) }
          return
        }
        for issue in read.issues { print(issue.description) }
        print("\(file): \(errors) error\(errors == 1 ? "" : "s"), \(read.issues.count - errors) warning\(read.issues.count - errors == 1 ? "" : "s").")
        if errors > 0 { throw ExitCode(1) }
        guard FileManager.default.fileExists(atPath: projectOptions.path) else { return }
        let segments = try projectOptions.open().currentSegments()
        let usage = CodebookCorpusCheck(codebook: read.codebook).usage(in: segments)
        for item in usage {
          let place = "\(file):\(item.line.map(String.init) ?? "?")\(item.column.map { ":\($0)" } ?? "")"
          if item.matches == 0 {
            print("\(place): warning: \(item.concept): \(item.indicator) matches nothing in the project")
          } else if !item.otherForms.isEmpty {
            let forms = item.otherForms.map { "\($0.form) (\($0.count), \($0.via.rawValue))" }
            print(
              "\(place): note: \(item.concept): \(item.indicator) also matches "
                + forms.joined(separator: ", "))
          }
        }
        print("Checked against \(segments.count) segments of \(projectOptions.path).")
      }

      /// The JSON of `--json`: validation issues, and per indicator its usage in the project (absent
      /// without a project or with errors).
      struct CheckReport: Encodable {
        var issues: [CodebookIssue]
        var usage: [IndicatorUsage]?
      }
    }
  }
}
