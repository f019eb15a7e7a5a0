import Foundation
import GRDB

// MARK: - One segment

extension Project {
  /// The segment with id `id` (of any version), or nil. Used by modules that work on one segment
  /// inside their own transaction (review decisions, quotes).
  ///
  /// ```swift
  /// let stored = try project.database.read { db in try Project.segment(db, id: 42) }
  /// ```
  public static func segment(_ db: Database, id: Int64) throws -> StoredSegment? {
    try fetchSegments(db, whereClause: "WHERE s.id = ?", arguments: [id]).first
  }
}
