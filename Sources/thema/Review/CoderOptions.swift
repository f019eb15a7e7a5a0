import ArgumentParser
import Foundation
import ThemaReview
import ThemaStore

/// `--coder NAME` for commands that record decisions; falls back to `THEMA_CODER`, then to the
/// project's default coder.
struct CoderOptions: ParsableArguments {
  @Option(help: "Who is coding (default: $THEMA_CODER, else the project's default coder).")
  var coder: String?

  func resolve(in project: Project) throws -> String {
    try project.resolveCoder(coder, environment: ProcessInfo.processInfo.environment["THEMA_CODER"])
  }
}

/// `--reason TEXT` for decisions.
struct ReasonOptions: ParsableArguments {
  @Option(help: "Why (kept in the trail).")
  var reason: String?
}
