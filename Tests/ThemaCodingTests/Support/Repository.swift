import Foundation

/// The repository's folders the tests read committed data from (codebooks, corpora, the gold standard).
enum Repository {
  /// The folder holding `Package.swift`, found by walking up from this file (so a test file may sit in
  /// any subfolder).
  static let root: URL = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder
  }()

  /// `Codebooks/mli.yaml`.
  static var mliCodebook: String { root.appendingPathComponent("Codebooks/mli.yaml").path }
}
