import ThemaCodebook

/// Where an inherited code came from: the heading, lead-in paragraph or segment attribute in which an
/// indicator with `in: heading`, `in: lead-in` or `in: attribute NAME` matched (see `IndicatorScope`).
///
/// A match with a context codes the segment as a whole: its `start`/`end` span the whole segment text
/// (the code applies to the segment, not to one of its words), and the evidence — the form the
/// indicator matched — is quoted here with its place in the heading or lead-in segment, in that
/// segment's text and, once mapped, in the decoded original.
///
/// ```swift
/// let match = coding.matches.first { $0.context != nil }!
/// print(match.context!.explanation)   // heading #12 "2.4 Innoveren": "Innoveren" at 4..<13
/// ```
public struct MatchContext: Sendable, Hashable, Codable {
  /// What kind of structure the indicator matched in.
  public enum Source: String, Sendable, Hashable, Codable {
    case heading
    case leadIn = "lead-in"
    case attribute
  }

  /// The kind of structure.
  public var source: Source
  /// The attribute's name (for `attribute`).
  public var attribute: String?
  /// The heading or lead-in segment's id and ordinal, when it is a segment of the document (a heading
  /// path can name a heading that is not a segment of its own; an attribute is no segment).
  public var segmentId: Int64?
  public var ordinal: Int?
  /// The heading's or lead-in's whole text, or the attribute's value.
  public var text: String
  /// The matched form's span in `text`, in Unicode scalars.
  public var start: Int
  public var end: Int
  /// The matched form's span in the decoded original (through the heading or lead-in segment's map);
  /// nil until mapped, and for an attribute.
  public var originalStart: Int?
  public var originalEnd: Int?

  public init(
    source: Source, attribute: String? = nil, segmentId: Int64? = nil, ordinal: Int? = nil, text: String,
    start: Int, end: Int, originalStart: Int? = nil, originalEnd: Int? = nil
  ) {
    self.source = source
    self.attribute = attribute
    self.segmentId = segmentId
    self.ordinal = ordinal
    self.text = text
    self.start = start
    self.end = end
    self.originalStart = originalStart
    self.originalEnd = originalEnd
  }

  /// The scope label as a codebook writes it: `heading`, `lead-in`, `attribute dimension`.
  public var scopeLabel: String {
    switch source {
    case .heading: "heading"
    case .leadIn: "lead-in"
    case .attribute: "attribute \(attribute ?? "")"
    }
  }

  /// One line: which structure, which segment, the quote and where the form is.
  public var explanation: String {
    var place = scopeLabel
    if let ordinal { place += " #\(ordinal)" }
    if let segmentId { place += " (segment \(segmentId))" }
    var line = "\(place) \"\(text)\": \"\(matchedText)\" at \(start)..<\(end)"
    if let originalStart, let originalEnd { line += " (original \(originalStart)..<\(originalEnd))" }
    return line
  }

  /// The matched form as it stands in `text`.
  public var matchedText: String {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return "" }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }
}

extension CodingMatch {
  /// The indicator as reported for a suggestion: `innovatie`, or for an inherited code the indicator
  /// and where it matched (`innoveren@heading`), so that the two never share a suggestion key.
  public var indicatorLabel: String {
    guard let context else { return indicator }
    return indicator + "@" + context.scopeLabel
  }
}
