import Foundation
import GRDB
import ThemaStore

/// Everything the review screen shows for one coding.
public struct ReviewItem: Sendable {
  public var coding: StoredCoding
  /// For a blind-mode coder: their own copy's state, if they decided already.
  public var ownDecision: CodingState?
  public var segment: StoredSegment
  public var documentName: String
  public var conceptLabel: String?
  public var conceptDefinition: String?
  /// Other codings in the same segment with who holds them (empty in blind mode).
  public var others: [(concept: String, holder: String, status: CodingState.Status)]
  public var memos: [Memo]
}

extension Project {
  /// The review screen's content for a coding, as seen by `coder` (blind mode hides other coders'
  /// decisions).
  public func reviewItem(_ id: Int64, coder: String) throws -> ReviewItem {
    let blind = try isBlind()
    return try database.read { db in
      let coding = try Trail.coding(db, id: id)
      guard let segment = try Project.segment(db, id: coding.segmentId) else {
        throw ReviewError.segmentNotFound(coding.segmentId)
      }
      let documentName =
        try String.fetchOne(
          db, sql: "SELECT d.name FROM document d WHERE d.id = ?", arguments: [segment.documentId]) ?? "?"
      let concept = try Row.fetchOne(
        db, sql: "SELECT label, definition FROM concept WHERE conceptId = ? ORDER BY codebookId DESC LIMIT 1",
        arguments: [coding.state.concept])
      var own: CodingState?
      if blind, let row = try Row.fetchOne(
        db, sql: "SELECT * FROM coding WHERE sourceId = ? AND coder = ?", arguments: [id, coder])
      {
        own = StoredCoding(row: row).state
      }
      var others: [(String, String, CodingState.Status)] = []
      for row in try Row.fetchAll(
        db, sql: "SELECT * FROM coding WHERE segmentId = ? AND id <> ? ORDER BY start, id",
        arguments: [coding.segmentId, id])
      {
        let other = StoredCoding(row: row)
        if blind && other.coder != coder && other.coder != Project.automaticCoder { continue }
        if blind && other.coder == Project.automaticCoder && other.state.status != .suggested { continue }
        let holder = other.decidedBy ?? other.coder
        others.append((other.state.concept, holder, other.state.status))
      }
      let memos = try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM memo WHERE (targetKind = 'coding' AND target = ?) OR (targetKind = 'segment' AND target = ?)
            OR (targetKind = 'concept' AND target = ?) ORDER BY id
          """, arguments: ["\(id)", "\(coding.segmentId)", coding.state.concept]
      ).map {
        Memo(
          id: $0["id"], targetKind: $0["targetKind"], target: $0["target"], text: $0["text"],
          coder: $0["coder"], createdAt: $0["createdAt"])
      }
      return ReviewItem(
        coding: coding, ownDecision: own, segment: segment, documentName: documentName,
        conceptLabel: concept?["label"], conceptDefinition: concept?["definition"],
        others: blind ? others.filter { $0.1 == coder || $0.1 == Project.automaticCoder } : others,
        memos: blind ? memos.filter { $0.coder == coder } : memos)
    }
  }
}
