import ThemaCodebook
import ThemaIngest
import ThemaStore

// MARK: - Sources

/// One piece of structure a segment is read in: a heading above it, the lead-in paragraph of its list,
/// or one of its attributes. What an indicator with `in: heading`, `lead-in` or `attribute NAME` is
/// matched against.
///
/// ```swift
/// let heading = ContextSource(scope: .heading, segmentId: 12, ordinal: 17, text: "2.4 Innoveren")
/// ```
public struct ContextSource: Sendable {
  /// `.heading`, `.leadIn` or `.attribute(name)`.
  public var scope: IndicatorScope
  /// The heading or lead-in segment (nil for an attribute, or a heading that is no segment).
  public var segmentId: Int64?
  public var ordinal: Int?
  /// The heading's or lead-in's text, or the attribute's value.
  public var text: String
  /// The heading or lead-in segment's offset map, to quote the matched form in the original; when nil
  /// the context is reported without original offsets.
  public var map: OffsetMap?

  public init(scope: IndicatorScope, segmentId: Int64? = nil, ordinal: Int? = nil, text: String, map: OffsetMap? = nil) {
    self.scope = scope
    self.segmentId = segmentId
    self.ordinal = ordinal
    self.text = text
    self.map = map
  }
}

/// The structure one segment is read in, nearest first: the lead-in of its list, its headings from the
/// innermost outwards, then its attributes by name.
///
/// ```swift
/// var tracker = SegmentContextTracker()
/// let context = tracker.next(outline, text: segment.text)
/// context.sources.map(\.text)   // ["De afgestudeerde is een leraar die:", "Algemeen profiel", …]
/// ```
public struct SegmentContext: Sendable {
  public var sources: [ContextSource]

  public init(sources: [ContextSource] = []) {
    self.sources = sources
  }
}

// MARK: - Tracking

/// Walks a document's segments in order and tells each segment the structure it is read in:
///
/// - **headings**: each title of the segment's heading path, as the heading segment that carries it
///   (the nearest earlier heading segment at that depth with that text), else as a title without a
///   segment; a heading's own context is the headings above it;
/// - **lead-in**: for a list item, the paragraph directly before the first item of its list when that
///   paragraph ends with a colon ("De afgestudeerde is een leraar die:"); it holds for every item of the
///   list, nested ones too, until a segment that is no list item;
/// - **attributes**: every segment attribute (a placemat table's `dimension` and `context`).
///
/// Feed every segment of the document, in order, to `next(_:text:map:)`.
///
/// ```swift
/// var tracker = SegmentContextTracker()
/// for stored in segments { let context = tracker.next(SegmentOutline(...), text: stored.segment.text) }
/// ```
public struct SegmentContextTracker: Sendable {
  /// The heading segments of the current heading path, outermost first.
  private var headings: [ContextSource] = []
  /// The lead-in of the current list, while in one.
  private var leadIn: ContextSource?
  /// The previous segment when it is a paragraph ending with a colon.
  private var openingParagraph: ContextSource?
  private var previousKind: Segment.Kind?

  public init() {}

  /// The context of the next segment of the document.
  public mutating func next(_ outline: SegmentOutline, text: String, map: OffsetMap? = nil) -> SegmentContext {
    var sources: [ContextSource] = []
    switch outline.kind {
    case .heading:
      let above = resolve(Array(outline.headingPath.dropLast()))
      sources = above.reversed()
      headings =
        above + [
          ContextSource(scope: .heading, segmentId: outline.id, ordinal: outline.ordinal, text: text, map: map)
        ]
      leadIn = nil
    case .listItem:
      if previousKind != .listItem { leadIn = openingParagraph }
      if let leadIn { sources.append(leadIn) }
      sources += resolve(outline.headingPath).reversed()
    default:
      leadIn = nil
      sources = resolve(outline.headingPath).reversed()
    }
    for name in outline.attributes.keys.sorted() {
      if let value = outline.attributes[name], !value.isEmpty {
        sources.append(ContextSource(scope: .attribute(name), text: value))
      }
    }
    openingParagraph = nil
    if outline.kind == .paragraph, Self.endsWithColon(text) {
      openingParagraph = ContextSource(
        scope: .leadIn, segmentId: outline.id, ordinal: outline.ordinal, text: text, map: map)
    }
    previousKind = outline.kind
    return SegmentContext(sources: sources)
  }

  /// Whether `text` ends with a colon, apart from trailing white space (scanned from the end: this runs
  /// for every paragraph of a corpus).
  static func endsWithColon(_ text: String) -> Bool {
    for scalar in text.unicodeScalars.reversed() where !scalar.properties.isWhitespace {
      return scalar == ":"
    }
    return false
  }

  /// The heading sources of a heading path: the tracked heading segment where its text matches the
  /// title at that depth, else the title alone.
  private func resolve(_ path: [String]) -> [ContextSource] {
    path.enumerated().map { depth, title in
      if depth < headings.count, headings[depth].text == title { return headings[depth] }
      return ContextSource(scope: .heading, text: title)
    }
  }
}
