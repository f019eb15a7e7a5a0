/// One coding of the compared side in a gold segment: an automatic match with its span, or (comparing
/// two coders) just the concept.
///
/// ```swift
/// let match = EvaluatedMatch(concept: "innoveren", start: 12, end: 22, matchedForm: "innovaties",
///                            indicator: "innoveren#0")
/// ```
public struct EvaluatedMatch: Sendable, Hashable, Codable {
  public var concept: String
  /// The span in the segment's analysis text (Unicode scalars); nil for a coder's segment-level coding.
  public var start: Int?
  public var end: Int?
  /// The form found, and the indicator that matched, for automatic codings.
  public var matchedForm: String?
  public var indicator: String?

  public init(
    concept: String, start: Int? = nil, end: Int? = nil, matchedForm: String? = nil, indicator: String? = nil
  ) {
    self.concept = concept
    self.start = start
    self.end = end
    self.matchedForm = matchedForm
    self.indicator = indicator
  }
}
