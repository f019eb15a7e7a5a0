import GRDB

extension ProjectMigration {
  /// Documents, their versions (with the original bytes), segments and attributes.
  static let documents = ProjectMigration("v1-documents") { db in
    try db.create(table: "projectInfo") { t in
      t.primaryKey("key", .text)
      t.column("value", .text).notNull()
    }
    try db.create(table: "document") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("name", .text).notNull().unique()
      t.column("createdAt", .datetime).notNull()
    }
    try db.create(table: "documentVersion") { t in
      t.autoIncrementedPrimaryKey("id")
      t.belongsTo("document", onDelete: .cascade).notNull()
      t.column("number", .integer).notNull()
      t.column("sha256", .text).notNull()
      t.column("byteCount", .integer).notNull()
      t.column("format", .text).notNull()
      t.column("encoding", .text)
      t.column("sourcePath", .text).notNull()
      t.column("importedAt", .datetime).notNull()
      t.column("original", .blob).notNull()
      t.column("warnings", .text).notNull().defaults(to: "[]")
      t.column("speakers", .text).notNull().defaults(to: "[]")
      t.uniqueKey(["documentId", "number"])
      t.uniqueKey(["documentId", "sha256"])
    }
    try db.create(table: "segment") { t in
      t.autoIncrementedPrimaryKey("id")
      t.belongsTo("version", inTable: "documentVersion", onDelete: .cascade).notNull()
      t.column("ordinal", .integer).notNull()
      t.column("kind", .text).notNull()
      t.column("headingPath", .text).notNull()
      t.column("text", .text).notNull()
      t.column("start", .integer).notNull()
      t.column("end", .integer).notNull()
      t.column("byteStart", .integer).notNull()
      t.column("byteEnd", .integer).notNull()
      t.column("map", .blob).notNull()
      t.column("part", .text)
      t.column("listLevel", .integer).notNull().defaults(to: 0)
      t.column("marker", .text)
      t.column("speakerId", .text)
      t.column("speakerName", .text)
      t.column("speakerRole", .text)
      t.column("startTime", .double)
      t.column("endTime", .double)
      t.column("attributes", .text)
      t.column("notes", .text)
      t.uniqueKey(["versionId", "ordinal"])
    }
    try db.create(table: "documentAttribute") { t in
      t.belongsTo("document", onDelete: .cascade).notNull()
      t.column("key", .text).notNull()
      t.column("value", .text).notNull()
      t.primaryKey(["documentId", "key"])
    }
    try db.create(index: "documentAttribute_key", on: "documentAttribute", columns: ["key", "value"])
  }
}
