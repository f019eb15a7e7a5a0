import ThemaCodebook
import ThemaLanguage

// MARK: - SegmentPrefilter

/// Which segments a re-coding run must match again after an edit of some concepts, and how: those whose
/// text, or a heading, lead-in or attribute they are read in, contains an *anchor*; the others come out
/// of the run as they are, without tokenising them. A segment with an anchor of a changed compound part
/// is matched with every concept (a word there may consult the part); one with anchors of the edited
/// concepts only, with those concepts alone.
///
/// The anchors are read from the tables the matcher looks words up in (`CompiledCodebook`, compiled for
/// the edited concepts alone; of their indicators the edit added, and of the previous codebook's it
/// removed, see `IndicatorChanges`), so that every way such an indicator can match leaves one in the
/// text, folded with `TextFold`:
/// - an exact form, a form of a term that is not stemmed, a compound modifier, a prefix or a suffix
///   pattern: itself (a word or word part equals it, starts or ends with it);
/// - a stem (of a stemmed term, or a phrase word): `DutchStemmer.anchors(ofStem:)`, strings that every
///   word with that stem contains, compound parts included (a part is a piece of the word);
/// - a phrase: the anchors of its most selective word (every word of a phrase must match);
/// - when the edit changed which compound parts are plausible (a term added or removed), the changed
///   words and stems too: only a word containing one consults them (a word ending in `heid` is reached
///   from the plural `heden`, so its last two letters are left off).
///
/// A word that ends in a hyphen before a space (the first half of "kennis- en leertheorieën") is matched
/// joined with a part of a later word, which the text does not spell: those joined words are tested too
/// (`joinedKinds`). Only Dutch has anchors of stems (nil for documents in another language: they are matched whole).
///
/// ```swift
/// var filter = SegmentPrefilter(compiled: onlyEdited, earlier: previous)
/// filter?.verdict("Het team zette een pilot op.", context: nil)   // .edited ("pilot")
/// ```
struct SegmentPrefilter {
  /// What a segment needs.
  enum Verdict: Comparable {
    /// Nothing: no match can change.
    case unchanged
    /// The edited concepts' matching: it has anchors of their indicators only.
    case edited
    /// Every concept's: it has an anchor of a changed compound part.
    case changedParts
  }

  private static let editedKind: UInt8 = 1
  private static let partsKind: UInt8 = 2
  private static let ellipsisKind: UInt8 = 4
  private let automaton: AnchorAutomaton
  /// Verdicts on context texts (a heading is read for every segment under it), per document.
  private var contextVerdicts: [String: Verdict] = [:]

  /// A filter for the indicators of the concepts `compiled` was compiled for (`concepts:`) — only
  /// those `added` names, when given, and then also those `removed` names of `previous` (the previous
  /// codebook compiled for the same concepts: where they matched, their suggestions go) — and for the
  /// compound parts whose plausibility differs from `earlier`'s; nil when the language has no anchors.
  init?(
    compiled: CompiledCodebook, earlier: CompiledCodebook?, added: Set<String>? = nil,
    previous: CompiledCodebook? = nil, removed: Set<String> = []
  ) {
    guard compiled.language == .dutch, compiled.stemmer is DutchStemmer else { return nil }
    var anchors = Self.anchors(of: compiled, indicators: added)
    if let previous, !removed.isEmpty { anchors.formUnion(Self.anchors(of: previous, indicators: removed)) }
    var parts: Set<String> = []
    if let earlier {
      for word in compiled.plausibleWords.symmetricDifference(earlier.plausibleWords) {
        parts.insert(TextFold.string(word.hasSuffix("heid") ? String(word.unicodeScalars.dropLast(2)) : word))
      }
      for key in compiled.plausibleStems.symmetricDifference(earlier.plausibleStems) {
        parts.formUnion(DutchStemmer.anchors(ofStem: key))
      }
    }
    automaton = AnchorAutomaton(
      anchors.map { (Array($0.utf8), Self.editedKind) } + parts.map { (Array($0.utf8), Self.partsKind) },
      ellipsisKind: Self.ellipsisKind)
  }

  /// The anchors of the indicators of `compiled` (those `indicators` names, `IndicatorChanges.key`;
  /// nil: all).
  private static func anchors(of compiled: CompiledCodebook, indicators: Set<String>?) -> Set<String> {
    var anchors: Set<String> = []
    func literal(_ text: String) { anchors.insert(TextFold.string(text)) }
    func stem(_ stem: String) { anchors.formUnion(DutchStemmer.anchors(ofStem: stem)) }
    let concepts = compiled.codebook.concepts
    let indicator = { (number: Int32) -> Bool in
      let pattern = compiled.patterns[Int(number)]
      guard pattern.role == .indicator else { return false }
      guard let indicators else { return true }
      return indicators.contains(
        IndicatorChanges.key(concept: concepts[pattern.concept].id, index: pattern.indicatorIndex))
    }

    for (text, patterns) in compiled.exactCaseSensitive where patterns.contains(where: indicator) { literal(text) }
    for (text, patterns) in compiled.exactLower where patterns.contains(where: indicator) { literal(text) }
    for (form, entries) in compiled.formIndex where entries.contains(where: { indicator($0.pattern) }) { literal(form) }
    for (key, entries) in compiled.stemIndex where entries.contains(where: { indicator($0.pattern) }) { stem(key) }
    for (form, patterns) in compiled.modifierIndex where patterns.contains(where: indicator) { literal(form) }
    for (text, pattern) in compiled.prefixes + compiled.suffixes where indicator(pattern) { literal(text) }

    // Phrases: per phrase and position, the anchors of that word; the phrase adds its best position's.
    var positions: [Int32: [Int16: Set<String>]] = [:]
    func add(_ index: [String: [CompiledCodebook.PhraseEntry]], _ anchorsOf: (String) -> [String]) {
      for (key, entries) in index {
        for entry in entries where indicator(compiled.phrases[Int(entry.phrase)].pattern) {
          positions[entry.phrase, default: [:]][entry.position, default: []].formUnion(anchorsOf(key))
        }
      }
    }
    add(compiled.phraseRawIndex) { [TextFold.string($0)] }
    add(compiled.phraseFormIndex) { [TextFold.string($0)] }
    add(compiled.phraseStemIndex) { DutchStemmer.anchors(ofStem: $0) }
    for (_, words) in positions {
      // The most selective word: the one whose shortest anchor is longest, then the one with fewer
      // anchors, then the first (an order that does not depend on hashing, so runs agree).
      let ranked = words.sorted { a, b in
        (-Self.shortest(a.value), a.value.count, a.key) < (-Self.shortest(b.value), b.value.count, b.key)
      }
      if let best = ranked.first { anchors.formUnion(best.value) }
    }
    return anchors
  }

  private static func shortest(_ anchors: Set<String>) -> Int {
    anchors.map(\.utf8.count).min() ?? 0
  }

  // MARK: - Testing a segment

  /// What matching the segment needs: its own text's verdict, or a stronger one of a text of its
  /// context.
  mutating func verdict(_ text: String, context: SegmentContext?) -> Verdict {
    var verdict = Self.verdict(of: text, automaton)
    for source in context?.sources ?? [] where verdict != .changedParts {
      let found =
        contextVerdicts[source.text]
        ?? {
          let found = Self.verdict(of: source.text, automaton)
          contextVerdicts[source.text] = found
          return found
        }()
      verdict = max(verdict, found)
    }
    return verdict
  }

  /// Forgets the verdicts on the previous document's context texts.
  mutating func beginDocument() {
    contextVerdicts.removeAll(keepingCapacity: true)
  }

  private static func verdict(of text: String, _ automaton: AnchorAutomaton) -> Verdict {
    var text = text
    return text.withUTF8 { bytes in
      var kinds = automaton.kinds(in: bytes)
      if kinds & ellipsisKind != 0 { kinds = kinds & ~ellipsisKind | joinedKinds(bytes, automaton) }
      return kinds & partsKind != 0 ? .changedParts : kinds & editedKind != 0 ? .edited : .unchanged
    }
  }

  /// The kinds of anchors in the words the matcher makes of an ellipsis ("kennis- en leertheorieën"
  /// gives kennistheorieën: the first word joined to a head of a later one), which the text does not
  /// spell. For each hyphen that ends a word, the text before it back to a space is joined to every
  /// suffix of each of the next twelve pieces of text between spaces (the matcher looks up to eight
  /// tokens ahead, past commas, slashes and conjunctions): every joined word, and every piece of one,
  /// lies in one of those strings or in the text.
  static func joinedKinds(_ bytes: UnsafeBufferPointer<UInt8>, _ automaton: AnchorAutomaton) -> UInt8 {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
    var kinds: UInt8 = 0
    var joined: [UInt8] = []
    for hyphen in bytes.indices where AnchorAutomaton.isEllipsisHyphen(at: hyphen, in: bytes) {
      var start = hyphen
      while start > 0, !isSpace(bytes[start - 1]) { start -= 1 }
      let first = Array(bytes[start..<hyphen])
      var position = hyphen + 1
      for _ in 0..<12 {
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        guard position < bytes.count else { break }
        var end = position
        while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
        // Every suffix that starts a scalar (not on a UTF-8 continuation byte).
        for split in position..<end where bytes[split] & 0xC0 != 0x80 {
          joined.removeAll(keepingCapacity: true)
          joined += first
          joined += bytes[split..<end]
          kinds |= joined.withUnsafeBufferPointer { automaton.kinds(in: $0) } & ~ellipsisKind
        }
        position = end
      }
    }
    return kinds
  }
}
