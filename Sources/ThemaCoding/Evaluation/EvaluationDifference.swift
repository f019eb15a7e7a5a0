/// A difference between the reference and the compared coding in one gold segment.
public struct EvaluationDifference: Sendable, Hashable, Codable {
  /// `falsePositive`: coded by the compared side only; `falseNegative`: by the reference only.
  public enum Kind: String, Sendable, Hashable, Codable {
    case falsePositive
    case falseNegative
  }

  public var kind: Kind
  public var concept: String
  public var split: GoldSplit
  public var document: String
  public var segmentId: Int64
  public var ordinal: Int
  /// The gold file's line of the segment's entry.
  public var goldLine: Int
  /// The whole segment text.
  public var text: String
  /// For a false positive: the matches of the concept in the segment (spans to highlight).
  public var matches: [EvaluatedMatch]
  /// The gold coder's note on the segment, if any.
  public var note: String?

  /// The segment text with every matched span between `open` and `close` (`»…«` by default).
  public func highlighted(open: String = "»", close: String = "«") -> String {
    let scalars = Array(text.unicodeScalars)
    var spans = matches.compactMap { match -> Range<Int>? in
      guard let start = match.start, let end = match.end else { return nil }
      let lower = max(0, min(start, scalars.count))
      return lower..<max(lower, min(end, scalars.count))
    }.sorted { $0.lowerBound < $1.lowerBound }
    // Overlapping spans are merged so the marks never nest.
    var merged: [Range<Int>] = []
    for span in spans {
      if let last = merged.last, span.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
      } else {
        merged.append(span)
      }
    }
    spans = merged
    var out = String.UnicodeScalarView()
    var position = 0
    for span in spans {
      out.append(contentsOf: scalars[position..<span.lowerBound])
      out.append(contentsOf: open.unicodeScalars)
      out.append(contentsOf: scalars[span])
      out.append(contentsOf: close.unicodeScalars)
      position = span.upperBound
    }
    out.append(contentsOf: scalars[position...])
    return String(out)
  }
}
