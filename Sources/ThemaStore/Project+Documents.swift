import Foundation
import GRDB
import ThemaIngest

// MARK: - Documents

extension Project {
  /// Every document with its current version, ordered by name.
  ///
  /// ```swift
  /// for document in try project.documents() { print(document.name, document.segmentCount) }
  /// ```
  public func documents() throws -> [DocumentSummary] {
    try database.read { db in try Self.fetchSummaries(db, whereClause: "", arguments: []) }
  }

  /// The document named `key`: by id, by exact name, or by a name ending in `key` or its file name
  /// when exactly one document fits.
  public func document(_ key: String) throws -> DocumentSummary {
    let all = try documents()
    if let id = Int64(key), let match = all.first(where: { $0.id == id }) { return match }
    if let match = all.first(where: { $0.name == key }) { return match }
    let candidates = all.filter {
      $0.name.hasSuffix("/" + key) || ($0.name as NSString).lastPathComponent == key
        || ($0.name as NSString).deletingPathExtension.hasSuffix(key)
    }
    switch candidates.count {
    case 1: return candidates[0]
    case 0: throw StoreError.documentNotFound(key)
    default: throw StoreError.ambiguousDocument(key, candidates: candidates.map(\.name))
    }
  }

  /// The exact original bytes of a document's current version, or of version `number`.
  public func original(of document: DocumentSummary, version number: Int? = nil) throws -> Data {
    try database.read { db in
      let row = try Row.fetchOne(
        db,
        sql: "SELECT original FROM documentVersion WHERE documentId = ? AND number = ?",
        arguments: [document.id, number ?? document.version])
      guard let row else { throw StoreError.documentNotFound("\(document.name) version \(number ?? 0)") }
      return row["original"]
    }
  }

  /// The segments of a document's current version, in order.
  public func segments(of document: DocumentSummary) throws -> [StoredSegment] {
    try database.read { db in
      try Self.fetchSegments(db, whereClause: "WHERE s.versionId = ?", arguments: [document.versionId])
    }
  }

  /// The segments of every document's current version, in document and segment order.
  public func currentSegments() throws -> [StoredSegment] {
    try database.read { db in
      try Self.fetchSegments(
        db,
        whereClause: """
          WHERE s.versionId IN (SELECT id FROM documentVersion v
            WHERE v.number = (SELECT MAX(number) FROM documentVersion w WHERE w.documentId = v.documentId))
          """, arguments: [])
    }
  }

  /// Attribute keys with, per value, the number of documents carrying it.
  public func attributeValues() throws -> [String: [String: Int]] {
    try database.read { db in
      var result: [String: [String: Int]] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT key, value, COUNT(*) AS n FROM documentAttribute GROUP BY key, value")
      {
        result[row["key"], default: [:]][row["value"]] = row["n"]
      }
      return result
    }
  }

  // MARK: - Fetching

  static func fetchSummaries(_ db: Database, whereClause: String, arguments: StatementArguments)
    throws -> [DocumentSummary]
  {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT d.id, d.name, v.id AS versionId, v.number, v.format, v.encoding, v.sha256, v.byteCount,
               v.sourcePath, v.importedAt, v.warnings,
               (SELECT COUNT(*) FROM documentVersion x WHERE x.documentId = d.id) AS versionCount,
               (SELECT COUNT(*) FROM segment s WHERE s.versionId = v.id) AS segmentCount
        FROM document d
        JOIN documentVersion v ON v.documentId = d.id
          AND v.number = (SELECT MAX(number) FROM documentVersion w WHERE w.documentId = d.id)
        \(whereClause)
        ORDER BY d.name
        """, arguments: arguments)
    var attributes: [Int64: [String: String]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT documentId, key, value FROM documentAttribute") {
      attributes[row["documentId"], default: [:]][row["key"]] = row["value"]
    }
    return rows.map { row in
      let id: Int64 = row["id"]
      return DocumentSummary(
        id: id, name: row["name"], attributes: attributes[id] ?? [:], version: row["number"],
        versionCount: row["versionCount"], versionId: row["versionId"],
        format: DocumentFormat(rawValue: row["format"]) ?? .text,
        encoding: (row["encoding"] as String?).flatMap(TextEncoding.init(rawValue:)),
        sha256: row["sha256"], byteCount: row["byteCount"], segmentCount: row["segmentCount"],
        sourcePath: row["sourcePath"], importedAt: row["importedAt"],
        warnings: JSONText.decode([String].self, from: row["warnings"], default: []))
    }
  }

  static func fetchSegments(_ db: Database, whereClause: String, arguments: StatementArguments)
    throws -> [StoredSegment]
  {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT s.*, v.documentId FROM segment s JOIN documentVersion v ON v.id = s.versionId
        \(whereClause) ORDER BY v.documentId, s.ordinal
        """, arguments: arguments)
    var result: [StoredSegment] = []
    while let row = try rows.next() {
      let speakerId: String? = row["speakerId"]
      let segment = Segment(
        kind: Segment.Kind(rawValue: row["kind"]) ?? .paragraph,
        headingPath: JSONText.decode([String].self, from: row["headingPath"], default: []),
        text: row["text"], start: row["start"], end: row["end"], byteStart: row["byteStart"],
        byteEnd: row["byteEnd"], map: storedMap(row), part: row["part"],
        listLevel: row["listLevel"], marker: row["marker"],
        speaker: speakerId.map { Speaker(id: $0, name: row["speakerName"], role: row["speakerRole"]) },
        startTime: row["startTime"], endTime: row["endTime"],
        attributes: JSONText.decode([String: String].self, from: row["attributes"], default: [:]),
        notes: JSONText.decode([String].self, from: row["notes"], default: []))
      result.append(
        StoredSegment(
          id: row["id"], documentId: row["documentId"], versionId: row["versionId"],
          ordinal: row["ordinal"], segment: segment))
    }
    return result
  }

  /// A segment's map: from `mapRuns` (rows written since migration `v5-compact-maps`), else from
  /// the `map` blob of older rows.
  private static func storedMap(_ row: Row) -> OffsetMap {
    SegmentText.StoredMap(row).decoded
  }
}
