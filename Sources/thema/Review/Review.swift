import ArgumentParser
import Foundation
import ThemaReview
import ThemaStore

extension Thema {
  /// `thema review`: walk the open suggestions one by one in the terminal.
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Walk the open suggestions one by one and decide with single keys.",
      discussion: """
        Keys: a accept, r reject, c recode (type the concept), j adjust the span (type START END), \
        m memo, s or space skip, b back, q quit, ? help. Every decision is saved at once, so quitting \
        at any point keeps all of them. In blind mode other coders' decisions are hidden.
        """)
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coderOptions: CoderOptions
    @Option(help: "Only suggestions of this concept.") var concept: String?
    @Option(help: "Only suggestions in this document (id, name or end of name).") var document: String?
    @Flag(help: "No colours.") var plain = false

    func run() throws {
      let project = try projectOptions.open()
      let coder = try coderOptions.resolve(in: project)
      let queue = try ReviewQueue(project: project, coder: coder, concept: concept, document: document)
      let terminal = RawTerminal()
      defer { terminal.restore() }
      var session = ReviewSession(
        project: project, queue: queue, coder: coder, terminal: terminal,
        colour: !plain && isatty(STDOUT_FILENO) == 1 || ProcessInfo.processInfo.environment["THEMA_COLOR"] == "1")
      try session.run()
    }
  }
}
