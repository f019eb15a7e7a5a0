import ArgumentParser
import Foundation
import ThemaCodebook
import ThemaCoding
import ThemaStore

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
          that match nothing in the project (or only where another indicator of their concept already \
          matches the same words, or only where their matches do not count), and per indicator the most frequent other word forms its \
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
          let usage = try hasProject ? Self.usage(of: read.codebook, in: projectOptions.open()).usage : nil
          try Output.json(CheckReport(issues: read.issues, usage: usage))
          if errors > 0 { throw ExitCode(1) }
          return
        }
        for issue in read.issues { print(issue.description) }
        print("\(file): \(errors) error\(errors == 1 ? "" : "s"), \(read.issues.count - errors) warning\(read.issues.count - errors == 1 ? "" : "s").")
        if errors > 0 { throw ExitCode(1) }
        guard FileManager.default.fileExists(atPath: projectOptions.path) else { return }
        let (usage, segments) = try Self.usage(of: read.codebook, in: projectOptions.open())
        for item in usage {
          let place = "\(file):\(item.line.map(String.init) ?? "?")\(item.column.map { ":\($0)" } ?? "")"
          if item.matches == 0 {
            print("\(place): warning: \(item.concept): \(item.indicator) \(Self.unusedExplanation(item))")
          } else if !item.otherForms.isEmpty {
            let forms = item.otherForms.map { "\($0.form) (\($0.count), \($0.via.rawValue))" }
            print(
              "\(place): note: \(item.concept): \(item.indicator) also matches "
                + forms.joined(separator: ", "))
          }
        }
        print("Checked against \(segments) segments of \(projectOptions.path).")
      }

      /// The indicators' usage in the project's current segments, each document matched with the
      /// indicators of its language; and how many segments there are.
      static func usage(of codebook: Codebook, in project: Project) throws -> (usage: [IndicatorUsage], segments: Int) {
        let segments = try project.currentSegments()
        let languages = try project.documentLanguages(of: segments, otherwise: codebook.language)
        return (CodebookCorpusCheck(codebook: codebook).usage(in: segments, languages: languages), segments.count)
      }

      /// What an indicator without matches does in the project: nothing, only where another indicator of
      /// its concept already matches ("matches only where innovatie (line 12, 4 times) already matches"), or only
      /// where its matches do not count.
      static func unusedExplanation(_ item: IndicatorUsage) -> String {
        var parts: [String] = []
        if !item.shadowedBy.isEmpty {
          let by = item.shadowedBy.map {
            "\($0.indicator) (\($0.line.map { "line \($0), " } ?? "")\($0.count) time\($0.count == 1 ? "" : "s"))"
          }
          parts.append(
            "matches only where " + by.joined(separator: ", ") + " already match\(by.count == 1 ? "es" : "")"
              + " (redundant in this project)")
        }
        if item.nearMisses > 0 {
          parts.append(
            "\(parts.isEmpty ? "matches only" : "else") where its matches do not count (\(item.nearMisses) near "
              + "miss\(item.nearMisses == 1 ? "" : "es"): excluded, condition failed or uncoded section; see 'thema why')")
        }
        return parts.isEmpty ? "matches nothing in the project" : parts.joined(separator: "; ")
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
