import GRDB

extension ProjectMigration {
  /// Automatic coding runs, so that re-running after a codebook edit can re-match only what changed.
  ///
  /// - `codingRun`: one row per finished `thema code` run: the codebook applied, a key of the coded
  ///   corpus (document versions and their languages), and whether the run was incremental.
  /// - `coding.runId`: the last run that produced the suggestion (null for codings by hand and for
  ///   suggestions no run has produced since this column exists).
  /// - an index on `coding.suggestedConcept`, so that one concept's suggestions are found without
  ///   reading every coding. (`runId` has no index of its own: an incremental run updates it on most
  ///   rows, and every index would make that slower.)
  static let codingRuns = ProjectMigration("v6-coding-runs") { db in
    try db.create(table: "codingRun") { t in
      t.autoIncrementedPrimaryKey("id")
      t.belongsTo("codebook", onDelete: .cascade).notNull()
      t.column("corpusKey", .text).notNull()
      t.column("incremental", .boolean).notNull()
      t.column("finishedAt", .datetime).notNull()
    }
    try db.alter(table: "coding") { t in
      t.add(column: "runId", .integer)
    }
    try db.create(index: "coding_suggestedConcept", on: "coding", columns: ["suggestedConcept"])
  }
}
