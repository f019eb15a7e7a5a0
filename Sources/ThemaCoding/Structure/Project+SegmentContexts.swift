import Foundation
import GRDB
import ThemaIngest
import ThemaStore

extension SegmentContext {
  /// The context of each of `texts` (a document's segments in order, as `segmentTexts(of:outlines: true)`
  /// gives them): what `ContextualCoder.code(_:context:)` inherits from. Heading and lead-in sources carry
  /// no map here (an automatic run stores the segment's own span; `thema why` quotes the original offsets).
  ///
  /// ```swift
  /// let texts = try project.segmentTexts(of: document, outlines: true)
  /// let contexts = SegmentContext.contexts(of: texts)
  /// ```
  public static func contexts(of texts: [SegmentText]) -> [SegmentContext] {
    var tracker = SegmentContextTracker()
    return texts.enumerated().map { index, stored in
      let outline = stored.outline ?? SegmentOutline(id: stored.id, ordinal: index, kind: .paragraph)
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
