import ArgumentParser
import Foundation
import ThemaReview
import ThemaStore

extension Thema {
  /// `thema code-span SEGMENT START END --concept C` (automatic coding is `thema code --codebook`).
  struct CodeSpan: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "code-span",
      abstract: "Code a span of a segment by hand (offsets in the segment's text, see 'thema show DOC --segments').")
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coderOptions: CoderOptions
    @OptionGroup var reasonOptions: ReasonOptions
    @Argument(help: "The segment id.") var segment: Int64
    @Argument(help: "First character (0-based).") var start: Int
    @Argument(help: "End (exclusive).") var end: Int
    @Option(help: "The concept id.") var concept: String

    func run() throws {
      let project = try projectOptions.open()
      let coder = try coderOptions.resolve(in: project)
      let (id, event) = try project.addCoding(
        segment: segment, start: start, end: end, concept: concept, coder: coder, reason: reasonOptions.reason)
      print("Coding \(id) (\(concept)) added by \(coder) to segment \(segment) at \(start)-\(end): event \(event.id).")
    }
  }

  /// `thema code-text DOC "exact quote" --concept C`.
  struct CodeText: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "code-text",
      abstract: "Code a passage by quoting it exactly; the quote must occur once in the document.")
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coderOptions: CoderOptions
    @OptionGroup var reasonOptions: ReasonOptions
    @Argument(help: "The document (id, name or end of name).") var document: String
    @Argument(help: "The exact words, as in the analysis text ('thema show DOC').") var quote: String
    @Option(help: "The concept id.") var concept: String

    func run() throws {
      let project = try projectOptions.open()
      let coder = try coderOptions.resolve(in: project)
      let (id, event) = try project.codeText(
        document: document, quote: quote, concept: concept, coder: coder, reason: reasonOptions.reason)
      let coding = try project.coding(id)
      print(
        "Coding \(id) (\(concept)) added by \(coder) to segment \(coding.segmentId) at "
          + "\(coding.state.start)-\(coding.state.end) (original \(coding.state.originalStart)-\(coding.state.originalEnd)): event \(event.id).")
    }
  }

  /// `thema memo`.
  struct MemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "memo", abstract: "Write a memo on a document, segment, coding or concept, or list memos.")
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coderOptions: CoderOptions
    @Option(help: "A document (id, name or end of name).") var document: String?
    @Option(help: "A segment id.") var segment: Int64?
    @Option(help: "A coding id.") var coding: Int64?
    @Option(help: "A concept id.") var concept: String?
    @Argument(help: "The memo text; without it, the target's memos are listed.") var text: String?

    func validate() throws {
      let targets = [document != nil, segment != nil, coding != nil, concept != nil].filter { $0 }.count
      if targets != 1 { throw ValidationError("Name exactly one of --document, --segment, --coding, --concept.") }
    }

    func run() throws {
      let project = try projectOptions.open()
      let target: MemoTarget =
        if let document { .document(document) } else if let segment { .segment(segment) }
        else if let coding { .coding(coding) } else { .concept(concept!) }
      guard let text else {
        for memo in try project.memos(on: target) {
          print("[\(memo.id)] \(memo.createdAt.formatted(.iso8601)) \(memo.coder): \(memo.text)")
        }
        return
      }
      let coder = try coderOptions.resolve(in: project)
      let event = try project.memo(on: target, text: text, coder: coder)
      print("Memo \(event.memoId ?? 0) on \(target.kind) written by \(coder): event \(event.id).")
    }
  }
}
