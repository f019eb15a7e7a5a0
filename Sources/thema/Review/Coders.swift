import ThemaExport
import ArgumentParser
import Foundation
import ThemaReview
import ThemaStore

extension Thema {
  /// `thema coders`: the people who code in the project.
  struct Coders: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the project's coders, add one, or set the default coder.",
      discussion: """
        Every decision names its coder: --coder NAME, else $THEMA_CODER, else the project's default \
        coder ('thema coders default NAME'). 'auto' is the automatic coder and cannot be used.
        """,
      subcommands: [List.self, Add.self, Default.self], defaultSubcommand: List.self)

    /// `thema coders list`.
    struct List: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "List coders with their number of events.")
      @OptionGroup var projectOptions: ProjectOptions
      @OptionGroup var output: OutputOptions

      func run() throws {
        let coders = try projectOptions.open().coders()
        if output.json {
          try Output.json(coders)
          return
        }
        var table = TextTable(["coder", "events", "since", "default"], rightAligned: [1])
        for c in coders {
          table.append([c.name, "\(c.events)", c.since.formatted(.iso8601), c.isDefault ? "yes" : ""])
        }
        print(table.render(width: Output.tableWidth()))
      }
    }

    /// `thema coders add`.
    struct Add: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "Register a coder.")
      @OptionGroup var projectOptions: ProjectOptions
      @Argument(help: "The coder's name.") var name: String

      func run() throws {
        try projectOptions.open().addCoder(name)
        print("Coder \(name) registered.")
      }
    }

    /// `thema coders default`.
    struct Default: ParsableCommand {
      static let configuration = CommandConfiguration(abstract: "Set (or with --clear, remove) the default coder.")
      @OptionGroup var projectOptions: ProjectOptions
      @Argument(help: "The coder's name.") var name: String?
      @Flag(help: "Remove the default coder.") var clear = false

      func validate() throws {
        if (name == nil) == !clear { throw ValidationError("Give a coder's name, or --clear.") }
      }

      func run() throws {
        try projectOptions.open().setDefaultCoder(clear ? nil : name)
        print(clear ? "No default coder." : "Default coder: \(name!).")
      }
    }
  }

  /// `thema blind`: blind mode for independent double coding.
  struct Blind: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Turn blind mode on or off, or show it.",
      discussion: """
        In blind mode every coder decides on a private copy of each suggestion and 'thema review' \
        hides other coders' decisions, so two coders can code the same segments independently and \
        'thema agreement' can compare them. Record the consensus with 'thema consensus'.
        """)
    @OptionGroup var projectOptions: ProjectOptions
    @Argument(help: "on, off, or nothing to show the current mode.") var mode: String?

    func validate() throws {
      if let mode, mode != "on", mode != "off" { throw ValidationError("Say 'on' or 'off'.") }
    }

    func run() throws {
      let project = try projectOptions.open()
      if let mode { try project.setBlind(mode == "on") }
      print("Blind mode is \(try project.isBlind() ? "on" : "off").")
    }
  }
}
