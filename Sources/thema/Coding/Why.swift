import ArgumentParser
import Foundation
import ThemaCodebook
import ThemaCoding

extension Thema {
  /// `thema why SEGMENT --codebook FILE`: explains every match and near miss in one segment.
  struct Why: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Explain why a segment is coded: every match and every near miss of a codebook.",
      discussion: """
        --json prints {"matches": [...], "nearMisses": [{"match": {...}, "reason": {...}}]}. Each match \
        has concept, dimension, indicator, indicatorIndex, matchedForm, via (exact, form, stem, lemma, \
        prefix, suffix, phrase, compound-head, compound-modifier, ellipsis), start/end (Unicode scalars \
        of the segment text) and originalStart/originalEnd (Unicode scalars of the decoded original, as \
        'thema codings --json' gives them). A near miss's reason is {"excluded": {"by", "start", "end"}} \
        or {"conditionFailed": {"needs": [...]}}.
        """)

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The segment id (as shown by 'thema codings').")
    var segment: Int64

    @Option(help: "The codebook (YAML).")
    var codebook: String

    func run() throws {
      let project = try projectOptions.open()
      guard let found = try project.storedSegment(id: segment) else {
        throw ValidationError("no segment with id \(segment) in the project's current documents")
      }
      let read = try CodebookReader().read(contentsOf: codebook)
      if read.hasErrors {
        throw CodingRunError.invalidCodebook(
          path: codebook, issues: read.issues.filter { $0.severity == .error }.map(\.description))
      }
      var matcher = CodebookMatcher(codebook: read.codebook, language: read.codebook.language)
      let map = found.segment.segment.map
      let coding = matcher.code(found.segment.segment.text).mappedToOriginal(by: map)
      if output.json { return try Output.json(coding) }
      print("\(found.document) #\(segment): \(found.segment.segment.text.replacingOccurrences(of: "\n", with: " "))")
      print(coding.matches.isEmpty ? "No matches." : "Matches:")
      for match in coding.matches {
        print(
          "  \(match.concept): \(match.indicator) matched \"\(match.matchedForm)\" by \(match.via.rawValue) "
            + "at \(match.start)..<\(match.end) (original \(match.originalStart ?? 0)..<\(match.originalEnd ?? 0))")
      }
      print(coding.nearMisses.isEmpty ? "No near misses." : "Near misses:")
      for miss in coding.nearMisses {
        print(
          "  \(miss.match.concept): \(miss.explanation) (by \(miss.match.via.rawValue), "
            + "at \(miss.match.start)..<\(miss.match.end))")
      }
    }
  }
}
