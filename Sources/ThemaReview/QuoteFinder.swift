import ThemaStore

/// Finds an exact quote in a document's analysis text (its segments), in Unicode-scalar offsets.
///
/// ```swift
/// let place = try QuoteFinder.find("samen onderzoek doen", in: segments, document: "overleg.md")
/// // place.segmentId, place.start, place.end
/// ```
public enum QuoteFinder {
  /// Where a quote was found.
  public struct Place: Sendable, Hashable {
    public var segmentId: Int64
    public var start: Int
    public var end: Int
  }

  /// The single place of `quote` in `segments`; throws when it is missing, ambiguous, or runs over
  /// a segment boundary.
  public static func find(_ quote: String, in segments: [StoredSegment], document: String) throws -> Place {
    let needle = Array(quote.unicodeScalars)
    guard !needle.isEmpty else { throw ReviewError.quoteNotFound(document: document, quote: quote) }
    var places: [Place] = []
    for stored in segments {
      for start in occurrences(of: needle, in: Array(stored.segment.text.unicodeScalars)) {
        places.append(Place(segmentId: stored.id, start: start, end: start + needle.count))
      }
    }
    switch places.count {
    case 1: return places[0]
    case 0:
      // Segments are joined by a line break in the document's text: a quote across two is found there.
      let joined = Array(segments.map(\.segment.text).joined(separator: "\n").unicodeScalars)
      let spaced = Array(segments.map(\.segment.text).joined(separator: " ").unicodeScalars)
      if !occurrences(of: needle, in: joined).isEmpty || !occurrences(of: needle, in: spaced).isEmpty {
        throw ReviewError.quoteCrossesSegments(document: document, quote: quote)
      }
      throw ReviewError.quoteNotFound(document: document, quote: quote)
    default:
      throw ReviewError.ambiguousQuote(
        document: document, quote: quote,
        places: places.map { "segment \($0.segmentId) at \($0.start)" })
    }
  }

  /// Start offsets of every (possibly overlapping) occurrence. A plain scan: quotes are short and
  /// one document's text is small, so no search library is needed.
  static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
    guard needle.count <= haystack.count else { return [] }
    var result: [Int] = []
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      var index = 1
      while index < needle.count && haystack[start + index] == needle[index] { index += 1 }
      if index == needle.count { result.append(start) }
    }
    return result
  }
}
