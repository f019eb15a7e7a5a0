import GRDB

extension ProjectMigration {
  /// The placemat table's group column as the segment attribute `subgroup`, not `group`.
  ///
  /// A segment's own attribute wins over its document's in the analysis, so a table row's `group`
  /// ("Groep A") hid the document's `group` (the participant group of the manifest: docenten, alumni),
  /// and `thema matrix --by group` counted the rows under the table's subgroups. Placemat notes kept as
  /// text already call the group heading `subgroup`; the table's rows are renamed to match. Only the
  /// derived segment attributes change; the original bytes are untouched, and a row that already has a
  /// `subgroup` keeps it.
  static let placematSubgroup = ProjectMigration("v8-placemat-subgroup") { db in
    try db.execute(
      sql: """
        UPDATE segment
        SET attributes = json_remove(
          CASE WHEN json_extract(attributes, '$.subgroup') IS NULL
            THEN json_set(attributes, '$.subgroup', json_extract(attributes, '$.group'))
            ELSE attributes END,
          '$.group')
        WHERE json_valid(attributes) AND json_extract(attributes, '$.group') IS NOT NULL
          AND versionId IN (SELECT id FROM documentVersion WHERE format = 'placemat')
        """)
  }
}
