import GRDB

extension ProjectMigration {
  /// Codebooks applied to the project, their concepts, and codings (automatic suggestions and human
  /// codes) on spans of segments.
  ///
  /// A coding's `start`/`end` are Unicode-scalar offsets in its segment's analysis text;
  /// `originalStart`/`originalEnd` are the same span in the decoded original (via the segment's map),
  /// so every quote is traceable. `status` is the current state: `suggested`, `accepted`, `rejected`
  /// or `withdrawn` (a suggestion whose indicator disappeared from the codebook; never deleted).
  static let codings = ProjectMigration("v3-codings") { db in
    try db.create(table: "codebook") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("name", .text).notNull()
      t.column("version", .text).notNull()
      t.column("language", .text).notNull()
      t.column("sha256", .text).notNull().unique()
      t.column("source", .blob).notNull()
      t.column("sourcePath", .text).notNull()
      t.column("importedAt", .datetime).notNull()
    }
    try db.create(table: "concept") { t in
      t.belongsTo("codebook", onDelete: .cascade).notNull()
      t.column("conceptId", .text).notNull()
      t.column("label", .text).notNull()
      t.column("parentId", .text)
      t.column("dimension", .text)
      t.column("definition", .text)
      t.column("ordinal", .integer).notNull()
      t.primaryKey(["codebookId", "conceptId"])
    }
    try db.create(table: "coding") { t in
      t.autoIncrementedPrimaryKey("id")
      t.belongsTo("segment", onDelete: .cascade).notNull()
      t.belongsTo("codebook", onDelete: .setNull)
      t.column("concept", .text).notNull()
      t.column("start", .integer).notNull()
      t.column("end", .integer).notNull()
      t.column("originalStart", .integer).notNull()
      t.column("originalEnd", .integer).notNull()
      t.column("matchedForm", .text)
      t.column("indicator", .text)
      t.column("origin", .text).notNull()  // "auto" or "manual"
      t.column("coder", .text).notNull()
      t.column("status", .text).notNull()
      t.column("createdAt", .datetime).notNull()
      t.column("updatedAt", .datetime).notNull()
    }
    try db.create(index: "coding_concept", on: "coding", columns: ["concept", "status"])
    try db.create(index: "coding_segment", on: "coding", columns: ["segmentId"])
  }
}
