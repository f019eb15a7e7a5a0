import ArgumentParser
import Foundation
import ThemaExport
import ThemaStore

extension Thema {
  /// `thema participants`: the project-wide list of people who speak in transcripts.
  struct Participants: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the participants of the project's transcripts, with the labels documents use.",
      discussion: """
        The same person can appear as "R1" in one transcript and "Marije" in another: link them with \
        'thema participants link KEEP OTHER…'. A participant is named by id or by SPEAKER@DOCUMENT.
        """,
      subcommands: [List.self, Link.self, Rename.self], defaultSubcommand: List.self)

    /// `thema participants list`.
    struct List: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "List participants and their aliases.")
      @OptionGroup var projectOptions: ProjectOptions
      @OptionGroup var output: OutputOptions

      func run() throws {
        let participants = try projectOptions.open().participants()
        if output.json {
          try Output.json(participants)
          return
        }
        var table = TextTable(["id", "name", "role", "turns", "aliases"], rightAligned: [0, 3])
        for p in participants {
          table.append([
            "\(p.id)", p.name, p.role ?? "-", "\(p.aliases.map(\.turns).reduce(0, +))",
            p.aliases.map { "\($0.speakerId)@\($0.document)" }.joined(separator: ", "),
          ])
        }
        print(table.render(width: Output.tableWidth()))
      }
    }

    /// `thema participants link`.
    struct Link: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Record that several participants are one person (the first is kept).")
      @OptionGroup var projectOptions: ProjectOptions
      @Argument(help: "The participant to keep, then the ones that are the same person.")
      var participants: [String]

      func validate() throws {
        if participants.count < 2 { throw ValidationError("Name at least two participants to link.") }
      }

      func run() throws {
        let project = try projectOptions.open()
        let ids = try participants.map(project.participantId)
        try project.linkParticipants(keep: ids[0], merge: Array(ids.dropFirst()))
        print("Linked \(ids.count - 1) participant(s) into participant \(ids[0]).")
      }
    }

    /// `thema participants rename`.
    struct Rename: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "Give a participant a display name (and role).")
      @OptionGroup var projectOptions: ProjectOptions
      @Argument(help: "The participant (id or SPEAKER@DOCUMENT).") var participant: String
      @Argument(help: "The new display name.") var name: String
      @Option(help: "The participant's role.") var role: String?

      func run() throws {
        let project = try projectOptions.open()
        try project.renameParticipant(try project.participantId(participant), name: name, role: role)
        print("Renamed participant \(participant) to \(name).")
      }
    }
  }
}
