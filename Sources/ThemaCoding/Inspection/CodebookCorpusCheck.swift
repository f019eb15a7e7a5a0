import Foundation
import ThemaCodebook
import ThemaLanguage
import ThemaStore

/// How one indicator fares against a project's corpus: what `thema codebook check --project` reports.
public struct IndicatorUsage: Sendable, Hashable, Codable {
  /// The concept and the indicator as written, with its place in the codebook file.
  public var concept: String
  public var indicator: String
  public var line: Int?
  public var column: Int?
  /// Matches of the indicator in the project's current segments.
  public var matches: Int
  /// Matches that add nothing because another indicator of the same concept already codes the span (or
  /// the segment, for an inherited code): per such indicator, how often, most frequent first. An
  /// indicator with no `matches` but some of these is redundant where the corpus is concerned, not unused.
  public var shadowedBy: [IndicatorCount]
  /// Matches that do not count (excluded, condition failed, in an uncoded section): see `thema why`.
  public var nearMisses: Int
  /// Word forms reached through the stem, the lemma table or a compound rule (not the term's own form),
  /// most frequent first, with their counts: where a stem or compound rule may catch unrelated words.
  public var otherForms: [FormCount]

  /// Another indicator of the same concept (as written, with its line in the codebook file) and how
  /// often it was there first.
  public struct IndicatorCount: Sendable, Hashable, Codable {
    public var indicator: String
    public var line: Int?
    public var count: Int
  }

  /// A matched word form and how often it matched.
  public struct FormCount: Sendable, Hashable, Codable {
    public var form: String
    public var via: MatchVia
    public var count: Int
  }
}

/// Checks a codebook against a corpus: indicators that match nothing (or only where another indicator of
/// their concept already matches: `shadowedBy`), and the other word forms each
/// stem- or compound-matching indicator reaches, so a researcher can opt a term out of stemming or
/// compounding.
///
/// ```swift
/// let usage = CodebookCorpusCheck(codebook: codebook).usage(in: try project.currentSegments())
/// for unused in usage where unused.matches == 0 { print(unused.indicator) }
/// ```
public struct CodebookCorpusCheck: Sendable {
  public let codebook: Codebook
  /// How many other forms to keep per indicator.
  public var topForms: Int

  public init(codebook: Codebook, topForms: Int = 5) {
    self.codebook = codebook
    self.topForms = topForms
  }

  /// One usage per indicator, in codebook order. `languages` gives each document's language (by document
  /// id, as `Project.documentLanguages` tells them; a document not in it is in the codebook's language):
  /// a document is matched with the indicators of its language, and one in a language the codebook has
  /// none for is left out, as `thema code` does.
  public func usage(in segments: [StoredSegment], languages: [Int64: Language] = [:]) -> [IndicatorUsage] {
    // With the segments' structure, so that indicators with `in: heading`, `lead-in` or `attribute`
    // count where they code (segments arrive document by document, in order).
    var coders: [Language: ContextualCoder] = [:]
    let covered = codebook.languages
    var language = codebook.language
    var coder = ContextualCoder(matcher: CodebookMatcher(codebook: codebook, language: language))
    var tracker = SegmentContextTracker()
    var document: Int64?
    struct Key: Hashable {
      var concept: String
      var index: Int
    }
    var counts: [Key: Int] = [:]
    var forms: [Key: [String: (MatchVia, Int)]] = [:]
    var shadowed: [Key: [Int: Int]] = [:]
    var nearMisses: [Key: Int] = [:]
    let widening: Set<MatchVia> = [.stem, .lemma, .compoundHead, .compoundModifier, .prefix, .suffix]
    for stored in segments {
      if stored.documentId != document {
        document = stored.documentId
        tracker = SegmentContextTracker()
        let next = languages[stored.documentId] ?? codebook.language
        if next != language {
          coders[language] = coder
          language = next
          coder =
            coders.removeValue(forKey: next)
            ?? ContextualCoder(matcher: CodebookMatcher(codebook: codebook, language: next))
        }
        coder.beginDocument()
      }
      guard covered.contains(language) else { continue }
      let context =
        coder.usesContext ? tracker.next(SegmentOutline(stored), text: stored.segment.text) : SegmentContext()
      let coding = coder.code(stored.segment.text, context: context)
      for shadow in coding.shadowed {
        shadowed[Key(concept: shadow.match.concept, index: shadow.match.indicatorIndex), default: [:]][
          shadow.by.indicatorIndex, default: 0] += 1
      }
      for miss in coding.nearMisses {
        nearMisses[Key(concept: miss.match.concept, index: miss.match.indicatorIndex), default: 0] += 1
      }
      for match in coding.matches {
        let key = Key(concept: match.concept, index: match.indicatorIndex)
        counts[key, default: 0] += 1
        guard widening.contains(match.via) else { continue }
        let form = match.matchedForm.lowercased()
        if form == match.indicator.lowercased() { continue }
        let previous = forms[key, default: [:]][form]?.1 ?? 0
        forms[key, default: [:]][form] = (match.via, previous + 1)
      }
    }
    var result: [IndicatorUsage] = []
    for concept in codebook.concepts {
      for (index, indicator) in concept.indicators.enumerated() {
        let key = Key(concept: concept.id, index: index)
        let other = (forms[key] ?? [:])
          .map { IndicatorUsage.FormCount(form: $0.key, via: $0.value.0, count: $0.value.1) }
          .sorted { ($0.count, $1.form) > ($1.count, $0.form) }
        let by = (shadowed[key] ?? [:])
          .map { other, count in
            let written = concept.indicators[other]
            return IndicatorUsage.IndicatorCount(
              indicator: written.display, line: written.line ?? concept.line, count: count)
          }
          .sorted { ($0.count, $1.line ?? 0) > ($1.count, $0.line ?? 0) }
        result.append(
          IndicatorUsage(
            concept: concept.id, indicator: indicator.display, line: indicator.line ?? concept.line,
            column: indicator.column, matches: counts[key] ?? 0, shadowedBy: by, nearMisses: nearMisses[key] ?? 0,
            otherForms: Array(other.prefix(topForms))))
      }
    }
    return result
  }
}
