import GRDB

extension ProjectMigration {
  /// Segment maps stored relative to the segment (`CompactOffsetMap`) in the new column
  /// `segment.mapRuns`, and not at all for the common single verbatim run (an empty blob).
  ///
  /// Rows written before this step keep their `map` blob (`BinaryOffsetMap`) and a NULL `mapRuns`;
  /// rows written after it store an empty `map` and a non-NULL `mapRuns`. Readers take `mapRuns`
  /// when it is not NULL, `map` otherwise.
  static let compactMaps = ProjectMigration("v5-compact-maps") { db in
    try db.alter(table: "segment") { t in
      t.add(column: "mapRuns", .blob)
    }
  }
}
