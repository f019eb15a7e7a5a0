/// A coded segment as evidence: where it is (document, segment, original offsets) and the matches of the
/// concept in it (spans in the segment text and in the original).
///
/// ```swift
/// for quote in result.quotes {
///   print(quote.document, quote.segmentOrdinal, quote.text, quote.matches.map(\.matchedText))
/// }
/// ```
public struct Quote: Sendable, Codable, Hashable {
  /// One coding inside the quote.
  public struct Match: Sendable, Codable, Hashable {
    /// The concept coded (the asked concept or one of its descendants).
    public var conceptId: String
    public var conceptLabel: String
    /// Span in `Quote.text`, in Unicode scalars.
    public var start: Int
    public var end: Int
    /// The same span in the decoded original document, in Unicode scalars.
    public var originalStart: Int
    public var originalEnd: Int
    /// The form the matcher found (nil for a manual code).
    public var matchedForm: String?
    /// The text of the span as it stands in `Quote.text`.
    public var matchedText: String
    /// accepted or suggested.
    public var status: String
    /// auto or manual.
    public var origin: String
  }

  public var document: String
  public var documentId: Int64
  public var documentVersion: Int
  public var segmentId: Int64
  /// The segment's position in the document (0-based).
  public var segmentOrdinal: Int
  /// The segment's range in the decoded original (Unicode scalars).
  public var segmentStart: Int
  public var segmentEnd: Int
  /// The headings above the segment.
  public var headingPath: [String]
  /// The segment's analysis text.
  public var text: String
  /// The matches, in text order.
  public var matches: [Match]
}

extension AnalysisData {
  /// The quote for segment `index`, with the matches of node `node` and its descendants.
  public func quote(segment index: Int, node: Int) -> Quote {
    let segment = segments[index]
    let document = documents[segment.document]
    let subtree = node..<concepts.nodes[node].subtreeEnd
    let scalars = Array(segment.text.unicodeScalars)
    let matches = segment.codings.compactMap { c -> Quote.Match? in
      let coding = codings[c]
      guard subtree.contains(coding.concept) else { return nil }
      let concept = concepts.nodes[coding.concept]
      let lo = max(0, min(coding.start, scalars.count))
      let hi = max(lo, min(coding.end, scalars.count))
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars[lo..<hi])
      return Quote.Match(
        conceptId: concept.id, conceptLabel: concept.label, start: coding.start, end: coding.end,
        originalStart: coding.originalStart, originalEnd: coding.originalEnd,
        matchedForm: coding.matchedForm, matchedText: String(text), status: coding.status,
        origin: coding.origin)
    }
    return Quote(
      document: document.name, documentId: document.id, documentVersion: document.version,
      segmentId: segment.id, segmentOrdinal: segment.ordinal, segmentStart: segment.start,
      segmentEnd: segment.end, headingPath: segment.headingPath, text: segment.text,
      matches: matches)
  }

  /// How good a segment is as a quote for a node: more matches of the concept first, then more of them
  /// accepted, then the shorter text (a focused statement), then document order.
  func quoteScore(segment index: Int, node: Int) -> (Int, Int, Int) {
    let subtree = node..<concepts.nodes[node].subtreeEnd
    var matches = 0
    var accepted = 0
    for c in segments[index].codings where subtree.contains(codings[c].concept) {
      matches += 1
      if codings[c].status == "accepted" { accepted += 1 }
    }
    return (matches, accepted, -segments[index].wordCount)
  }
}
