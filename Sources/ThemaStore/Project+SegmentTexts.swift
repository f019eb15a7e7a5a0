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
        SegmentText(
          id: row["id"], text: row["text"], storedMap: SegmentText.StoredMap(row),
          outline: outlines ? decoder.outline(row) : nil)
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

  mutating func outline(_ row: Row) -> SegmentOutline {
    SegmentOutline(
      id: row["id"], ordinal: row["ordinal"], kind: Segment.Kind(rawValue: row["kind"]) ?? .paragraph,
      headingPath: decoded(row["headingPath"], &paths, empty: []),
      attributes: decoded(row["attributes"], &attributeSets, empty: [:]))
  }

  private func decoded<T: Decodable>(_ text: String?, _ cache: inout [String: T], empty: T) -> T {
    guard let text, !text.isEmpty else { return empty }
    if let known = cache[text] { return known }
    let value = (try? decoder.decode(T.self, from: Data(text.utf8))) ?? empty
    cache[text] = value
    return value
  }
}
