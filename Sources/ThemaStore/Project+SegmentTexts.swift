import Foundation
import GRDB
import ThemaIngest

/// A segment's id and analysis text, with its offset map still encoded: what a pass over the whole
/// corpus (automatic coding) needs, without decoding every segment's headings, attributes and map.
///
/// ```swift
/// for segment in try project.segmentTexts(of: document) where segment.text.contains("innovatie") {
///   let original = segment.map.originalRange(ofView: 0..<9)
/// }
/// ```
public struct SegmentText: Sendable {
  /// The segment's id.
  public var id: Int64
  /// The analysis text.
  public var text: String
  /// The offset map as stored: `segment.mapRuns` relative to `start`/`end` (rows written since
  /// migration `v5-compact-maps`), else the `map` blob of older rows; decoded by `map`.
  var storedMap: StoredMap

  /// The offset map (analysis text → decoded original), decoded on each call.
  public var map: OffsetMap { storedMap.decoded }

  /// A map as one of the two column forms keeps it.
  enum StoredMap: Sendable {
    case compact(Data, start: Int, end: Int)
    case binary(Data)

    /// The map of a `segment` row: `mapRuns` (relative to `start`/`end`) when set, else `map`.
    init(_ row: Row) {
      if let runs = row["mapRuns"] as Data? {
        self = .compact(runs, start: row["start"], end: row["end"])
      } else {
        self = .binary(row["map"])
      }
    }

    var decoded: OffsetMap {
      switch self {
      case .compact(let runs, let start, let end): CompactOffsetMap.decode(runs, start: start, end: end)
      case .binary(let data): BinaryOffsetMap.decode(data)
      }
    }
  }
}

extension Project {
  /// The segments of a document's current version, in order, as id, text and encoded map.
  public func segmentTexts(of document: DocumentSummary) throws -> [SegmentText] {
    try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, text, start, "end", map, mapRuns FROM segment WHERE versionId = ? ORDER BY ordinal
          """,
        arguments: [document.versionId]
      ).map { row in SegmentText(id: row["id"], text: row["text"], storedMap: SegmentText.StoredMap(row)) }
    }
  }
}
