import Foundation
import GRDB
import ThemaStore

/// The open suggestions a coder walks through in `thema review`, in document order (segment, then
/// position). In blind mode a suggestion is open for a coder until that coder decided on it,
/// whatever others decided.
///
/// ```swift
/// let queue = try ReviewQueue(project: project, coder: "marije", concept: "innoveren")
/// var cursor: ReviewQueue.Cursor? = nil
/// while let next = try queue.next(after: cursor) { cursor = next.cursor; … }
/// ```
public struct ReviewQueue: Sendable {
  /// A position in the queue.
  public struct Cursor: Sendable, Hashable {
    public var segmentId: Int64
    public var start: Int
    public var id: Int64

    public init(segmentId: Int64, start: Int, id: Int64) {
      self.segmentId = segmentId
      self.start = start
      self.id = id
    }
  }

  public let project: Project
  public let coder: String
  public let concept: String?
  /// The document's id, when the queue is limited to one document.
  public let documentId: Int64?
  public let blind: Bool

  public init(project: Project, coder: String, concept: String? = nil, document: String? = nil) throws {
    self.project = project
    self.coder = coder
    self.concept = concept
    self.documentId = try document.map { try project.document($0).id }
    self.blind = try project.isBlind()
  }

  /// How many suggestions are open now.
  public func count() throws -> Int {
    try project.database.read { db in
      let (clause, arguments) = condition()
      return try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM coding c \(index) \(clause)", arguments: arguments) ?? 0
    }
  }

  /// The first open suggestion after `cursor` (from the start for nil), with its cursor.
  public func next(after cursor: Cursor?) throws -> (coding: StoredCoding, cursor: Cursor)? {
    try project.database.read { db in
      var (clause, arguments) = condition()
      if let cursor {
        clause += " AND (c.segmentId, c.start, c.id) > (?, ?, ?)"
        arguments += [cursor.segmentId, cursor.start, cursor.id]
      }
      guard
        let row = try Row.fetchOne(
          db,
          sql: "SELECT c.* FROM coding c \(index) \(clause) ORDER BY c.segmentId, c.start, c.id LIMIT 1",
          arguments: arguments)
      else { return nil }
      let coding = StoredCoding(row: row)
      return (coding, Cursor(segmentId: coding.segmentId, start: coding.state.start, id: coding.id))
    }
  }

  /// Whether a coding is still open for this coder.
  public func isOpen(_ id: Int64) throws -> Bool {
    try project.database.read { db in
      var (clause, arguments) = condition()
      clause += " AND c.id = ?"
      arguments += [id]
      return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM coding c \(clause))", arguments: arguments) ?? false
    }
  }

  /// The partial index for the queue, named because SQLite's planner otherwise prefers the
  /// (concept, status) index and sorts every open suggestion of the concept.
  private var index: String { concept == nil ? "INDEXED BY coding_open" : "INDEXED BY coding_open_concept" }

  private func condition() -> (String, StatementArguments) {
    // Literals, not parameters: they must match the partial indexes `coding_open*` word for word.
    var clause = "WHERE c.status = 'suggested' AND c.coder = 'auto' AND c.sourceId IS NULL"
    var arguments: StatementArguments = []
    if let concept {
      clause += " AND c.concept = ?"
      arguments += [concept]
    }
    if let documentId {
      clause += """
         AND c.segmentId IN (SELECT s.id FROM segment s WHERE s.versionId = (SELECT v.id FROM documentVersion v
          WHERE v.documentId = ? ORDER BY v.number DESC LIMIT 1))
        """
      arguments += [documentId]
    }
    if blind {
      clause += " AND NOT EXISTS (SELECT 1 FROM coding d WHERE d.sourceId = c.id AND d.coder = ?)"
      arguments += [coder]
    }
    return (clause, arguments)
  }
}
