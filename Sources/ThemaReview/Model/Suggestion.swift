/// An automatic suggestion as the coding run produces it, before it is reconciled with the stored
/// codings by `Project.applySuggestions(_:codebook:segments:)`.
///
/// ```swift
/// let s = Suggestion(segmentId: 7, concept: "innoveren", start: 12, end: 21, originalStart: 340,
///                    originalEnd: 349, matchedForm: "innovaties",
///                    indicator: .init(key: "innoveren/innovatie*", hash: "9f2c…"), codebookId: 1)
/// ```
public struct Suggestion: Sendable, Hashable, Codable {
  /// The indicator (search term, pattern) of the codebook that produced a suggestion.
  public struct Indicator: Sendable, Hashable, Codable {
    /// A key that stays the same while the indicator is edited (e.g. concept id + pattern id).
    public var key: String
    /// A hash of the indicator's definition: it changes when the indicator is edited.
    public var hash: String
    /// The hash an earlier version of Thema stored for the same definition (the concept's whole content,
    /// definition text included), or nil: a stored suggestion with this hash counts as unchanged, so that
    /// rejected suggestions do not all come back once when the hash changes its scheme.
    public var legacyHash: String?

    public init(key: String, hash: String, legacyHash: String? = nil) {
      self.key = key
      self.hash = hash
      self.legacyHash = legacyHash
    }
  }

  public var segmentId: Int64
  public var concept: String
  /// The span in the segment's analysis text, in Unicode scalars.
  public var start: Int
  public var end: Int
  /// The span in the decoded original, in Unicode scalars.
  public var originalStart: Int
  public var originalEnd: Int
  /// The form found in the text ("onderwijsinnovaties").
  public var matchedForm: String?
  public var indicator: Indicator
  /// The codebook (row of table `codebook`) the run used.
  public var codebookId: Int64?

  public init(
    segmentId: Int64, concept: String, start: Int, end: Int, originalStart: Int, originalEnd: Int,
    matchedForm: String?, indicator: Indicator, codebookId: Int64?
  ) {
    self.segmentId = segmentId
    self.concept = concept
    self.start = start
    self.end = end
    self.originalStart = originalStart
    self.originalEnd = originalEnd
    self.matchedForm = matchedForm
    self.indicator = indicator
    self.codebookId = codebookId
  }

  /// The identity of the suggestion across runs: the same segment, concept and span.
  ///
  /// The indicator is not part of it: it explains the suggestion, and a codebook edit that makes another
  /// indicator the first to match a span (one reordered, added or removed) must not turn a decided
  /// suggestion into a new open one for the same concept on the same words. The stored suggestion takes
  /// the new indicator instead (see `applySuggestions`).
  public var key: String { "\(segmentId):\(concept):\(start)-\(end)" }
}

/// What reconciling a run's suggestions with the stored codings changed. Every list holds coding ids.
public struct SuggestionReport: Sendable, Hashable, Codable {
  /// New suggestions stored.
  public var added: [Int64] = []
  /// Rejected suggestions offered again because their indicator changed, and withdrawn ones whose
  /// indicator came back.
  public var resuggested: [Int64] = []
  /// Open suggestions whose indicator no longer produces them (marked withdrawn, not deleted).
  public var withdrawn: [Int64] = []
  /// Suggestions the run produced again that were already stored (whatever their status), by id.
  public var unchanged: [Int64] = []
  /// Of `unchanged`: those whose row was not rewritten, because the run named as `carryFrom` in
  /// `applySuggestions` produced them last and this run produced them as they were; the caller records
  /// in `codingCarry` that this run produced them.
  public var unwritten: [Int64] = []
  /// Further unchanged suggestions, counted but not listed: those of the concepts an incremental run
  /// did not re-match, which it carries without reading them one by one.
  public var carried: Int = 0
  /// Of the unchanged (listed and carried): how many carry a human decision (accepted, rejected,
  /// recoded, adjusted).
  public var keptDecisions: Int = 0

  public init() {}

  /// All unchanged suggestions: those listed and those carried.
  public var unchangedCount: Int { unchanged.count + carried }

  /// One line for the terminal.
  public var summary: String {
    "\(added.count) new, \(resuggested.count) suggested again, \(withdrawn.count) withdrawn, "
      + "\(unchangedCount) unchanged (\(keptDecisions) human decisions kept)"
  }
}
