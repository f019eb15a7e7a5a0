import Foundation
import GRDB
import Testing
import ThemaIngest

@testable import ThemaStore

@Suite("Importing into a project")
struct ProjectImportTests {
  static let minutes = """
    # Verslag teamoverleg

    Het team bespreekt hoe MLI-opgeleiden het onderwijs in de eigen school vernieuwen.

    - onderzoekend werken
    - een lerende cultuur
    """

  /// Every row of every table, as text: two equal dumps mean an unchanged project.
  static func dump(_ project: Project) throws -> [String] {
    try project.database.read { db in
      var lines: [String] = []
      for table in ["document", "documentVersion", "segment", "documentAttribute"] {
        for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") {
          lines.append("\(table): \(row)")
        }
      }
      return lines
    }
  }

  @Test func importsAndKeepsTheOriginalBytes() throws {
    let folder = try TemporaryFolder()
    let bytes = Data([0xEF, 0xBB, 0xBF]) + Data("Verslag\r\n\r\nDe caf\u{E9} was vol.\r\n".utf8)
    let file = try folder.write("verslag.txt", bytes)
    let project = try Project.open(at: folder.projectPath)
    let report = try project.importFiles([ImportItem(url: file, name: "verslag.txt")])
    #expect(report.added == ["verslag.txt"])
    let document = try project.document("verslag.txt")
    #expect(try project.original(of: document) == bytes)
    #expect(document.encoding == .utf8BOM)
    #expect(document.segmentCount == report.segmentCount)
    #expect(document.segmentCount > 0)
  }

  @Test func reimportingAnIdenticalFileChangesNothing() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("verslag.md", Self.minutes)
    let project = try Project.open(at: folder.projectPath)
    try project.importFiles([ImportItem(url: file, name: "verslag.md", attributes: ["type": "minutes"])])
    let before = try Self.dump(project)
    let again = try project.importFiles([
      ImportItem(url: file, name: "verslag.md", attributes: ["type": "minutes"])
    ])
    #expect(again.unchanged == ["verslag.md"])
    #expect(again.added.isEmpty && again.newVersions.isEmpty && again.attributesChanged.isEmpty)
    #expect(try Self.dump(project) == before)
  }

  @Test func aChangedFileBecomesANewVersion() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("profiel.md", Self.minutes)
    let project = try Project.open(at: folder.projectPath)
    try project.importFiles([ImportItem(url: file, name: "profiel.md")])
    let changed = Self.minutes + "\nEen nieuwe alinea over teacher leadership.\n"
    try folder.write("profiel.md", changed)
    let report = try project.importFiles([ImportItem(url: file, name: "profiel.md")])
    #expect(report.newVersions == ["profiel.md"])
    let document = try project.document("profiel.md")
    #expect(document.version == 2 && document.versionCount == 2)
    #expect(try project.original(of: document, version: 1) == Data(Self.minutes.utf8))
    #expect(try project.original(of: document) == Data(changed.utf8))
    #expect(try project.documents().count == 1)
  }

  @Test func aFailedImportLeavesTheProjectUntouched() throws {
    let folder = try TemporaryFolder()
    let good = try folder.write("a.md", Self.minutes)
    let project = try Project.open(at: folder.projectPath)
    try project.importFiles([ImportItem(url: good, name: "a.md")])
    let before = try Self.dump(project)

    let second = try folder.write("b.md", Self.minutes + "\nMeer tekst.\n")
    let missing = folder.url.appendingPathComponent("bestaat-niet.txt")
    #expect {
      try project.importFiles([
        ImportItem(url: second, name: "b.md"), ImportItem(url: missing, name: "bestaat-niet.txt"),
      ])
    } throws: { error in
      guard case StoreError.importFailed(let failures) = error else { return false }
      return failures.count == 1 && failures[0].message.contains("bestaat-niet.txt")
    }
    #expect(try Self.dump(project) == before)
  }

  @Test func keepGoingImportsTheGoodFilesAndListsTheFailures() throws {
    let folder = try TemporaryFolder()
    let good = try folder.write("a.md", Self.minutes)
    let missing = folder.url.appendingPathComponent("weg.txt")
    let project = try Project.open(at: folder.projectPath)
    let report = try project.importFiles(
      [ImportItem(url: missing, name: "weg.txt"), ImportItem(url: good, name: "a.md")],
      keepGoing: true)
    #expect(report.added == ["a.md"])
    #expect(report.failures.map(\.name) == ["weg.txt"])
    #expect(try project.documents().map(\.name) == ["a.md"])
  }

  @Test func segmentsRoundTripThroughTheProjectFile() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("verslag.md", Self.minutes)
    let project = try Project.open(at: folder.projectPath)
    try project.importFiles([ImportItem(url: file, name: "verslag.md")])
    let expected = try Readers.read(Data(Self.minutes.utf8), name: "verslag.md").segments
    let stored = try project.segments(of: try project.document("verslag.md")).map(\.segment)
    #expect(stored == expected)
  }

  @Test func documentsAreFoundByIdNameOrEndOfName() throws {
    let folder = try TemporaryFolder()
    let a = try folder.write("notulen/overleg-1.md", Self.minutes)
    let b = try folder.write("notulen/overleg-2.md", Self.minutes + "\nExtra.\n")
    let project = try Project.open(at: folder.projectPath)
    try project.importFiles([
      ImportItem(url: a, name: "notulen/overleg-1.md"), ImportItem(url: b, name: "notulen/overleg-2.md"),
    ])
    #expect(try project.document("overleg-2").name == "notulen/overleg-2.md")
    #expect(try project.document("notulen/overleg-1.md").name == "notulen/overleg-1.md")
    #expect(throws: StoreError.self) { try project.document("overleg") }
    #expect(throws: StoreError.documentNotFound("notulen/x.md")) { try project.document("notulen/x.md") }
  }

  @Test func aMissingProjectIsNotCreatedWhenNotAsked() throws {
    let folder = try TemporaryFolder()
    #expect(throws: StoreError.projectNotFound(path: folder.projectPath)) {
      try Project.open(at: folder.projectPath, create: false)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.projectPath))
  }

  @Test func theProjectUsesWALAndForeignKeys() throws {
    let folder = try TemporaryFolder()
    let project = try Project.open(at: folder.projectPath)
    let (mode, keys) = try project.database.write { db in
      (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
    }
    #expect(mode == "wal")
    #expect(keys == 1)
  }

  @Test func placematNotesKeptAsTextGetTheirCellsAsSegmentAttributes() throws {
    let folder = try TemporaryFolder()
    let notes = "GROEP A\n\nOmgaan met het werk – klas\n- Stemt de les af op de leerlingen.\n"
    let file = try folder.write("placemat.txt", notes)
    let other = try folder.write("verslag.txt", notes)
    let project = try Project.open(at: folder.projectPath)
    try project.importFiles([
      ImportItem(url: file, name: "placemat.txt", attributes: ["type": "placemat"]),
      ImportItem(url: other, name: "verslag.txt", attributes: ["type": "minutes"]),
    ])
    let placemat = try project.segments(of: try project.document("placemat.txt")).map(\.segment)
    let statement = try #require(placemat.first { $0.text.hasPrefix("Stemt") })
    #expect(statement.attributes == ["dimension": "Omgaan met het werk", "context": "klas", "subgroup": "GROEP A"])
    #expect(placemat.first { $0.text.hasPrefix("Omgaan") }?.attributes == ["placemat-label": "yes"])
    // Only documents of type placemat; the segments themselves (ordinals, texts) are the same.
    let minutes = try project.segments(of: try project.document("verslag.txt")).map(\.segment)
    #expect(minutes.allSatisfy { $0.attributes.isEmpty })
    #expect(minutes.map(\.text) == placemat.map(\.text))
  }
}
