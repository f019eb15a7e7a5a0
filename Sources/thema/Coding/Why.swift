import ArgumentParser
import Foundation
import ThemaCodebook
import ThemaCoding

extension Thema {
  /// `thema why SEGMENT [--codebook FILE]`: explains every match and near miss in one segment (by default
  /// with the codebook the newest `thema code` run applied, as stored in the project).
  struct Why: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Explain why a segment is coded: every match and every near miss of a codebook.",
      discussion: """
        Without --codebook the codebook of the newest 'thema code' run is used, exactly as it was \
        applied (stored in the project), so the explanation is of the codings the project holds; name a \
        file to see what an edited codebook would do. --json prints {"matches": [...], "nearMisses": [{"match": {...}, "reason": {...}}]}. Each match \
        has concept, dimension, indicator, indicatorIndex, matchedForm, via (exact, form, stem, lemma, \
        prefix, suffix, phrase, compound-head, compound-modifier, ellipsis), start/end (Unicode scalars \
        of the segment text) and originalStart/originalEnd (Unicode scalars of the decoded original, as \
        'thema codings --json' gives them). A code inherited from the segment's structure (an indicator \
        with `in: heading`, `lead-in` or `attribute NAME`) spans the whole segment and has "context": \
        {source (heading, lead-in, attribute), attribute, segmentId, ordinal, text, start, end, \
        originalStart, originalEnd}: the heading, lead-in or attribute value it matched in, the matched \
        form's span in that text and in the original. A near miss's reason is {"excluded": {"by", "start", "end"}} \
        or {"conditionFailed": {"needs": [...]}} or, in a section the codebook's uncoded-sections name, \
        {"uncodedSection": {"heading", "pattern", "form"}}. "shadowed": [{"match", "by"}] lists matches \
        that add nothing because another indicator of the same concept ("by") already codes the span.
        """)

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The segment id (as shown by 'thema codings').")
    var segment: Int64

    @Option(help: "The codebook (YAML); default: the one the newest 'thema code' run applied.")
    var codebook: String?

    func run() throws {
      let project = try projectOptions.open()
      guard let found = try project.storedSegment(id: segment) else {
        throw ValidationError("no segment with id \(segment) in the project's current documents")
      }
      let read: CodebookReadResult
      let source: String
      if let codebook {
        (read, source) = (try CodebookReader().read(contentsOf: codebook), codebook)
      } else if let stored = try project.newestRunCodebook() {
        (read, source) = (try CodebookReader().read(yaml: stored.yaml, file: stored.label), stored.label)
      } else {
        throw ValidationError("nothing has been coded in this project yet: name a codebook with --codebook FILE")
      }
      if read.hasErrors {
        throw CodingRunError.invalidCodebook(
          path: source, issues: read.issues.filter { $0.severity == .error }.map(\.description))
      }
      // The indicators of the document's language, as `thema code` matched them.
      let language =
        try project.documents().first { $0.name == found.document }
        .map { try project.language(of: $0, otherwise: read.codebook.language) } ?? read.codebook.language
      var coder = ContextualCoder(matcher: CodebookMatcher(codebook: read.codebook, language: language))
      let context = try coder.usesContext ? project.segmentContext(of: segment) : SegmentContext()
      let map = found.segment.segment.map
      let coding = coder.code(found.segment.segment.text, context: context).mappedToOriginal(by: map)
      if output.json { return try Output.json(coding) }
      print("\(found.document) #\(segment): \(found.segment.segment.text.replacingOccurrences(of: "\n", with: " "))")
      print(coding.matches.isEmpty ? "No matches." : "Matches:")
      for match in coding.matches {
        print(
          "  \(match.concept): \(match.indicator) matched \"\(match.matchedForm)\" by \(match.via.rawValue) "
            + "at \(match.start)..<\(match.end) (original \(match.originalStart ?? 0)..<\(match.originalEnd ?? 0))")
        if let context = match.context {
          print("    inherited from the \(context.explanation); the code spans the whole segment")
        }
      }
      print(coding.nearMisses.isEmpty ? "No near misses." : "Near misses:")
      for miss in coding.nearMisses {
        print(
          "  \(miss.match.concept): \(miss.explanation) (by \(miss.match.via.rawValue), "
            + "at \(miss.match.start)..<\(miss.match.end))")
      }
      if !coding.shadowed.isEmpty { print("Redundant (another indicator of the concept already codes it):") }
      for shadow in coding.shadowed {
        print(
          "  \(shadow.match.concept): \(shadow.explanation) (by \(shadow.match.via.rawValue), "
            + "at \(shadow.match.start)..<\(shadow.match.end))")
      }
    }
  }
}
