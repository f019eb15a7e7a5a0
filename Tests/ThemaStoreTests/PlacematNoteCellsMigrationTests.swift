import Foundation
import GRDB
import Testing
import ThemaIngest

@testable import ThemaStore

@Suite("Migration v11: placemat notes imported before they were labelled get their cells")
struct PlacematNoteCellsMigrationTests {
  static let notes = """
    GROEP A

    Omgaan met het werk – klas

    Verbetert de eigen lessen met onderzoek.

    Omgaan met anderen – team

    Neemt collega's mee in nieuwe ideeën.

    Omgaan met zichzelf – buiten de organisatie

    (leeg)

    """

  static func attributes(_ project: Project, _ name: String) throws -> [[String: String]] {
    try project.segments(of: project.document(name)).map(\.segment.attributes)
  }

  @Test func labelsNotesAsAnImportDoesAndLeavesOtherDocuments() throws {
    let folder = try TemporaryFolder()
    let notes = try folder.write("placemat.txt", Self.notes)
    let minutes = try folder.write("verslag.txt", Self.notes)
    let project = try Project.open(at: folder.projectPath)
    _ = try project.importFiles([
      ImportItem(url: notes, name: "placemat.txt", attributes: ["type": "placemat"]),
      ImportItem(url: minutes, name: "verslag.txt", attributes: ["type": "minutes"]),
    ])
    let imported = try Self.attributes(project, "placemat.txt")
    #expect(imported.contains { $0["dimension"] == "Omgaan met anderen" && $0["context"] == "team" })
    #expect(imported.contains { $0[PlacematCellLabeller.labelAttribute] == "empty" })
    #expect(try Self.attributes(project, "verslag.txt").allSatisfy(\.isEmpty))

    // A project from before labelling at import: no attributes on the notes.
    try project.database.write { db in try db.execute(sql: "UPDATE segment SET attributes = NULL") }
    #expect(try Self.attributes(project, "placemat.txt").allSatisfy(\.isEmpty))
    try project.database.write { db in try ProjectMigration.placematNoteCells.migrate(db) }

    #expect(try Self.attributes(project, "placemat.txt") == imported)
    #expect(try Self.attributes(project, "verslag.txt").allSatisfy(\.isEmpty))
    // Run again: nothing changes (attributes a segment has win).
    try project.database.write { db in try ProjectMigration.placematNoteCells.migrate(db) }
    #expect(try Self.attributes(project, "placemat.txt") == imported)
  }
}
