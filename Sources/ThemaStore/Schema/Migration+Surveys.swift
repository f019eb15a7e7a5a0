import GRDB

extension ProjectMigration {
  /// Ranking surveys (ThemaSurvey): the original export bytes, exactly as added, with the mapping and
  /// options they were read with, so every analysis can be re-run from the original. `dropped` and
  /// `warnings` are JSON arrays recorded at import (the rows left out and why).
  static let surveys = ProjectMigration("v4-surveys") { db in
    try db.create(table: "survey") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("name", .text).notNull()
      t.column("sha256", .text).notNull()
      t.column("byteCount", .integer).notNull()
      t.column("sourcePath", .text).notNull()
      t.column("importedAt", .datetime).notNull()
      t.column("original", .blob).notNull()
      t.column("mapping", .text)
      t.column("mappingPath", .text)
      t.column("maxSelection", .integer)
      t.column("strict", .boolean).notNull().defaults(to: false)
      t.column("encoding", .text).notNull()
      t.column("layout", .text).notNull()
      t.column("respondents", .integer).notNull()
      t.column("dropped", .text).notNull().defaults(to: "[]")
      t.column("warnings", .text).notNull().defaults(to: "[]")
      t.uniqueKey(["name", "sha256"])
    }
  }
}
