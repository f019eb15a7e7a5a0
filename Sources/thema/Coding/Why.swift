import ArgumentParser
import Foundation
import ThemaCodebook
import ThemaCoding

extension Thema {
  /// `thema why SEGMENT --codebook FILE`: explains every match and near miss in one segment.
  struct Why: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Explain why a segment is coded: every match and every near miss of a codebook.")

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
      let coding = matcher.code(found.segment.segment.text)
      if output.json { return try Output.json(coding) }
      let map = found.segment.segment.map
      print("\(found.document) #\(segment): \(found.segment.segment.text.replacingOccurrences(of: "\n", with: " "))")
      print(coding.matches.isEmpty ? "No matches." : "Matches:")
      for match in coding.matches {
        let original = map.originalRange(ofView: match.range)
        print(
          "  \(match.concept): \(match.indicator) matched \"\(match.matchedForm)\" by \(match.via.rawValue) "
            + "at \(match.start)..<\(match.end) (original \(original.lowerBound)..<\(original.upperBound))")
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
