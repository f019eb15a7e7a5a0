import Foundation
import GRDB
import ThemaStore

/// The one place where codings change: every change of a coding's state goes through `change` or
/// `create`, which write the coding row and its event in the caller's transaction, so the current
/// state and the trail can never disagree.
enum Trail {
  // MARK: - Reading

  static func coding(_ db: Database, id: Int64) throws -> StoredCoding {
    // The codebook that last produced it, through the runs that carried it (`CodingProvenance`).
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT c.*, \(CodingProvenance.codebook()) AS provenanceCodebookId
          FROM coding c \(CodingProvenance.join()) WHERE c.id = ?
          """, arguments: [id])
    else { throw ReviewError.codingNotFound(id) }
    return StoredCoding(row: row)
  }

  static func event(_ db: Database, id: Int64) throws -> CodingEvent {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM codingEvent WHERE id = ?", arguments: [id])
    else { throw ReviewError.eventNotFound(id) }
    return event(row: row)
  }

  static func event(row: Row) -> CodingEvent {
    CodingEvent(
      id: row["id"], at: row["at"], coder: row["coder"],
      action: CodingEvent.Action(rawValue: row["action"]) ?? .memo, codingId: row["codingId"],
      memoId: row["memoId"], concept: row["concept"], before: CodingState.decode(row["before"]),
      after: CodingState.decode(row["after"]), reason: row["reason"], undoes: row["undoes"])
  }

  // MARK: - Writing

  /// Changes coding `coding` to `state`, recording one event. Returns the event.
  @discardableResult
  static func change(
    _ db: Database, coding: StoredCoding, to state: CodingState, coder: String,
    action: CodingEvent.Action, reason: String?, undoes: Int64? = nil, at: Date = Date()
  ) throws -> CodingEvent {
    let human = coder != Project.automaticCoder
    let decided = state.status == .accepted || state.status == .rejected
    let decidedBy: String? = decided ? (human ? coder : coding.decidedBy) : nil
    try db.cachedStatement(
      sql: """
        UPDATE coding SET status = ?, concept = ?, start = ?, "end" = ?, originalStart = ?,
          originalEnd = ?, decidedBy = ?, updatedAt = ? WHERE id = ?
        """
    ).execute(
      arguments: [
        state.status.rawValue, state.concept, state.start, state.end, state.originalStart,
        state.originalEnd, decidedBy, at, coding.id,
      ])
    return try insertEvent(
      db, coder: coder, action: action, codingId: coding.id, concept: state.concept,
      before: coding.state, after: state, reason: reason, undoes: undoes, at: at)
  }

  /// A new coding row; the first event on it has no `before`.
  struct NewCoding {
    var segmentId: Int64
    var codebookId: Int64?
    var state: CodingState
    var origin: String
    var coder: String
    var matchedForm: String?
    var indicator: String?
    var indicatorHash: String?
    var suggestionKey: String?
    var suggestedConcept: String?
    var sourceId: Int64?
    /// The automatic run that produced it (`coding.runId`); nil for codings by hand.
    var runId: Int64? = nil
  }

  /// Inserts a coding and its creating event (`suggest`, `add`, or a decision on a blind copy).
  static func create(
    _ db: Database, _ new: NewCoding, eventCoder: String, action: CodingEvent.Action,
    reason: String?, at: Date = Date()
  ) throws -> (codingId: Int64, event: CodingEvent) {
    let human = eventCoder != Project.automaticCoder
    let decidedBy: String? =
      human && (new.state.status == .accepted || new.state.status == .rejected) ? eventCoder : nil
    // Cached statements: an automatic run creates hundreds of thousands of codings in one transaction,
    // and compiling the SQL for each was a tenth of the run.
    try db.cachedStatement(
      sql: """
        INSERT INTO coding (segmentId, codebookId, concept, start, "end", originalStart, originalEnd,
          matchedForm, indicator, origin, coder, status, createdAt, updatedAt, suggestionKey,
          suggestedConcept, indicatorHash, sourceId, decidedBy, runId)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        new.segmentId, new.codebookId, new.state.concept, new.state.start, new.state.end,
        new.state.originalStart, new.state.originalEnd, new.matchedForm, new.indicator, new.origin,
        new.coder, new.state.status.rawValue, at, at, new.suggestionKey, new.suggestedConcept,
        new.indicatorHash, new.sourceId, decidedBy, new.runId,
      ])
    let id = db.lastInsertedRowID
    let event = try insertEvent(
      db, coder: eventCoder, action: action, codingId: id, concept: new.state.concept, before: nil,
      after: new.state, reason: reason, at: at)
    return (id, event)
  }

  @discardableResult
  static func insertEvent(
    _ db: Database, coder: String, action: CodingEvent.Action, codingId: Int64?, memoId: Int64? = nil,
    concept: String?, before: CodingState?, after: CodingState?, reason: String?,
    undoes: Int64? = nil, at: Date = Date()
  ) throws -> CodingEvent {
    if coder != Project.automaticCoder {
      try db.execute(
        sql: "INSERT OR IGNORE INTO coder (name, createdAt) VALUES (?, ?)", arguments: [coder, at])
    }
    let reason = reason.flatMap { $0.isEmpty ? nil : $0 }
    try db.cachedStatement(
      sql: """
        INSERT INTO codingEvent (at, coder, action, codingId, memoId, concept, before, after, reason,
          undoes)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        at, coder, action.rawValue, codingId, memoId, concept, before?.json, after?.json, reason,
        undoes,
      ])
    return CodingEvent(
      id: db.lastInsertedRowID, at: at, coder: coder, action: action, codingId: codingId,
      memoId: memoId, concept: concept, before: before, after: after, reason: reason, undoes: undoes)
  }

  // MARK: - Settings

  static func setting(_ db: Database, _ key: String) throws -> String? {
    try String.fetchOne(db, sql: "SELECT value FROM projectInfo WHERE key = ?", arguments: [key])
  }

  static func setSetting(_ db: Database, _ key: String, _ value: String?) throws {
    if let value {
      try db.execute(
        sql: "INSERT OR REPLACE INTO projectInfo (key, value) VALUES (?, ?)", arguments: [key, value])
    } else {
      try db.execute(sql: "DELETE FROM projectInfo WHERE key = ?", arguments: [key])
    }
  }
}
