import Foundation
import ThemaSurvey

/// Loads the committed sample export (Corpora/mli/survey) once per test process.
enum SampleSurvey {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpora/mli/survey")

  static func load(_ layout: String, mapping: Bool = true) throws -> SurveyImportResult {
    let data = try Data(contentsOf: folder.appendingPathComponent("mli-enquete-\(layout).csv"))
    let map = try mapping
      ? SurveyMapping.parse(
        yaml: String(contentsOf: folder.appendingPathComponent("mli-enquete-\(layout).yaml"), encoding: .utf8),
        file: "mli-enquete-\(layout).yaml")
      : nil
    return try SurveyImporter.importSurvey(data, name: "mli-enquete-\(layout).csv", mapping: map)
  }

  static let a: SurveyImportResult = try! load("a")
  static let b: SurveyImportResult = try! load("b")
}
