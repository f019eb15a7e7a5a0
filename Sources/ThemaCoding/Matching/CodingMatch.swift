import ThemaIngest

/// How an indicator reached the text it matched.
public enum MatchVia: String, Sendable, Hashable, Codable, CaseIterable {
  /// The exact form, as written in the codebook.
  case exact
  /// The term's own form, unstemmed (a term with `stem: false`).
  case form
  /// The term's stem: innovaties for innovatie.
  case stem
  /// Another member of the term's word family in the lemma table: innoveren for innovatie.
  case lemma
  /// A `prefix*` wildcard.
  case prefix
  /// A `*suffix` wildcard.
  case suffix
  /// A phrase, possibly with gaps.
  case phrase
  /// The term is the head (last part) of a compound: onderwijsinnovatie.
  case compoundHead = "compound-head"
  /// The term is the modifier (first part) of a compound: innovatiekracht.
  case compoundModifier = "compound-modifier"
  /// The term completes a Dutch ellipsis: "kennis- en leertheorieën" → kennistheorieën.
  case ellipsis
}

/// One automatic match of an indicator in a segment's text.
///
/// `start`/`end` are Unicode-scalar offsets in the segment text; map them to the original with
/// `segment.map.originalRange(ofView: match.start..<match.end)`.
///
/// ```swift
/// var matcher = CodebookMatcher(codebook: codebook)
/// for match in matcher.code("Onderwijsinnovatie in het team").matches {
///   print(match.concept, match.matchedForm, match.via)   // innoveren Onderwijsinnovatie compound-head
/// }
/// ```
public struct CodingMatch: Sendable, Hashable, Codable {
  /// The concept's id.
  public var concept: String
  /// The concept's dimension.
  public var dimension: String
  /// Position of the indicator in the concept's `indicators`.
  public var indicatorIndex: Int
  /// The indicator as written (`innovatie`, `"MLI"`, `lerende … cultuur`).
  public var indicator: String
  /// Start and end in Unicode scalars of the segment text.
  public var start: Int
  public var end: Int
  /// The text of the segment at the span, as written.
  public var matchedForm: String
  /// How the indicator reached it.
  public var via: MatchVia
  /// The span in Unicode scalars of the decoded original (as `thema codings --json` gives it); nil until
  /// mapped with `SegmentCoding.mappedToOriginal(by:)`.
  public var originalStart: Int?
  public var originalEnd: Int?
  /// For a code inherited from the segment's structure (an indicator with `in: heading`, `lead-in` or
  /// `attribute`): where the indicator matched. `start`/`end` then span the whole segment and
  /// `matchedForm` is the form found in the heading, lead-in or attribute. Nil for a match in the text.
  public var context: MatchContext?

  public init(
    concept: String, dimension: String, indicatorIndex: Int, indicator: String, start: Int, end: Int,
    matchedForm: String, via: MatchVia, originalStart: Int? = nil, originalEnd: Int? = nil,
    context: MatchContext? = nil
  ) {
    self.concept = concept
    self.dimension = dimension
    self.indicatorIndex = indicatorIndex
    self.indicator = indicator
    self.start = start
    self.end = end
    self.matchedForm = matchedForm
    self.via = via
    self.originalStart = originalStart
    self.originalEnd = originalEnd
    self.context = context
  }

  /// The span in scalars of the segment text.
  public var range: Range<Int> { start..<end }
}

/// A match that was found but does not count, with the reason: what `thema why` explains.
///
/// ```swift
/// let coding = matcher.code("Het innovatiefonds betaalt de pilot.")
/// coding.nearMisses.first?.reason   // .excluded(by: "innovatiefonds", start: 4, end: 18)
/// ```
public struct NearMiss: Sendable, Hashable, Codable {
  /// Why the match does not count.
  public enum Reason: Sendable, Hashable, Codable {
    /// An exclusion pattern (`not:` / `exclude:`) overlaps the match.
    case excluded(by: String, start: Int, end: Int)
    /// None of the indicator's `with:` conditions occurs in the segment.
    case conditionFailed(needs: [String])
    /// The segment is in a section the codebook leaves uncoded (`uncoded-sections:`): `pattern` matched
    /// `form` in its heading `heading`.
    case uncodedSection(heading: String, pattern: String, form: String)
  }

  /// What would have matched.
  public var match: CodingMatch
  /// Why it does not count.
  public var reason: Reason

  public init(match: CodingMatch, reason: Reason) {
    self.match = match
    self.reason = reason
  }

  /// One line of explanation.
  public var explanation: String {
    switch reason {
    case .excluded(let pattern, _, _):
      return "\(match.indicator) matched \"\(match.matchedForm)\" but \(pattern) excludes it"
    case .conditionFailed(let needs):
      return "\(match.indicator) matched \"\(match.matchedForm)\" but the segment has none of "
        + needs.joined(separator: ", ")
    case .uncodedSection(let heading, let pattern, let form):
      return "\(match.indicator) matched \"\(match.matchedForm)\" but the section \"\(heading)\" is not coded "
        + "(uncoded-sections: \(pattern) matched \"\(form)\")"
    }
  }
}

/// The matches and near misses of one segment, in text order, and the matches another indicator of the
/// same concept shadows.
public struct SegmentCoding: Sendable, Hashable, Codable {
  public var matches: [CodingMatch]
  public var nearMisses: [NearMiss]
  /// Matches that count but add nothing: another indicator of the same concept already codes the span
  /// (see `ShadowedMatch`). Not codings; `thema codebook check` counts them per indicator.
  public var shadowed: [ShadowedMatch]

  public init(matches: [CodingMatch] = [], nearMisses: [NearMiss] = [], shadowed: [ShadowedMatch] = []) {
    self.matches = matches
    self.nearMisses = nearMisses
    self.shadowed = shadowed
  }

  private enum CodingKeys: String, CodingKey {
    case matches, nearMisses, shadowed
  }

  /// Decodes a coding; `shadowed` may be absent (JSON written before it existed).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    matches = try container.decode([CodingMatch].self, forKey: .matches)
    nearMisses = try container.decode([NearMiss].self, forKey: .nearMisses)
    shadowed = try container.decodeIfPresent([ShadowedMatch].self, forKey: .shadowed) ?? []
  }

  /// The same coding with `originalStart`/`originalEnd` filled in for every match and near miss, through
  /// the segment's offset map (analysis text → decoded original).
  ///
  /// ```swift
  /// let coding = matcher.code(stored.segment.text).mappedToOriginal(by: stored.segment.map)
  /// coding.matches[0].originalStart   // where the quote starts in the original file's text
  /// ```
  public func mappedToOriginal(by map: OffsetMap) -> SegmentCoding {
    func mapped(_ match: CodingMatch) -> CodingMatch {
      var match = match
      let original = map.originalRange(ofView: match.start..<match.end)
      match.originalStart = original.lowerBound
      match.originalEnd = original.upperBound
      return match
    }
    return SegmentCoding(
      matches: matches.map(mapped),
      nearMisses: nearMisses.map { NearMiss(match: mapped($0.match), reason: $0.reason) },
      shadowed: shadowed.map { ShadowedMatch(match: mapped($0.match), by: mapped($0.by)) })
  }

  /// The concepts matched, each once, in order of first match.
  public var concepts: [String] {
    var seen: Set<String> = []
    return matches.compactMap { seen.insert($0.concept).inserted ? $0.concept : nil }
  }
}
