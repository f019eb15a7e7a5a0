import Foundation
import Testing

@testable import ThemaCodebook

/// Every codebook shipped in `Codebooks/` reads without errors.
@Suite("Shipped codebooks")
struct CodebookFilesTests {
  static var codebooksFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Codebooks")
  }

  static var files: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: codebooksFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { codebooksFolder.appendingPathComponent($0) }
  }

  @Test func thereAreCodebooks() {
    #expect(Self.files.count >= 5)
  }

  @Test(arguments: files)
  func readsWithoutErrors(_ file: URL) throws {
    let result = try CodebookReader().read(contentsOf: file.path)
    let errors = result.issues.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    let warnings = result.issues.filter { $0.kind != .sharedTerm }
    #expect(warnings.isEmpty, "\(warnings.map(\.description).joined(separator: "\n"))")
    #expect(result.codebook.indicatorCount > 0)
  }

  @Test func indicatorCounts() throws {
    let counts = try Self.files.map { try CodebookReader().read(contentsOf: $0.path).codebook.indicatorCount }
    let mli = try CodebookReader().read(contentsOf: Self.codebooksFolder.appendingPathComponent("mli.yaml").path)
    #expect(mli.codebook.indicatorCount >= 150)
    #expect(counts.reduce(0, +) >= 200)
  }
}
