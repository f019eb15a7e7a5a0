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
  /// The offset map as stored; decoded by `map`.
  public var encodedMap: Data

  /// The offset map (analysis text → decoded original), decoded on each call.
  public var map: OffsetMap { BinaryOffsetMap.decode(encodedMap) }
}

extension Project {
  /// The segments of a document's current version, in order, as id, text and encoded map.
  public func segmentTexts(of document: DocumentSummary) throws -> [SegmentText] {
    try database.read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, text, map FROM segment WHERE versionId = ? ORDER BY ordinal",
        arguments: [document.versionId]
      ).map { SegmentText(id: $0["id"], text: $0["text"], encodedMap: $0["map"]) }
    }
  }
}
