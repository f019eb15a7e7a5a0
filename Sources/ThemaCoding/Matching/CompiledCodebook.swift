import ThemaCodebook
import ThemaLanguage

/// A codebook compiled for one language: every indicator, exclusion and condition turned into lookup
/// tables keyed by stem, form and compound part. Immutable and shareable; each thread codes with its own
/// `CodebookMatcher` (which adds the per-word caches).
///
/// ```swift
/// let compiled = CompiledCodebook(codebook: codebook, stemmer: DutchStemmer())
/// var matcher = CodebookMatcher(compiled: compiled)
/// ```
public struct CompiledCodebook: Sendable {
  // MARK: - Patterns

  /// What a compiled pattern is for.
  enum Role: Sendable { case indicator, exclusion, condition }

  /// One indicator, exclusion or condition.
  struct Pattern: Sendable {
    var role: Role
    var concept: Int
    /// Index in the concept's `indicators` (for exclusions and conditions: of the indicator they belong to,
    /// or -1 for a concept-wide exclusion).
    var indicatorIndex: Int
    var indicator: Indicator
    /// For an indicator: the exclusion patterns that cancel it (its own and its concept's).
    var exclusions: [Int32] = []
    /// For an indicator: the condition patterns, one of which must occur in the segment.
    var conditions: [Int32] = []
    /// Indicators with the same `scopes` share a group (0: the text only). Two matches of one concept
    /// on one span count once only within a group, so that an indicator looked for elsewhere
    /// (`in: heading`) never hides a text indicator's match of the same words.
    var scopeGroup: Int = 0
  }

  /// A term entry in the stem and form indexes.
  struct TermEntry: Sendable {
    var pattern: Int32
    var viaLemma: Bool
    var compound: Indicator.CompoundRule
  }

  /// A phrase word entry: which phrase, which position.
  struct PhraseEntry: Sendable {
    var phrase: Int32
    var position: Int16
  }

  /// A compiled phrase.
  struct Phrase: Sendable {
    var pattern: Int32
    var length: Int
    var gapBefore: [Bool]
    var gap: Int
  }

  // MARK: - Stored tables

  public let codebook: Codebook
  public let language: Language
  let stemmer: any Stemmer
  let lexicon: CompoundLexicon
  var patterns: [Pattern] = []
  /// The distinct `scopes` of the indicators; group 0 is the default, the text only.
  var scopeGroups: [[IndicatorScope]] = [[.text]]
  var exactCaseSensitive: [String: [Int32]] = [:]
  var exactLower: [String: [Int32]] = [:]
  var stemIndex: [String: [TermEntry]] = [:]
  var formIndex: [String: [TermEntry]] = [:]
  /// Surface forms a term may take as the first part of a compound → patterns.
  var modifierIndex: [String: [Int32]] = [:]
  var prefixes: [(String, Int32)] = []
  var suffixes: [(String, Int32)] = []
  var phrases: [Phrase] = []
  var phraseStemIndex: [String: [PhraseEntry]] = [:]
  var phraseRawIndex: [String: [PhraseEntry]] = [:]
  var phraseFormIndex: [String: [PhraseEntry]] = [:]
  /// Words that may be the other part of a compound (lexicon, their stems, term forms, corpus words).
  var plausibleWords: Set<String> = []
  var plausibleStems: Set<String> = []
  let minimumPartLength: Int
  /// The plausible compound parts of an earlier codebook, when watching for changes: analysis then
  /// adds a hit with pattern -1 wherever a compound part's plausibility differs between the two.
  var previous: PlausibleParts?
  /// Whether any term may be the head of a compound (else compound splitting looks for modifiers only).
  var hasHeadTerms = false
  /// The lengths (in scalars) of the modifier forms, as a set and in ascending order.
  var modifierLengths: Set<Int> = []
  var modifierLengthsAscending: [Int] = []
  /// The first three scalars of every modifier form (a modifier form shorter than that never counts).
  var modifierStarts: Set<UInt64> = []
  /// The first two scalars of every stem a compound head may have; nil when one is shorter than three
  /// scalars (then every part is stemmed).
  var headStemStarts: Set<UInt64>? = []

  // MARK: - Compiling

  /// Compiles `codebook` with `stemmer` for the documents in `language` (default: the codebook's): its
  /// indicators of that language (`Indicator.language`, nil being the codebook's own).
  /// - Parameters:
  ///   - lexicon: plausible compound parts; defaults to the hand-written lexicon of the language.
  ///   - lemmas: word families; defaults to the hand-written table of the language.
  ///   - vocabulary: extra words known to be words (e.g. those occurring standalone at least twice in the
  ///     project's corpus); they count as plausible compound parts.
  ///   - minimumPartLength: the shortest remaining part of a compound that counts (default 3).
  ///   - concepts: compile the patterns of these concepts only (nil: all). The compound parts every
  ///     concept's terms make plausible still count, so each of these concepts matches exactly as in the
  ///     whole codebook: what re-coding after a one-concept edit relies on.
  public init(
    codebook: Codebook, language: Language? = nil, stemmer: any Stemmer, lexicon: CompoundLexicon? = nil,
    lemmas: LemmaTable? = nil, vocabulary: Set<String> = [], minimumPartLength: Int = 3,
    concepts: Set<String>? = nil
  ) {
    let language = language ?? codebook.language
    self.codebook = codebook
    self.language = language
    self.stemmer = stemmer
    let lexicon = lexicon ?? CompoundLexicon.forLanguage(language)
    self.lexicon = lexicon
    self.minimumPartLength = minimumPartLength
    let lemmas = lemmas ?? LemmaTable.forLanguage(language)

    plausibleWords = lexicon.parts.union(vocabulary)
    for word in plausibleWords { plausibleStems.insert(stemmer.stem(word)) }

    // Indicators written for another language (`indicators-en:`) are compiled only for that language.
    func applies(_ indicator: Indicator) -> Bool { (indicator.language ?? codebook.language) == language }
    for (conceptIndex, concept) in codebook.concepts.enumerated() {
      if let concepts, !concepts.contains(concept.id) {
        // Not compiled, but its terms stay plausible compound parts, as in the whole codebook.
        for indicator in concept.exclusions.filter(applies)
          + concept.indicators.filter(applies).flatMap({ [$0] + $0.exclusions + $0.conditions })
        where indicator.kind == .term {
          addPlausible(termForms(indicator, lower: indicator.text.lowercased(), lemmas: lemmas))
        }
        continue
      }
      var conceptExclusions: [Int32] = []
      for exclusion in concept.exclusions where applies(exclusion) {
        conceptExclusions.append(
          add(exclusion, role: .exclusion, concept: conceptIndex, indicatorIndex: -1, lemmas: lemmas))
      }
      // Enumerated before filtering: `indicatorIndex` is the indicator's place in the concept.
      for (indicatorIndex, indicator) in concept.indicators.enumerated() where applies(indicator) {
        let id = add(indicator, role: .indicator, concept: conceptIndex, indicatorIndex: indicatorIndex, lemmas: lemmas)
        var exclusions = conceptExclusions
        for exclusion in indicator.exclusions {
          exclusions.append(
            add(exclusion, role: .exclusion, concept: conceptIndex, indicatorIndex: indicatorIndex, lemmas: lemmas))
        }
        var conditions: [Int32] = []
        for condition in indicator.conditions {
          conditions.append(
            add(condition, role: .condition, concept: conceptIndex, indicatorIndex: indicatorIndex, lemmas: lemmas))
        }
        patterns[Int(id)].exclusions = exclusions
        patterns[Int(id)].conditions = conditions
      }
    }
    hasHeadTerms = (stemIndex.values.joined().contains { $0.compound == .both || $0.compound == .head })
      || (formIndex.values.joined().contains { $0.compound == .both || $0.compound == .head })
    modifierLengths = Set(modifierIndex.keys.map { $0.unicodeScalars.count })
    modifierLengthsAscending = modifierLengths.sorted()
    for key in modifierIndex.keys {
      let scalars = Array(key.unicodeScalars)
      if scalars.count >= 3 { modifierStarts.insert(Self.code(scalars[0], scalars[1], scalars[2])) }
    }
    for (stem, entries) in stemIndex where entries.contains(where: { $0.compound == .both || $0.compound == .head }) {
      let scalars = Array(stem.unicodeScalars)
      guard scalars.count >= 3 else {
        headStemStarts = nil
        break
      }
      headStemStarts?.insert(Self.code(scalars[0], scalars[1]))
    }
  }

  /// Adds one pattern to the tables; returns its number.
  private mutating func add(
    _ indicator: Indicator, role: Role, concept: Int, indicatorIndex: Int, lemmas: LemmaTable
  ) -> Int32 {
    let id = Int32(patterns.count)
    var pattern = Pattern(role: role, concept: concept, indicatorIndex: indicatorIndex, indicator: indicator)
    if role == .indicator, indicator.scopes != [.text] {
      pattern.scopeGroup = scopeGroups.firstIndex(of: indicator.scopes) ?? {
        scopeGroups.append(indicator.scopes)
        return scopeGroups.count - 1
      }()
    }
    patterns.append(pattern)
    let text = indicator.text
    let lower = text.lowercased()
    switch indicator.kind {
    case .exact:
      if indicator.caseSensitive {
        exactCaseSensitive[text, default: []].append(id)
      } else {
        exactLower[lower, default: []].append(id)
      }
    case .prefix:
      prefixes.append((lower, id))
    case .suffix:
      suffixes.append((lower, id))
    case .term:
      addTerm(indicator, lower: lower, id: id, lemmas: lemmas)
    case .phrase:
      let words = indicator.phraseWords()
      let phraseNumber = Int32(phrases.count)
      phrases.append(
        Phrase(pattern: id, length: words.count, gapBefore: words.map(\.gapBefore), gap: max(0, indicator.gap)))
      for (position, word) in words.enumerated() {
        let entry = PhraseEntry(phrase: phraseNumber, position: Int16(position))
        if word.word.unicodeScalars.contains(where: { $0.properties.isUppercase }) {
          phraseRawIndex[word.word, default: []].append(entry)
        } else if indicator.stemming {
          phraseStemIndex[stemmer.stem(word.word.lowercased()), default: []].append(entry)
        } else {
          phraseFormIndex[word.word.lowercased(), default: []].append(entry)
        }
      }
    }
    return id
  }

  /// The forms a term is looked up by: itself, then its lemma family.
  private func termForms(_ indicator: Indicator, lower: String, lemmas: LemmaTable) -> [String] {
    let family = indicator.lemma ? lemmas.family(of: lower) : []
    var forms = [lower]
    for form in family where form != lower { forms.append(form) }
    return forms
  }

  /// Makes a term's forms plausible compound parts (what `addTerm` does for every form).
  private mutating func addPlausible(_ forms: [String]) {
    for form in forms {
      plausibleWords.insert(form)
      plausibleStems.insert(stemmer.stem(form))
    }
  }

  private mutating func addTerm(_ indicator: Indicator, lower: String, id: Int32, lemmas: LemmaTable) {
    let forms = termForms(indicator, lower: lower, lemmas: lemmas)
    let ownStem = stemmer.stem(lower)
    var seenKeys: Set<String> = []
    for (number, form) in forms.enumerated() {
      let entry = TermEntry(pattern: id, viaLemma: number > 0, compound: indicator.compound)
      if indicator.stemming {
        let stem = stemmer.stem(form)
        if seenKeys.insert("s" + stem).inserted {
          stemIndex[stem, default: []].append(
            TermEntry(pattern: id, viaLemma: stem != ownStem, compound: indicator.compound))
        }
      }
      if !indicator.stemming, seenKeys.insert("f" + form).inserted { formIndex[form, default: []].append(entry) }
      addPlausible([form])
      if indicator.compound == .both || indicator.compound == .modifier {
        addModifier(form, id: id)
      }
    }
    // The stem as a compound modifier only for a stemmed term: one that opts out of stemming is matched
    // on its written forms, inside compounds too (scholing must not catch schoolleiding through school).
    if indicator.stemming, indicator.compound == .both || indicator.compound == .modifier, ownStem.count >= 4 {
      addModifier(ownStem, id: id)
    }
  }

  private mutating func addModifier(_ form: String, id: Int32) {
    if modifierIndex[form]?.contains(id) != true { modifierIndex[form, default: []].append(id) }
  }

  // MARK: - Queries

  /// Whether `other` accepts exactly the same compound parts (same language, stemmer results, lexicon,
  /// plausible words and stems, minimum part length): then a concept compiled in both matches alike
  /// whenever its own content is unchanged.
  public func hasSamePlausibility(as other: CompiledCodebook) -> Bool {
    language == other.language && lexicon == other.lexicon && minimumPartLength == other.minimumPartLength
      && plausibleWords == other.plausibleWords && plausibleStems == other.plausibleStems
  }

  /// The words and stems that count as plausible compound parts.
  struct PlausibleParts: Sendable, Equatable {
    var words: Set<String>
    var stems: Set<String>
  }

  var parts: PlausibleParts { PlausibleParts(words: plausibleWords, stems: plausibleStems) }

  /// This codebook, marking every word (and ellipsis) whose compound analysis consults a part that
  /// `earlier` judged otherwise (see `CodebookMatcher.lastCodingConsultedChangedParts`). Matches are
  /// unchanged.
  public func watchingPlausibilityChanges(since earlier: CompiledCodebook) -> CompiledCodebook {
    var copy = self
    copy.previous = earlier.parts
    return copy
  }

  /// Number of patterns of each role (for reports).
  public var indicatorPatternCount: Int { patterns.filter { $0.role == .indicator }.count }
}
