import Foundation
import Testing

@testable import ThemaStore

// MARK: - The notes of an import

@Suite("Import notes name their file once")
struct ImportNotesTests {
  @Test func eachNoteNamesTheFileOnce() throws {
    let folder = try TemporaryFolder()
    let page = "Het team bespreekt het profiel.\n\n- 2 -\n\nDe werkgroep werkt het voorstel uit.\n\n- 3 -\n"
    let file = try folder.write("notulen/verslag.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x0A]) + Data(page.utf8))
    let project = try Project.open(at: folder.projectPath)
    let report = try project.importFiles([ImportItem(url: file, name: "notulen/verslag.txt")])
    #expect(report.warnings.count >= 2)
    for warning in report.warnings {
      #expect(warning.hasPrefix("notulen/verslag.txt: "), "\(warning)")
      #expect(warning.components(separatedBy: "notulen/verslag.txt").count == 2, "\(warning)")
    }
  }

  @Test func aCleanFileHasNoNotes() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("verslag.txt", "Het team bespreekt het profiel.\n")
    let project = try Project.open(at: folder.projectPath)
    let report = try project.importFiles([ImportItem(url: file, name: "verslag.txt")])
    #expect(report.warnings.isEmpty)
  }
}
