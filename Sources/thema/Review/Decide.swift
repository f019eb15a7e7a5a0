import ArgumentParser
import Foundation
import ThemaReview
import ThemaStore

extension Thema {
  /// `thema accept ID…`.
  struct Accept: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Accept codings (suggestions) by id, for scripts; see 'thema review' to walk them.")
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coderOptions: CoderOptions
    @OptionGroup var reasonOptions: ReasonOptions
    @Argument(help: "Coding ids.") var ids: [Int64]

    func run() throws {
      try Decide.each(ids, projectOptions, coderOptions, verb: "accepted") { project, id, coder in
        try project.accept(id, coder: coder, reason: reasonOptions.reason)
      }
    }
  }

  /// `thema reject ID…`.
  struct Reject: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Reject codings (suggestions) by id.")
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coderOptions: CoderOptions
    @OptionGroup var reasonOptions: ReasonOptions
    @Argument(help: "Coding ids.") var ids: [Int64]

    func run() throws {
      try Decide.each(ids, projectOptions, coderOptions, verb: "rejected") { project, id, coder in
        try project.reject(id, coder: coder, reason: reasonOptions.reason)
      }
    }
  }

  /// `thema recode ID --to CONCEPT`.
  struct Recode: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Move a coding to another concept (and accept it).")
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coderOptions: CoderOptions
    @OptionGroup var reasonOptions: ReasonOptions
    @Argument(help: "The coding id.") var id: Int64
    @Option(help: "The concept id to move it to.") var to: String

    func run() throws {
      try Decide.each([id], projectOptions, coderOptions, verb: "recoded to \(to)") { project, id, coder in
        try project.recode(id, to: to, coder: coder, reason: reasonOptions.reason)
      }
    }
  }

  /// `thema adjust ID START END`.
  struct Adjust: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change a coding's span (character offsets in its segment's text) and accept it.")
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coderOptions: CoderOptions
    @OptionGroup var reasonOptions: ReasonOptions
    @Argument(help: "The coding id.") var id: Int64
    @Argument(help: "First character (0-based).") var start: Int
    @Argument(help: "End (exclusive).") var end: Int

    func run() throws {
      try Decide.each([id], projectOptions, coderOptions, verb: "adjusted to \(start)-\(end)") { project, id, coder in
        try project.adjust(id, start: start, end: end, coder: coder, reason: reasonOptions.reason)
      }
    }
  }

  /// `thema undo EVENT`.
  struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Undo an event with a new event that restores the coding's previous state.")
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coderOptions: CoderOptions
    @OptionGroup var reasonOptions: ReasonOptions
    @Argument(help: "The event id (see 'thema log' or 'thema history').") var event: Int64

    func run() throws {
      let project = try projectOptions.open()
      let coder = try coderOptions.resolve(in: project)
      let undo = try project.undo(event: event, coder: coder, reason: reasonOptions.reason)
      print("Event \(undo.id): undid event \(event); coding \(undo.codingId ?? 0) is \(undo.after?.status.rawValue ?? "?") again.")
    }
  }
}

/// Shared by the decision commands: apply to each id, report each, fail at the end if any failed.
enum Decide {
  static func each(
    _ ids: [Int64], _ projectOptions: ProjectOptions, _ coderOptions: CoderOptions, verb: String,
    _ action: (Project, Int64, String) throws -> CodingEvent?
  ) throws {
    let project = try projectOptions.open()
    let coder = try coderOptions.resolve(in: project)
    var failures = 0
    for id in ids {
      do {
        if let event = try action(project, id, coder) {
          let copy = event.codingId != id ? " (your blind copy: coding \(event.codingId ?? 0))" : ""
          print("Coding \(id) \(verb) by \(coder)\(copy): event \(event.id).")
        } else {
          print("Coding \(id): no change (already so); nothing recorded.")
        }
      } catch {
        failures += 1
        Output.warn("thema: " + ((error as? LocalizedError)?.errorDescription ?? "\(error)"))
      }
    }
    if failures > 0 { throw ExitCode(1) }
  }
}
