import Foundation
import GRDB
import ThemaStore

/// An event of the trail with the place of its coding.
public struct TrailEntry: Sendable, Hashable {
  public var event: CodingEvent
  /// The coding's segment and document (nil for memos not on a coding).
  public var segmentId: Int64?
  public var document: String?
}

/// Which events `Project.events(_:)` returns.
public struct EventFilter: Sendable, Hashable {
  public var coder: String?
  public var concept: String?
  public var since: Date?
  /// Include the automatic coder's events (suggest, resuggest, withdraw). Default: only people's.
  public var includeAutomatic: Bool
  /// At most this many events (the newest), nil for all.
  public var limit: Int?

  public init(
    coder: String? = nil, concept: String? = nil, since: Date? = nil, includeAutomatic: Bool = false,
    limit: Int? = nil
  ) {
    self.coder = coder
    self.concept = concept
    self.since = since
    self.includeAutomatic = includeAutomatic
    self.limit = limit
  }
}

// MARK: - The trail

extension Project {
  /// The decision trail, oldest first.
  ///
  /// ```swift
  /// let trail = try project.events(EventFilter(concept: "innoveren"))
  /// ```
  public func events(_ filter: EventFilter = EventFilter()) throws -> [CodingEvent] {
    try trail(filter, places: false).map(\.event)
  }

  /// The decision trail with, for each event on a coding, the coding's segment and document: what
  /// `thema log` lists. One query.
  ///
  /// ```swift
  /// for entry in try project.trail(EventFilter(coder: "marije")) { print(entry.document ?? "-", entry.event.action) }
  /// ```
  public func trail(_ filter: EventFilter = EventFilter()) throws -> [TrailEntry] {
    try trail(filter, places: true)
  }

  private func trail(_ filter: EventFilter, places: Bool) throws -> [TrailEntry] {
    try database.read { db in
      var conditions: [String] = []
      var arguments: [any DatabaseValueConvertible] = []
      if let coder = filter.coder {
        conditions.append("coder = ?")
        arguments.append(coder)
      } else if !filter.includeAutomatic {
        // A literal (not a parameter), so that SQLite can use the partial indexes on people's events.
        conditions.append("coder <> 'auto'")
      }
      if let concept = filter.concept {
        conditions.append("concept = ?")
        arguments.append(concept)
      }
      if let since = filter.since {
        conditions.append("at >= ?")
        arguments.append(since)
      }
      let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
      var source = "SELECT * FROM codingEvent \(whereClause)"
      if let limit = filter.limit { source += " ORDER BY id DESC LIMIT \(limit)" }
      let sql =
        places
        ? """
          SELECT e.*, c.segmentId AS placeSegment, d.name AS placeDocument FROM (\(source)) e
          LEFT JOIN coding c ON c.id = e.codingId LEFT JOIN segment s ON s.id = c.segmentId
          LEFT JOIN documentVersion v ON v.id = s.versionId LEFT JOIN document d ON d.id = v.documentId
          ORDER BY e.id
          """
        : "SELECT * FROM (\(source)) ORDER BY id"
      let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
      var result: [TrailEntry] = []
      while let row = try rows.next() {
        result.append(
          TrailEntry(
            event: Trail.event(row: row), segmentId: places ? row["placeSegment"] : nil,
            document: places ? row["placeDocument"] : nil))
      }
      return result
    }
  }

  /// One coding's life: every event on it (memos included), oldest first.
  public func history(coding id: Int64) throws -> [CodingEvent] {
    try database.read { db in
      _ = try Trail.coding(db, id: id)
      return try Row.fetchAll(
        db, sql: "SELECT * FROM codingEvent WHERE codingId = ? ORDER BY id", arguments: [id]
      ).map(Trail.event(row:))
    }
  }

  /// One event.
  public func event(_ id: Int64) throws -> CodingEvent {
    try database.read { db in try Trail.event(db, id: id) }
  }

  /// Replays the trail and compares it with the stored codings. Returns one sentence per problem:
  /// a coding whose state differs from its last event's `after`, a coding without events, or an
  /// event whose `before` differs from the previous event's `after`. Empty means the trail is
  /// complete and consistent.
  ///
  /// ```swift
  /// let problems = try project.verifyTrail()   // [] for a healthy project
  /// ```
  public func verifyTrail() throws -> [String] {
    try database.read { db in
      var replayed: [Int64: CodingState] = [:]
      var problems: [String] = []
      let events = try Row.fetchCursor(
        db, sql: "SELECT id, codingId, before, after FROM codingEvent WHERE after IS NOT NULL ORDER BY id")
      while let row = try events.next() {
        let id: Int64 = row["id"]
        guard let codingId: Int64 = row["codingId"] else { continue }
        let before = CodingState.decode(row["before"])
        if before != replayed[codingId] {
          problems.append(
            "event \(id): its 'before' state differs from coding \(codingId)'s state after the previous event")
        }
        replayed[codingId] = CodingState.decode(row["after"])
      }
      let codings = try Row.fetchCursor(db, sql: "SELECT * FROM coding ORDER BY id")
      var seen = 0
      while let row = try codings.next() {
        let coding = StoredCoding(row: row)
        seen += 1
        guard let state = replayed[coding.id] else {
          problems.append("coding \(coding.id) has no event")
          continue
        }
        if state != coding.state {
          problems.append("coding \(coding.id): stored state differs from the state its events produce")
        }
      }
      if replayed.count != seen {
        problems.append("\(replayed.count - seen) events name codings that do not exist")
      }
      return problems
    }
  }
}

// MARK: - Where codings are

extension Project {
  /// The segment and document name of each coding id (for listing events).
  public func places(of codings: [Int64]) throws -> [Int64: (segmentId: Int64, document: String)] {
    let unique = Array(Set(codings))
    return try database.read { db in
      var result: [Int64: (Int64, String)] = [:]
      for chunk in stride(from: 0, to: unique.count, by: 500) {
        let ids = unique[chunk..<min(chunk + 500, unique.count)].map { "\($0)" }.joined(separator: ",")
        for row in try Row.fetchAll(
          db,
          sql: """
            SELECT c.id, c.segmentId, d.name FROM coding c JOIN segment s ON s.id = c.segmentId
            JOIN documentVersion v ON v.id = s.versionId JOIN document d ON d.id = v.documentId
            WHERE c.id IN (\(ids))
            """)
        {
          result[row["id"]] = (row["segmentId"], row["name"])
        }
      }
      return result
    }
  }
}
