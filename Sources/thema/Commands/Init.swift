import ArgumentParser
import Foundation
import ThemaStore

extension Thema {
  /// `thema init`: creates an empty project file.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create an empty project file.",
      discussion: "Does nothing to a project that already exists (it is only brought up to date).")

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
      let existed = FileManager.default.fileExists(atPath: projectOptions.path)
      let project = try projectOptions.open(create: true)
      print(existed ? "Project \(project.path) already exists." : "Created project \(project.path).")
    }
  }
}
