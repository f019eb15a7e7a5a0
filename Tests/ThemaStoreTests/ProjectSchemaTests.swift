import Foundation
import GRDB
import Testing

@testable import ThemaStore

@Suite("The project schema")
struct ProjectSchemaTests {
  /// Every index of every table, as "table(columns) WHERE …", for a migrated project.
  static func indexes(_ project: Project) throws -> [(name: String, shape: String)] {
    try project.database.read { db in
      var result: [(String, String)] = []
      let tables = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      for table in tables {
        for index in try Row.fetchAll(db, sql: "PRAGMA index_list(\(table.quotedDatabaseIdentifier))") {
          let name: String = index["name"]
          let columns = try String.fetchAll(
            db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [name])
          let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [name])
          let condition = sql?.range(of: "WHERE").map { String(sql![$0.lowerBound...]) } ?? ""
          result.append((name, "\(table)(\(columns.joined(separator: ","))) \(condition)"))
        }
      }
      return result
    }
  }

  /// Two indexes with the same columns and condition cost every insert twice and serve no query better.
  @Test func noTwoIndexesAreTheSame() throws {
    let folder = try TemporaryFolder()
    let project = try Project.open(at: folder.projectPath)
    let indexes = try Self.indexes(project)
    #expect(indexes.contains { $0.shape.hasPrefix("coding(segmentId) ") })
    let shapes = Dictionary(grouping: indexes, by: \.shape).filter { $0.value.count > 1 }
    #expect(shapes.isEmpty, "\(shapes.mapValues { $0.map(\.name) })")
  }
}
