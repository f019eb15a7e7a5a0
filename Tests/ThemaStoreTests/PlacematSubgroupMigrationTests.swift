import Foundation
import GRDB
import Testing
import ThemaIngest

@testable import ThemaStore

@Suite("Migration v8: the placemat table's group column as subgroup")
struct PlacematSubgroupMigrationTests {
  static let csv = """
    groep,dimensie,context,uitspraak
    A,werk,klas,Verbetert de eigen lessen met onderzoek
    B,anderen,team,Neemt collega's mee in nieuwe ideeën
    """

  /// Imports a placemat table and a text document, then writes attributes as a project made before v8
  /// stored them, and returns the project.
  static func oldProject(_ folder: TemporaryFolder) throws -> Project {
    let table = try folder.write("placemat.csv", csv)
    let notes = try folder.write("verslag.md", "# Verslag\n\nHet team praat over de groep.\n")
    let project = try Project.open(at: folder.projectPath)
    _ = try project.importFiles([
      ImportItem(url: table, name: "placemat.csv", attributes: ["group": "docenten"]),
      ImportItem(url: notes, name: "verslag.md"),
    ])
    try project.database.write { db in
      try db.execute(
        sql: """
          UPDATE segment SET attributes = json_remove(
            json_set(attributes, '$.group', json_extract(attributes, '$.subgroup')), '$.subgroup')
          WHERE versionId IN (SELECT id FROM documentVersion WHERE format = 'placemat')
          """)
      // A text segment with a `group` attribute of its own is not the placemat's and stays.
      try db.execute(
        sql: """
          UPDATE segment SET attributes = '{"group":"eigen"}'
          WHERE versionId IN (SELECT id FROM documentVersion WHERE format = 'markdown') AND kind != 'heading'
          """)
    }
    return project
  }

  @Test func renamesTheTableRowsGroupAndLeavesOtherSegments() throws {
    let folder = try TemporaryFolder()
    let project = try Self.oldProject(folder)
    let table = try project.document("placemat.csv")
    #expect(try project.segments(of: table).map { $0.segment.attributes["group"] } == ["A", "B"])

    try project.database.write { db in try ProjectMigration.placematSubgroup.migrate(db) }

    let rows = try project.segments(of: table).map(\.segment.attributes)
    #expect(rows == [
      ["subgroup": "A", "dimension": "werk", "context": "klas"],
      ["subgroup": "B", "dimension": "anderen", "context": "team"],
    ])
    #expect(try project.document("placemat.csv").attributes["group"] == "docenten")
    let text = try project.segments(of: project.document("verslag.md")).map(\.segment.attributes)
    #expect(text.contains(["group": "eigen"]))
  }

  @Test func keepsASubgroupTheRowAlreadyHas() throws {
    let folder = try TemporaryFolder()
    let project = try Self.oldProject(folder)
    try project.database.write { db in
      try db.execute(sql: "UPDATE segment SET attributes = json_set(attributes, '$.subgroup', 'tafel 3') WHERE ordinal = 1")
      try ProjectMigration.placematSubgroup.migrate(db)
    }
    let rows = try project.segments(of: project.document("placemat.csv")).map(\.segment.attributes)
    #expect(rows.map { $0["subgroup"] }.contains("tafel 3"))
    #expect(rows.allSatisfy { $0["group"] == nil })
  }

  @Test func newImportsStoreSubgroup() throws {
    let folder = try TemporaryFolder()
    let table = try folder.write("placemat.csv", Self.csv)
    let project = try Project.open(at: folder.projectPath)
    _ = try project.importFiles([ImportItem(url: table, name: "placemat.csv", attributes: ["group": "docenten"])])
    let rows = try project.segments(of: project.document("placemat.csv")).map(\.segment.attributes)
    #expect(rows.map { $0["subgroup"] } == ["A", "B"])
    #expect(rows.allSatisfy { $0["group"] == nil })
  }
}
