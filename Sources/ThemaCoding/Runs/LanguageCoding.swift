import ThemaCodebook
import ThemaLanguage

// MARK: - LanguageCoding

/// How a coding run matches the segments of the documents in one language: with every concept (a full
/// run), or, after an edit, only where and with what the edit can change (`SegmentPrefilter`):
///
/// - a segment without anchors keeps the previous run's result and is not matched (anchors: of the
///   indicators the edit added or removed, `IndicatorChanges`; the others suggest what they did);
/// - one with anchors of the edited concepts only is matched with those concepts alone;
/// - one with an anchor of a compound part whose plausibility the edit changed
///   is matched with every concept, watching whether a word consults such a part: only then are the
///   other concepts' results there taken too (`touched`), the edited concepts' otherwise.
///
/// Holds caches; one per language and run, used on one thread.
///
/// ```swift
/// var coding = LanguageCoding(codebook: mli, language: .dutch, edited: ["innoveren"], earlier: before)
/// coding.beginDocument()
/// let result = coding.code("Het team zette een pilot op.", context: nil)   // innoveren's matches
/// ```
struct LanguageCoding {
  /// Every concept (watching changed compound parts when `watches`), or the edited ones.
  private var coder: ContextualCoder
  /// The edited concepts alone, when `coder` matches every concept.
  private var editedCoder: ContextualCoder?
  private var filter: SegmentPrefilter?
  /// The concepts an incremental run re-matches (nil: a full run).
  private let edited: Set<String>?
  private let watches: Bool

  /// The coding of `language` with `codebook`: in full when `edited` is nil, else of the `edited`
  /// concepts, with `earlier` (the previous codebook, compiled for its plausible compound parts) when
  /// the edit changed which parts are plausible. With `changes` (and the `previous` codebook), a segment
  /// is matched only where an indicator the edit added or removed can match, or a changed part.
  init(
    codebook: Codebook, language: Language, edited: Set<String>?, earlier: CompiledCodebook?,
    changes: IndicatorChanges? = nil, previous: Codebook? = nil
  ) {
    func compiled(_ concepts: Set<String>?) -> CompiledCodebook {
      CompiledCodebook(codebook: codebook, language: language, stemmer: language.stemmer, concepts: concepts)
    }
    self.edited = edited
    watches = edited != nil && earlier != nil
    // The edited concepts alone (compiled once: the filter's tables, and their coder).
    let onlyEdited = edited.map { compiled($0) }
    if let earlier, edited != nil {
      coder = ContextualCoder(matcher: CodebookMatcher(compiled: compiled(nil).watchingPlausibilityChanges(since: earlier)))
    } else {
      coder = ContextualCoder(matcher: CodebookMatcher(compiled: onlyEdited ?? compiled(nil)))
    }
    if let edited, let onlyEdited {
      let before = previous.map {
        CompiledCodebook(codebook: $0, language: language, stemmer: language.stemmer, concepts: edited)
      }
      filter = SegmentPrefilter(
        compiled: onlyEdited, earlier: earlier, added: changes?.added, previous: before,
        removed: changes?.removed ?? [])
      if earlier != nil, filter != nil { editedCoder = ContextualCoder(matcher: CodebookMatcher(compiled: onlyEdited)) }
    }
  }

  /// Whether segments are read with their headings, lead-ins and attributes (`in:` in the codebook).
  var usesContext: Bool { coder.usesContext }

  /// Call before each document.
  mutating func beginDocument() {
    coder.beginDocument()
    editedCoder?.beginDocument()
    filter?.beginDocument()
  }

  /// The matches a run stores for a segment, and whether they are every concept's (`touched`: a word
  /// consulted a changed compound part) rather than the edited concepts'; nil when the segment keeps
  /// the previous run's result.
  mutating func code(_ text: String, context: SegmentContext?) -> (matches: [CodingMatch], touched: Bool)? {
    let verdict = filter?.verdict(text, context: context) ?? .changedParts
    switch verdict {
    case .unchanged:
      return nil
    case .edited where editedCoder != nil:
      return (editedCoder?.code(text, context: context ?? SegmentContext()).matches ?? [], false)
    default:
      var matches = coder.code(text, context: context ?? SegmentContext()).matches
      if let edited, watches {
        if coder.lastCodingConsultedChangedParts { return (matches, true) }
        matches.removeAll { !edited.contains($0.concept) }
      }
      return (matches, false)
    }
  }
}
