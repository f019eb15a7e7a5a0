import ArgumentParser
import Foundation
import ThemaStore

/// Which project file a command works on.
struct ProjectOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The project file (default: $THEMA_PROJECT, else ./thema.sqlite).", valueName: "path"))
  var project: String?

  /// The path the options resolve to.
  var path: String {
    project ?? ProcessInfo.processInfo.environment["THEMA_PROJECT"] ?? "thema.sqlite"
  }

  /// Opens the project; fails with a clear message when it does not exist and `create` is false.
  func open(create: Bool = false) throws -> Project {
    try Project.open(at: path, create: create)
  }
}
