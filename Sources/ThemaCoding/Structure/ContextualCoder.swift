import ThemaCodebook
import ThemaIngest

/// Codes segments with their structure: a `CodebookMatcher` for the segment's own text, plus the codes
/// a segment inherits from the headings above it, the lead-in of its list and its attributes, for the
/// indicators that ask for it (`in: heading`, `in: lead-in`, `in: attribute NAME`; see `IndicatorScope`).
///
/// The rules, which keep every code traceable:
/// - an indicator is matched in its own text with its own exclusions and conditions, wherever that
///   text is (a condition of a heading indicator must hold in the heading);
/// - in the segment's text only indicators with scope `text` count (the default);
/// - a concept is inherited only when the segment's own text does not already code it, and then once:
///   from the nearest source (lead-in, then the headings from the innermost out, then the attributes);
/// - a match that adds nothing (its concept already codes the span, or the segment already has the
///   inherited concept) is kept in `shadowed`, so that `thema codebook check` can tell a redundant
///   indicator from one that matches nothing;
/// - an inherited match spans the whole segment (`start` 0, `end` its length in scalars: the code is
///   about the segment as a whole, so every stored span stays valid original offsets of the segment)
///   and carries a `MatchContext` quoting where the indicator matched.
///
/// Whether a concept is inherited depends only on that concept's own indicators, so coding with a
/// codebook compiled for some concepts gives those concepts exactly what the whole codebook gives them
/// (what incremental re-coding relies on).
///
/// A coder holds caches and is meant for one thread.
///
/// ```swift
/// var coder = ContextualCoder(matcher: CodebookMatcher(codebook: codebook))
/// var tracker = SegmentContextTracker()
/// for stored in segments {
///   let context = tracker.next(outline(stored), text: stored.segment.text, map: stored.segment.map)
///   let coding = coder.code(stored.segment.text, context: context)
/// }
/// ```
public struct ContextualCoder {
  // MARK: - State

  /// The matcher for every text (the segment's and its context's).
  public private(set) var matcher: CodebookMatcher
  /// Per concept id, per indicator index: where the indicator is looked for.
  private let scopes: [String: [[IndicatorScope]]]
  /// Whether some indicator looks outside the text (else `code` is the matcher's coding as it is).
  public let usesContext: Bool
  /// Whether some indicator is not looked for in the text (its text matches must be dropped).
  private let dropsTextMatches: Bool
  /// The matches of each context text: by heading or lead-in segment, else by scope and text (cleared
  /// per document).
  private var cacheBySegment: [Int64: ContextMatches] = [:]
  private var cacheByText: [String: ContextMatches] = [:]
  /// The codebook's `uncoded-sections` patterns, as one concept of their own (nil without any).
  private var sectionMatcher: CodebookMatcher?
  /// Per heading text (and per heading segment): the uncoded-section pattern and form it matches, if any.
  private var sectionCache: [String: (pattern: String, form: String)?] = [:]
  private var sectionCacheBySegment: [Int64: (pattern: String, form: String)?] = [:]
  /// Whether the last segment coded, or a context text it inherited from, has a word whose compound
  /// analysis consulted a part whose plausibility an edit changed (see
  /// `CodebookMatcher.lastCodingConsultedChangedParts`).
  public private(set) var lastCodingConsultedChangedParts = false

  // MARK: - Creating

  /// A coder around `matcher`.
  public init(matcher: CodebookMatcher) {
    self.matcher = matcher
    let codebook = matcher.compiled.codebook
    var scopes: [String: [[IndicatorScope]]] = [:]
    for concept in codebook.concepts where scopes[concept.id] == nil {
      scopes[concept.id] = concept.indicators.map(\.scopes)
    }
    self.scopes = scopes
    usesContext = codebook.usesContext
    dropsTextMatches = codebook.concepts.contains { $0.indicators.contains { !$0.inText } }
    if !codebook.uncodedSections.isEmpty {
      let sections = Codebook(
        name: "uncoded-sections", version: codebook.version, language: matcher.compiled.language,
        dimensions: [Dimension(id: "uncoded-sections", label: "uncoded-sections")],
        concepts: [
          Concept(
            id: "uncoded-sections", label: "uncoded-sections", dimension: "uncoded-sections",
            indicators: codebook.uncodedSections)
        ])
      sectionMatcher = CodebookMatcher(codebook: sections, language: matcher.compiled.language)
    }
  }

  /// Forgets the context texts of the previous document (call before each document).
  public mutating func beginDocument() {
    cacheBySegment.removeAll(keepingCapacity: true)
    cacheByText.removeAll(keepingCapacity: true)
    sectionCacheBySegment.removeAll(keepingCapacity: true)
  }

  // MARK: - Coding

  /// The matches and near misses of a segment: its own text's, and the codes it inherits from
  /// `context` (see the type's rules).
  public mutating func code(_ text: String, context: SegmentContext = SegmentContext()) -> SegmentCoding {
    var coding = matcher.code(text)
    var consulted = matcher.lastCodingConsultedChangedParts
    defer { lastCodingConsultedChangedParts = consulted }
    guard usesContext else { return coding }
    if dropsTextMatches {
      coding.matches.removeAll { !allows(.text, $0) }
      coding.nearMisses.removeAll { !allows(.text, $0.match) }
      coding.shadowed.removeAll { !allows(.text, $0.match) }
    }
    // Per concept, the match that gives the segment the concept (its first in the text, else inherited).
    var coded: [String: CodingMatch] = [:]
    for match in coding.matches where coded[match.concept] == nil { coded[match.concept] = match }
    let length = text.unicodeScalars.count
    var shadowedInContext: [(match: CodingMatch, source: ContextSource)] = []
    for source in context.sources {
      let found = matches(in: source)
      consulted = consulted || found.consulted
      for match in found.matches {
        if coded[match.concept] == nil {
          let inherited = inheriting(match, from: source, length: length)
          coded[match.concept] = inherited
          coding.matches.append(inherited)
        } else {
          shadowedInContext.append((match, source))
        }
      }
      shadowedInContext += found.shadowed.map { ($0, source) }
    }
    for (match, source) in shadowedInContext {
      guard let by = coded[match.concept] else { continue }
      coding.shadowed.append(ShadowedMatch(match: inheriting(match, from: source, length: length), by: by))
    }
    coding.matches.sort { ($0.start, $0.end, $0.concept) < ($1.start, $1.end, $1.concept) }
    if sectionMatcher != nil, let (heading, section) = uncodedSection(context) {
      // Procedure, not data: every match stays visible as a near miss that says why.
      coding.nearMisses += coding.matches.map {
        NearMiss(match: $0, reason: .uncodedSection(heading: heading, pattern: section.pattern, form: section.form))
      }
      coding.matches = []
      coding.shadowed = []
    }
    return coding
  }

  /// The first heading of `context` that an uncoded-section pattern matches, with the pattern and form.
  private mutating func uncodedSection(_ context: SegmentContext) -> (String, (pattern: String, form: String))? {
    for source in context.sources where source.scope == .heading {
      let found: (pattern: String, form: String)?
      if let id = source.segmentId, let known = sectionCacheBySegment[id] {
        found = known
      } else {
        if sectionCache[source.text] == nil {
          let first = sectionMatcher?.code(source.text).matches.first
          sectionCache[source.text] = .some(first.map { (pattern: $0.indicator, form: $0.matchedForm) })
        }
        found = sectionCache[source.text] ?? nil
        if let id = source.segmentId { sectionCacheBySegment[id] = .some(found) }
      }
      if let found { return (source.text, found) }
    }
    return nil
  }

  // MARK: - Context

  /// What a context text gives: the matches of the indicators whose scope is the source's, and those
  /// of its matches another indicator of the same concept shadows there.
  private struct ContextMatches {
    var matches: [CodingMatch]
    var shadowed: [CodingMatch]
    var consulted: Bool
  }

  /// The matches of the indicators whose scope is the source's, in the source's text (cached).
  private mutating func matches(in source: ContextSource) -> ContextMatches {
    if let id = source.segmentId {
      if let cached = cacheBySegment[id] { return cached }
    } else if let cached = cacheByText[source.scope.description + "\u{1F}" + source.text] {
      return cached
    }
    let coding = matcher.code(source.text)
    var matches = coding.matches.filter { allows(source.scope, $0) }
    if source.scope == .heading {
      // A heading passes a concept down only when it is about that concept alone: its matches of the
      // concept cover every word of the title but a section number and linking words ("2.4 Innoveren",
      // not "2.3 Onderzoeken en ontwerpen", which only lists topics).
      let covering = Set(matches.map(\.concept)).filter { concept in
        Self.covers(source.text, matches.filter { $0.concept == concept }.map(\.range))
      }
      matches.removeAll { !covering.contains($0.concept) }
    }
    let passed = Set(matches.map(\.concept))
    let shadowed = coding.shadowed.map(\.match).filter { allows(source.scope, $0) && passed.contains($0.concept) }
    let found = ContextMatches(
      matches: matches, shadowed: shadowed, consulted: matcher.lastCodingConsultedChangedParts)
    if let id = source.segmentId {
      cacheBySegment[id] = found
    } else {
      cacheByText[source.scope.description + "\u{1F}" + source.text] = found
    }
    return found
  }

  /// The match as inherited by a segment of `length` scalars.
  private func inheriting(_ match: CodingMatch, from source: ContextSource, length: Int) -> CodingMatch {
    var context = MatchContext(
      source: .heading, segmentId: source.segmentId, ordinal: source.ordinal, text: source.text,
      start: match.start, end: match.end)
    switch source.scope {
    case .leadIn: context.source = .leadIn
    case .attribute(let name):
      context.source = .attribute
      context.attribute = name
    case .heading, .text: break
    }
    if let map = source.map {
      let original = map.originalRange(ofView: match.start..<match.end)
      context.originalStart = original.lowerBound
      context.originalEnd = original.upperBound
    }
    var inherited = match
    inherited.start = 0
    inherited.end = length
    inherited.context = context
    return inherited
  }

  /// Words a heading may have besides its topic ("Leren en reflecteren" still lists two topics: the
  /// other topic is no linking word).
  static let linkingWords: Set<String> = [
    "en", "of", "de", "het", "een", "van", "in", "op", "met", "voor", "and", "or", "the", "a", "an", "of", "in",
  ]

  /// Whether `ranges` (scalar offsets) cover every word of `text` except linking words; numbers and
  /// punctuation ("2.4", ":") need no cover.
  static func covers(_ text: String, _ ranges: [Range<Int>]) -> Bool {
    var word = ""
    var wordCovered = true
    func wordDone() -> Bool {
      defer {
        word = ""
        wordCovered = true
      }
      return word.isEmpty || wordCovered || linkingWords.contains(word.lowercased())
    }
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      if scalar.properties.isAlphabetic {
        word.unicodeScalars.append(scalar)
        if !ranges.contains(where: { $0.contains(offset) }) { wordCovered = false }
      } else if !wordDone() {
        return false
      }
    }
    return wordDone()
  }

  /// Whether the indicator behind `match` is looked for in `scope`.
  private func allows(_ scope: IndicatorScope, _ match: CodingMatch) -> Bool {
    guard let indicators = scopes[match.concept], match.indicatorIndex < indicators.count else {
      return scope == .text
    }
    return indicators[match.indicatorIndex].contains(scope)
  }
}

@available(*, unavailable)
extension ContextualCoder: Sendable {}
