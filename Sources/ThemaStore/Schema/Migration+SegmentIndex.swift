import GRDB

extension ProjectMigration {
  /// Drops the index `segment_on_versionId` that `belongsTo` made in `v1-documents`: the unique key
  /// on (versionId, ordinal) starts with the same column and serves every lookup by version (and the
  /// cascade from `documentVersion`), so the second index only cost time and space on every import.
  static let segmentIndex = ProjectMigration("v5-segment-index") { db in
    try db.execute(sql: "DROP INDEX IF EXISTS segment_on_versionId")
  }
}
