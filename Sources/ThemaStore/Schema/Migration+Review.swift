import GRDB

extension ProjectMigration {
  /// The audit trail of codings: coders, append-only decision events, memos, and the columns a
  /// coding needs to be reconciled with later automatic runs and with other coders' decisions.
  ///
  /// - `coding.suggestionKey`: the identity of an automatic suggestion (segment, concept, span,
  ///   indicator), fixed at creation; human recodes and span adjustments never change it.
  /// - `coding.suggestedConcept`, `indicatorHash`: the concept and indicator definition that produced
  ///   the suggestion (a rejected suggestion comes back only when the hash changes).
  /// - `coding.sourceId`: in blind mode a coder decides on a private copy of a suggestion; the copy
  ///   points to the suggestion it was made from.
  /// - `coding.decidedBy`: the coder whose event set the current status.
  /// - `codingEvent`: one row per state change (never updated or deleted); `before`/`after` are the
  ///   coding's state as JSON, `concept` the concept the event concerns (for `thema log --concept`).
  ///   Ids are plain integers, not foreign keys, so that the trail never blocks other tables' changes.
  static let review = ProjectMigration("v4-review") { db in
    try db.alter(table: "coding") { t in
      t.add(column: "suggestionKey", .text)
      t.add(column: "suggestedConcept", .text)
      t.add(column: "indicatorHash", .text)
      t.add(column: "sourceId", .integer).references("coding", onDelete: .setNull)
      t.add(column: "decidedBy", .text)
    }
    try db.create(index: "coding_suggestionKey", on: "coding", columns: ["suggestionKey"])
    try db.create(index: "coding_source", on: "coding", columns: ["sourceId", "coder"])
    // The review queue: open shared suggestions in document order, all or per concept. Partial, so
    // that counting and paging the open ones never touches decided codings.
    try db.execute(
      sql: """
        CREATE INDEX coding_open ON coding(segmentId, start, id)
          WHERE status = 'suggested' AND coder = 'auto' AND sourceId IS NULL;
        CREATE INDEX coding_open_concept ON coding(concept, segmentId, start, id)
          WHERE status = 'suggested' AND coder = 'auto' AND sourceId IS NULL;
        """)

    try db.create(table: "coder") { t in
      t.primaryKey("name", .text)
      t.column("createdAt", .datetime).notNull()
    }
    try db.create(table: "memo") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("targetKind", .text).notNull()  // document | segment | coding | concept
      t.column("target", .text).notNull()
      t.column("text", .text).notNull()
      t.column("coder", .text).notNull()
      t.column("createdAt", .datetime).notNull()
    }
    try db.create(index: "memo_target", on: "memo", columns: ["targetKind", "target"])
    try db.create(table: "codingEvent") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("at", .datetime).notNull()
      t.column("coder", .text).notNull()
      t.column("action", .text).notNull()
      t.column("codingId", .integer)
      t.column("memoId", .integer)
      t.column("concept", .text)
      t.column("before", .text)
      t.column("after", .text)
      t.column("reason", .text)
      t.column("undoes", .integer)
    }
    try db.create(index: "codingEvent_coding", on: "codingEvent", columns: ["codingId", "id"])
    try db.create(index: "codingEvent_concept", on: "codingEvent", columns: ["concept", "id"])
    try db.create(index: "codingEvent_coder", on: "codingEvent", columns: ["coder", "id"])
    try db.create(index: "codingEvent_at", on: "codingEvent", columns: ["at"])
    // `thema log` leaves out the automatic coder's events by default; with a million suggestions
    // these partial indexes keep the human trail of a concept a short range scan.
    try db.execute(
      sql: """
        CREATE INDEX codingEvent_human_concept ON codingEvent(concept, id) WHERE coder <> 'auto';
        CREATE INDEX codingEvent_human ON codingEvent(id) WHERE coder <> 'auto';
        """)
    // Append-only: the trail cannot be edited or deleted, even by hand with sqlite3.
    try db.execute(
      sql: """
        CREATE TRIGGER codingEvent_no_update BEFORE UPDATE ON codingEvent
        BEGIN SELECT RAISE(ABORT, 'the decision trail is append-only'); END;
        CREATE TRIGGER codingEvent_no_delete BEFORE DELETE ON codingEvent
        BEGIN SELECT RAISE(ABORT, 'the decision trail is append-only'); END;
        """)
  }
}
