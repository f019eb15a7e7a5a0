import GRDB

extension ProjectMigration {
  /// Run membership without rewriting rows: an incremental run that does not re-match a concept records
  /// that it produced that concept's suggestions again, instead of writing its id on every one of them.
  ///
  /// - `codingCarry`: one row per (run, concept) whose suggestions later runs carried unchanged:
  ///   the suggestions of `concept` whose `coding.runId` is `fromRunId` were produced again by every run
  ///   up to `lastRunId` (the newest that carried them), whose codebook is `codebookId`. A few rows per
  ///   incremental run (one per unchanged concept); ids are plain integers, like the trail's.
  /// - `coding.runPinned`: set on a suggestion whose carry ended: a run reconciled its segment (a word
  ///   there consulted a compound part the edit changed) and did not produce it again. Its `runId` and
  ///   `codebookId` are then those of the last run that produced it, and `codingCarry` no longer applies
  ///   to it. Cleared when a run produces it again.
  ///
  /// Every reader of a suggestion's provenance resolves it through `CodingProvenance`: the producing run
  /// is `COALESCE(codingCarry.lastRunId, coding.runId)`, its codebook `COALESCE(codingCarry.codebookId,
  /// coding.codebookId)`. A project coded before this step has no carry rows: its codings' own columns
  /// are their provenance, as before.
  static let codingCarry = ProjectMigration("v7-coding-carry") { db in
    try db.create(table: "codingCarry") { t in
      t.column("fromRunId", .integer).notNull()
      t.column("concept", .text).notNull()
      t.column("lastRunId", .integer).notNull()
      t.column("codebookId", .integer).notNull()
      t.primaryKey(["fromRunId", "concept"])
    }
    try db.create(index: "codingCarry_last", on: "codingCarry", columns: ["lastRunId", "concept"])
    try db.alter(table: "coding") { t in
      t.add(column: "runPinned", .boolean)
    }
  }
}
