import GRDB

extension ProjectMigration {
  /// The project-wide participant list: one row per person, and the labels (aliases) by which
  /// transcripts name them ("R1" in one document, "Marije" in another).
  static let participants = ProjectMigration("v2-participants") { db in
    try db.create(table: "participant") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("name", .text).notNull()
      t.column("role", .text)
    }
    try db.create(table: "participantAlias") { t in
      t.belongsTo("participant", onDelete: .cascade).notNull()
      t.belongsTo("document", onDelete: .cascade).notNull()
      t.column("speakerId", .text).notNull()
      t.column("speakerName", .text)
      t.primaryKey(["documentId", "speakerId"])
    }
  }
}
