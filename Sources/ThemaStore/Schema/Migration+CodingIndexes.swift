import GRDB

extension ProjectMigration {
  /// Drops `coding_segment`: `v3-codings` made it on `coding(segmentId)` next to the index GRDB's
  /// `belongsTo("segment")` already creates on the same column (`coding_on_segmentId`), so every coding
  /// was written into two identical indexes. (The same kind of clean-up as `v5-segment-index`.)
  static let codingIndexes = ProjectMigration("v10-coding-indexes") { db in
    try db.execute(sql: "DROP INDEX IF EXISTS coding_segment")
  }
}
