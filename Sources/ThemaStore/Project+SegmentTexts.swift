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

  /// The segment's structure (ordinal, kind, heading path, attributes) when it was asked for
  /// (`segmentTexts(of:outlines:)`), else nil.
  public var outline: SegmentOutline?

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

    /// The map of a row of `segmentTexts`' query, read by column position (a name lookup lower-cases
    /// the name on every read, which showed in profiles of coding runs): start, end, map, mapRuns at
    /// `first`…`first + 3`.
    init(_ row: Row, first: Int) {
      if let runs = row[first + 3] as Data? {
        self = .compact(runs, start: row[first], end: row[first + 1])
      } else {
        self = .binary(row[first + 2])
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
  /// The segments of a document's current version, in order, as id, text and encoded map; with
  /// `outlines`, each with its structure too (what a codebook whose indicators look outside the text
  /// needs), read in the same pass.
  public func segmentTexts(of document: DocumentSummary, outlines: Bool = false) throws -> [SegmentText] {
    try database.read { db in
      let structure = outlines ? ", ordinal, kind, headingPath, attributes" : ""
      var decoder = OutlineDecoder()
      return try Row.fetchAll(
        db,
        sql: """
          SELECT id, text, start, "end", map, mapRuns\(structure) FROM segment WHERE versionId = ? ORDER BY ordinal
          """,
        arguments: [document.versionId]
      ).map { row in
        // By position: id, text, then the map's four columns, then the outline's from 6.
        SegmentText(
          id: row[0], text: row[1], storedMap: SegmentText.StoredMap(row, first: 2),
          outline: outlines ? decoder.outline(row, first: 6, id: row[0]) : nil)
      }
    }
  }
}

// MARK: - Outlines

/// The structural fields of a segment that its context is derived from (no text, no map).
///
/// ```swift
/// let outline = SegmentOutline(id: 7, ordinal: 3, kind: .listItem, headingPath: ["Algemeen profiel"])
/// ```
public struct SegmentOutline: Sendable, Hashable {
  public var id: Int64
  public var ordinal: Int
  public var kind: Segment.Kind
  public var headingPath: [String]
  public var attributes: [String: String]

  public init(
    id: Int64, ordinal: Int, kind: Segment.Kind, headingPath: [String] = [], attributes: [String: String] = [:]
  ) {
    self.id = id
    self.ordinal = ordinal
    self.kind = kind
    self.headingPath = headingPath
    self.attributes = attributes
  }

  /// The outline of a stored segment.
  ///
  /// ```swift
  /// let outline = SegmentOutline(stored)   // for SegmentContextTracker.next(_:text:map:)
  /// ```
  public init(_ stored: StoredSegment) {
    self.init(
      id: stored.id, ordinal: stored.ordinal, kind: stored.segment.kind, headingPath: stored.segment.headingPath,
      attributes: stored.segment.attributes)
  }
}

/// Decodes the outline columns of segment rows. A section's segments share their heading path (and most
/// segments have no attributes): each distinct JSON text is decoded once.
private struct OutlineDecoder {
  let decoder = JSONDecoder()
  var paths: [String: [String]] = [:]
  var attributeSets: [String: [String: String]] = [:]

  /// The outline of segment `id` from its ordinal, kind, headingPath and attributes at columns
  /// `first`…`first + 3`.
  mutating func outline(_ row: Row, first: Int, id: Int64) -> SegmentOutline {
    SegmentOutline(
      id: id, ordinal: row[first], kind: Segment.Kind(rawValue: row[first + 1]) ?? .paragraph,
      headingPath: decoded(row[first + 2], &paths, empty: []),
      attributes: decoded(row[first + 3], &attributeSets, empty: [:]))
  }

  private func decoded<T: Decodable>(_ text: String?, _ cache: inout [String: T], empty: T) -> T {
    guard let text, !text.isEmpty else { return empty }
    if let known = cache[text] { return known }
    let value = (try? decoder.decode(T.self, from: Data(text.utf8))) ?? empty
    cache[text] = value
    return value
  }
}
