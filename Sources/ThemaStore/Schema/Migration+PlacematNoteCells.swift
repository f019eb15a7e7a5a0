import GRDB
import ThemaIngest

extension ProjectMigration {
  /// Placemat notes kept as text, imported before `thema add` labelled them, get their cells as segment
  /// attributes now (`dimension`, `context`, `subgroup`, `placemat-label`), as an import does today.
  ///
  /// Before, such projects gave the notes their cells only in the analysis step, so a codebook rule
  /// `in: attribute dimension` did not code them until the file was added again with a change. The same
  /// `PlacematCellLabeller` walks every version of every document typed `placemat` that is not a placemat
  /// table; attributes a segment already has win, so notes labelled at import are left as they are. Only
  /// derived segment attributes change; the original bytes are untouched.
  static let placematNoteCells = ProjectMigration("v11-placemat-note-cells") { db in
    let versions = try Int64.fetchAll(
      db,
      sql: """
        SELECT v.id FROM documentVersion v JOIN documentAttribute a ON a.documentId = v.documentId
        WHERE a.key = 'type' AND a.value = 'placemat' AND v.format <> 'placemat'
        """)
    let update = try db.makeStatement(sql: "UPDATE segment SET attributes = ? WHERE id = ?")
    for version in versions {
      var labeller = PlacematCellLabeller()
      let rows = try Row.fetchAll(
        db, sql: "SELECT id, kind, text, attributes FROM segment WHERE versionId = ? ORDER BY ordinal",
        arguments: [version])
      for row in rows {
        let before = JSONText.decode([String: String].self, from: row["attributes"], default: [:])
        var attributes = before
        let isHeading = row["kind"] == Segment.Kind.heading.rawValue
        labeller.label(text: row["text"], isHeading: isHeading, attributes: &attributes)
        if attributes != before { try update.execute(arguments: [JSONText.encode(attributes), row["id"] as Int64]) }
      }
    }
  }
}
