import ArgumentParser
import Foundation

/// The `thema` command: a thin layer over the Thema libraries. Each subcommand lives in its own file.
@main
struct Thema: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "thema",
    abstract: "Qualitative coding for education research: minutes, transcripts, profiles, surveys.",
    discussion: """
      A project is one SQLite file (default ./thema.sqlite; choose another with --project or \
      THEMA_PROJECT). Start with 'thema add FOLDER' or run 'thema demo' on the sample corpus.
      """,
    subcommands: [
      Init.self, Add.self, Documents.self, Show.self, Attributes.self, Participants.self, Demo.self,
      Code.self, Codings.self, Why.self, Kwic.self, CodebookCommand.self, Review.self, Accept.self,
      Reject.self, Recode.self, Adjust.self, CodeSpan.self,
      CodeText.self, MemoCommand.self, Undo.self, Log.self, History.self, Coders.self, Blind.self,
      Agreement.self, Consensus.self, Accuracy.self, Evaluate.self,
      MatrixCommand.self, CompareCommand.self, DiffCommand.self, CooccurrenceCommand.self,
      QuotesCommand.self, PlacematCommand.self, ReportCommand.self, SurveyCommand.self, Bench.self,
    ])

  /// Runs the command with Thema's exit codes: 0 success, 1 bad input, 2 wrong usage. Errors go to
  /// standard error as one readable sentence.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      if code == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
      let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
      FileHandle.standardError.write(Data("thema: \(message)\n".utf8))
      Foundation.exit(1)
    }
  }
}
