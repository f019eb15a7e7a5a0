import Foundation
import GRDB
import ThemaIngest
import ThemaStore

extension Project {
  /// The structural fields of a document's current segments, in order (what `SegmentContextTracker`
  /// reads): id, ordinal, kind, heading path and attributes, without texts and maps. Read only when a
  /// codebook has indicators that look outside the text.
  ///
  /// ```swift
  /// let outlines = try project.segmentOutlines(of: document)
  /// outlines.first?.headingPath   // ["Profiel MEd Leren & Innoveren (2019)"]
  /// ```
  public func segmentOutlines(of document: DocumentSummary) throws -> [SegmentOutline] {
    try database.read { db in
      // A section's segments share their heading path (and most segments have no attributes): each
      // distinct JSON text is decoded once.
      let decoder = JSONDecoder()
      var paths: [String: [String]] = [:]
      var attributeSets: [String: [String: String]] = [:]
      func decoded<T: Decodable>(_ text: String?, _ cache: inout [String: T], empty: T) -> T {
        guard let text, !text.isEmpty else { return empty }
        if let known = cache[text] { return known }
        let value = (try? decoder.decode(T.self, from: Data(text.utf8))) ?? empty
        cache[text] = value
        return value
      }
      return try Row.fetchAll(
        db, sql: "SELECT id, ordinal, kind, headingPath, attributes FROM segment WHERE versionId = ? ORDER BY ordinal",
        arguments: [document.versionId]
      ).map { row in
        SegmentOutline(
          id: row["id"], ordinal: row["ordinal"], kind: Segment.Kind(rawValue: row["kind"]) ?? .paragraph,
          headingPath: decoded(row["headingPath"], &paths, empty: []),
          attributes: decoded(row["attributes"], &attributeSets, empty: [:]))
      }
    }
  }
}

extension SegmentOutline {
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

extension Project {
  /// The context of each of `texts` (a document's segments as `segmentTexts(of:)` gives them, in order):
  /// what `ContextualCoder.code(_:context:)` inherits from. Heading and lead-in sources carry no map
  /// here (an automatic run stores the segment's own span; `thema why` quotes the original offsets).
  ///
  /// ```swift
  /// let texts = try project.segmentTexts(of: document)
  /// let contexts = try project.segmentContexts(of: document, texts: texts)
  /// ```
  public func segmentContexts(of document: DocumentSummary, texts: [SegmentText]) throws -> [SegmentContext] {
    let outlines = Dictionary(try segmentOutlines(of: document).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var tracker = SegmentContextTracker()
    return texts.enumerated().map { index, stored in
      let outline = outlines[stored.id] ?? SegmentOutline(id: stored.id, ordinal: index, kind: .paragraph)
      return tracker.next(outline, text: stored.text)
    }
  }
}

extension Project {
  /// The context of one segment (its headings, the lead-in of its list, its attributes), each heading
  /// and lead-in with its segment's map, so that an inherited code quotes original offsets: what
  /// `thema why` shows.
  ///
  /// ```swift
  /// let context = try project.segmentContext(of: 42)
  /// ```
  public func segmentContext(of segmentId: Int64) throws -> SegmentContext {
    guard let found = try storedSegment(id: segmentId),
      let document = try documents().first(where: { $0.id == found.segment.documentId })
    else { return SegmentContext() }
    var tracker = SegmentContextTracker()
    for stored in try segments(of: document) {
      let context = tracker.next(SegmentOutline(stored), text: stored.segment.text, map: stored.segment.map)
      if stored.id == segmentId { return context }
    }
    return SegmentContext()
  }
}
