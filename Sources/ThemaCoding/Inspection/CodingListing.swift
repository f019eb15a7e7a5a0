import Foundation
import GRDB
import ThemaStore

/// One stored coding with its quote and place: a row of `thema codings`.
///
/// ```swift
/// for row in try project.codingListings(concept: "innoveren") {
///   print(row.document, row.segmentId, row.highlighted())   // … »innovaties« …
/// }
/// ```
public struct CodingListing: Sendable, Hashable, Codable {
  /// The coding's id.
  public var id: Int64
  /// The document's name and the segment's id and ordinal.
  public var document: String
  public var segmentId: Int64
  public var segmentOrdinal: Int
  /// The concept coded.
  public var concept: String
  /// The span in scalars of the segment text, and in the decoded original.
  public var start: Int
  public var end: Int
  public var originalStart: Int
  public var originalEnd: Int
  /// The matched text as stored, and the indicator that matched (`concept#index`), for automatic codings.
  public var matchedForm: String?
  public var indicator: String?
  /// `suggested`, `accepted`, `rejected` or `withdrawn`; who coded it (`auto` for the matcher).
  public var status: String
  public var coder: String
  /// The whole segment text (the quote).
  public var quote: String

  /// The quote with the coded span between `open` and `close` (`»…«` by default).
  public func highlighted(open: String = "»", close: String = "«") -> String {
    let scalars = Array(quote.unicodeScalars)
    let lower = max(0, min(start, scalars.count))
    let upper = max(lower, min(end, scalars.count))
    func text(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return String(view)
    }
    return text(0..<lower) + open + text(lower..<upper) + close + text(upper..<scalars.count)
  }
}

// MARK: - Listing

extension Project {
  /// The codings of the project, filtered by concept, document (name, suffix or id as in
  /// `document(_:)`) and status, in document, segment and span order.
  public func codingListings(
    concept: String? = nil, document: String? = nil, status: String? = nil
  ) throws -> [CodingListing] {
    var conditions: [String] = []
    var arguments: StatementArguments = []
    if let concept {
      conditions.append("c.concept = ?")
      _ = arguments.append(contentsOf: [concept])
    }
    if let document {
      let summary = try self.document(document)
      conditions.append("d.id = ?")
      _ = arguments.append(contentsOf: [summary.id])
    }
    if let status {
      conditions.append("c.status = ?")
      _ = arguments.append(contentsOf: [status])
    }
    let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    return try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT c.id, d.name, s.id AS segmentId, s.ordinal, c.concept, c.start, c."end",
                 c.originalStart, c.originalEnd, c.matchedForm, c.indicator, c.status, c.coder, s.text
          FROM coding c JOIN segment s ON s.id = c.segmentId
          JOIN documentVersion v ON v.id = s.versionId JOIN document d ON d.id = v.documentId
          \(whereClause)
          ORDER BY d.name, s.ordinal, c.start, c.concept
          """, arguments: arguments
      ).map { row in
        CodingListing(
          id: row["id"], document: row["name"], segmentId: row["segmentId"], segmentOrdinal: row["ordinal"],
          concept: row["concept"], start: row["start"], end: row["end"], originalStart: row["originalStart"],
          originalEnd: row["originalEnd"], matchedForm: row["matchedForm"], indicator: row["indicator"],
          status: row["status"], coder: row["coder"], quote: row["text"])
      }
    }
  }

  /// The stored segment with id `id` and its document's name, or nil when there is no such segment in a
  /// current document version.
  public func storedSegment(id: Int64) throws -> (document: String, segment: StoredSegment)? {
    let documentId = try database.read { db in
      try Int64.fetchOne(
        db, sql: "SELECT v.documentId FROM segment s JOIN documentVersion v ON v.id = s.versionId WHERE s.id = ?",
        arguments: [id])
    }
    guard let documentId, let document = try documents().first(where: { $0.id == documentId }),
      let stored = try segments(of: document).first(where: { $0.id == id })
    else { return nil }
    return (document.name, stored)
  }
}
