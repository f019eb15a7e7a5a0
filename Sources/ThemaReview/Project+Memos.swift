import Foundation
import GRDB
import ThemaStore

/// What a memo is written on.
public enum MemoTarget: Sendable, Hashable {
  case document(String)
  case segment(Int64)
  case coding(Int64)
  case concept(String)

  /// `document`, `segment`, `coding` or `concept`.
  public var kind: String {
    switch self {
    case .document: "document"
    case .segment: "segment"
    case .coding: "coding"
    case .concept: "concept"
    }
  }
}

/// A memo as stored.
public struct Memo: Sendable, Hashable, Codable {
  public var id: Int64
  public var targetKind: String
  /// The document's name, or the segment, coding or concept id.
  public var target: String
  public var text: String
  public var coder: String
  public var createdAt: Date
}

// MARK: - Memos

extension Project {
  /// Writes a memo and records a `memo` event. Returns the event (its `memoId` names the memo).
  ///
  /// ```swift
  /// try project.memo(on: .concept("innoveren"), text: "Also covers 'vernieuwing'.", coder: "marije")
  /// ```
  @discardableResult
  public func memo(on target: MemoTarget, text: String, coder: String) throws -> CodingEvent {
    let coder = try Self.validCoder(coder)
    let resolvedDocument: String? =
      if case .document(let key) = target { try document(key).name } else { nil }
    return try database.write { db in
      var codingId: Int64?
      var concept: String?
      let targetText: String
      switch target {
      case .document:
        targetText = resolvedDocument!
      case .segment(let id):
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM segment WHERE id = ?", arguments: [id]) == true
        else { throw ReviewError.memoTargetNotFound(kind: "segment", target: "\(id)") }
        targetText = "\(id)"
      case .coding(let id):
        let coding = try Trail.coding(db, id: id)
        (codingId, concept, targetText) = (id, coding.state.concept, "\(id)")
      case .concept(let id):
        let known = try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM concept WHERE conceptId = ?) OR EXISTS (SELECT 1 FROM coding WHERE concept = ?)",
          arguments: [id, id]) ?? false
        guard known else { throw ReviewError.memoTargetNotFound(kind: "concept", target: id) }
        (concept, targetText) = (id, id)
      }
      let now = Date()
      try db.execute(
        sql: "INSERT INTO memo (targetKind, target, text, coder, createdAt) VALUES (?, ?, ?, ?, ?)",
        arguments: [target.kind, targetText, text, coder, now])
      return try Trail.insertEvent(
        db, coder: coder, action: .memo, codingId: codingId, memoId: db.lastInsertedRowID,
        concept: concept, before: nil, after: nil, reason: "\(target.kind) \(targetText): \(text)", at: now)
    }
  }

  /// The memos on a target, oldest first.
  public func memos(on target: MemoTarget) throws -> [Memo] {
    let targetText: String =
      switch target {
      case .document(let key): try document(key).name
      case .segment(let id), .coding(let id): "\(id)"
      case .concept(let id): id
      }
    return try database.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM memo WHERE targetKind = ? AND target = ? ORDER BY id",
        arguments: [target.kind, targetText]
      ).map {
        Memo(
          id: $0["id"], targetKind: $0["targetKind"], target: $0["target"], text: $0["text"],
          coder: $0["coder"], createdAt: $0["createdAt"])
      }
    }
  }
}
