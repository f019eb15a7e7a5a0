import ThemaCodebook
import ThemaLanguage

/// Applies a compiled codebook to segment texts: tokenizes once, looks every word type up once (its
/// stem, lemma and compound analysis are cached), runs the phrase automaton, then applies exclusions and
/// co-occurrence conditions.
///
/// A matcher holds caches and is meant for one thread; give each thread its own (they share the
/// immutable `CompiledCodebook`).
///
/// ```swift
/// var matcher = CodebookMatcher(codebook: codebook, stemmer: DutchStemmer())
/// let coding = matcher.code("Onderwijsinnovatie vraagt een lerende en open cultuur.")
/// coding.matches.map(\.concept)   // ["innoveren", "leercultuur"]
/// ```
public struct CodebookMatcher {
  // MARK: - State

  /// The compiled codebook.
  public let compiled: CompiledCodebook
  private let tokenizer = DutchTokenizer()
  private var table = WordTypeTable()
  private var flatHits: [TypeHit] = []
  private var tokens: [Token] = []
  /// The packed keys of the current segment's word tokens, in order.
  private var keys: [WordTypeTable.Key] = []
  /// Where `touch` results go (so the reads are not optimised away).
  private var touched: UInt32 = 0
  private var rawHits: [RawHit] = []
  private var partials: [Partial] = []
  private var seenStamp: [UInt32]
  private var stamp: UInt32 = 0
  private var ellipsisCache: [String: [Int32]] = [:]
  private var analyzer: WordAnalyzer
  private let indicatorInfo: [IndicatorInfo?]
  /// Scratch of `resolve`: the concept spans matched so far in the segment.
  private var taken: [SpanKey] = []
  /// Analyse new word types with the straightforward `CompiledCodebook.analyze(word:)` instead of the
  /// cached fast path (the equivalence tests compare the two).
  var usesReferenceAnalysis = false
  /// Whether the last segment coded has a word whose compound analysis consulted a part that the
  /// earlier codebook of `CompiledCodebook.watchingPlausibilityChanges(since:)` judged otherwise: only
  /// then can a concept unchanged by an edit match differently there.
  public private(set) var lastCodingConsultedChangedParts = false
  /// Most word types cached before the cache is emptied (keeps memory bounded on any corpus).
  public var maximumCachedTypes = 400_000

  /// A hit in the current segment, absolute offsets.
  struct RawHit {
    var pattern: Int32
    var scalarStart: Int
    var scalarEnd: Int
    var byteStart: Int
    var byteEnd: Int
    var via: MatchVia
  }

  /// A phrase being matched.
  struct Partial {
    var phrase: Int32
    var next: Int16
    var scalarStart: Int
    var byteStart: Int
    var lastWord: Int
  }

  // MARK: - Creating

  /// A matcher for a compiled codebook.
  public init(compiled: CompiledCodebook) {
    self.compiled = compiled
    analyzer = WordAnalyzer(compiled: compiled)
    indicatorInfo = Self.indicatorInfo(compiled)
    seenStamp = Array(repeating: 0, count: compiled.patterns.count)
  }

  /// Compiles `codebook` with `stemmer` and makes a matcher for it.
  public init(codebook: Codebook, stemmer: any Stemmer, vocabulary: Set<String> = []) {
    self.init(compiled: CompiledCodebook(codebook: codebook, stemmer: stemmer, vocabulary: vocabulary))
  }

  /// Compiles `codebook` for documents in `language` (default: the codebook's own) with that language's
  /// Snowball stemmer, lemma table and compound lexicon.
  public init(codebook: Codebook, language: Language? = nil, vocabulary: Set<String> = []) {
    let language = language ?? codebook.language
    self.init(
      compiled: CompiledCodebook(
        codebook: codebook, language: language, stemmer: language.stemmer, vocabulary: vocabulary))
  }

  /// Number of word types analysed and cached so far.
  public var cachedTypeCount: Int { table.count }

  /// Number of word-type analyses done since the matcher was made (distinct types as written, as long
  /// as the cache was never emptied).
  public private(set) var analysedTypeCount = 0

  // MARK: - Coding

  /// The matches and near misses of one segment text (offsets in Unicode scalars of `text`).
  public mutating func code(_ text: String) -> SegmentCoding {
    var text = text
    return text.withUTF8 { bytes in code(utf8: bytes) }
  }

  /// The matches and near misses of UTF-8 text.
  public mutating func code(utf8 bytes: UnsafeBufferPointer<UInt8>) -> SegmentCoding {
    scan(bytes)
    return resolve(bytes)
  }

  /// Only the number of matches (no strings built): what the benchmark measures besides `code`.
  public mutating func countMatches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    scan(bytes)
    var count = 0
    for hit in rawHits where compiled.patterns[Int(hit.pattern)].role == .indicator {
      let index = Int(hit.pattern)
      if isExcluded(hit, pattern: index) == nil && conditionsHold(pattern: index) { count += 1 }
    }
    return count
  }

  // MARK: - Scan

  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
    tokens.removeAll(keepingCapacity: true)
    rawHits.removeAll(keepingCapacity: true)
    partials.removeAll(keepingCapacity: true)
    tokenizer.tokenize(bytes, into: &tokens)
    lastCodingConsultedChangedParts = false
    stamp &+= 1
    if stamp == 0 {
      for i in seenStamp.indices { seenStamp[i] = 0 }
      stamp = 1
    }
    if table.count > maximumCachedTypes { forgetTypes() }
    // Hash every word first and read its slot: the cache misses of rare words then overlap instead of
    // waiting one after the other in the loop below.
    keys.removeAll(keepingCapacity: true)
    for token in tokens where token.kind != .punctuation {
      keys.append(WordTypeTable.key(bytes, token.byteStart..<token.byteEnd))
    }
    var touched: UInt32 = 0
    for key in keys { touched &+= table.touch(key.hash) }
    self.touched = touched
    var word = 0
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .punctuation {
        if token.flags.contains(.sentenceEnd) { partials.removeAll(keepingCapacity: true) }
        index += 1
        continue
      }
      let range = typeHits(bytes, keys[word])
      word += 1
      if !range.isEmpty {
        var h = Int(range.lowerBound)
        while h < Int(range.upperBound) {
          let hit = flatHits[h]
          if hit.pattern < 0 {
            lastCodingConsultedChangedParts = true
          } else if hit.phrasePosition >= 0 {
            phraseStep(hit, token: token, word: word)
          } else {
            record(
              RawHit(
                pattern: hit.pattern, scalarStart: token.scalarStart + Int(hit.scalarStart),
                scalarEnd: token.scalarStart + Int(hit.scalarEnd), byteStart: token.byteStart + Int(hit.byteStart),
                byteEnd: token.byteStart + Int(hit.byteEnd), via: hit.via))
          }
          h += 1
        }
      }
      if token.flags.contains(.trailingHyphen) { ellipsis(at: index, bytes: bytes, ownHits: range) }
      index += 1
    }
  }

  @inline(__always) private mutating func record(_ hit: RawHit) {
    rawHits.append(hit)
    seenStamp[Int(hit.pattern)] = stamp
  }

  /// The cached hits of a token's word type (a range of `flatHits`), analysing the word on first sight.
  @inline(__always) private mutating func typeHits(_ bytes: UnsafeBufferPointer<UInt8>, _ key: WordTypeTable.Key) -> Range<Int32> {
    if let hits = table.find(key, in: bytes) { return hits }
    let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[key.range]), as: UTF8.self)
    var hits = usesReferenceAnalysis ? compiled.analyze(word: raw) : analyzer.analyze(word: raw)
    analysedTypeCount += 1
    // Phrase continuations before phrase starts, so one token never both starts and extends a phrase.
    hits.sort { ($0.phrasePosition, $0.pattern) > ($1.phrasePosition, $1.pattern) }
    let start = Int32(flatHits.count)
    flatHits += hits
    let found = start..<Int32(flatHits.count)
    table.insert(key, in: bytes, value: found)
    return found
  }

  private mutating func forgetTypes() {
    table.removeAll()
    flatHits.removeAll(keepingCapacity: true)
    ellipsisCache.removeAll(keepingCapacity: true)
    analyzer.removeCaches()
  }

  // MARK: - Phrases

  private mutating func phraseStep(_ hit: TypeHit, token: Token, word: Int) {
    let phrase = compiled.phrases[Int(hit.pattern)]
    let position = Int(hit.phrasePosition)
    if position == 0 {
      if phrase.length == 1 {
        record(
          RawHit(
            pattern: phrase.pattern, scalarStart: token.scalarStart, scalarEnd: token.scalarEnd,
            byteStart: token.byteStart, byteEnd: token.byteEnd, via: .phrase))
      } else {
        if partials.count > 64 { prunePartials(word: word) }
        partials.append(
          Partial(
            phrase: hit.pattern, next: 1, scalarStart: token.scalarStart, byteStart: token.byteStart, lastWord: word))
      }
      return
    }
    let allowed = phrase.gapBefore[position] ? phrase.gap + 1 : 1
    var i = 0
    while i < partials.count {
      let partial = partials[i]
      if partial.phrase == hit.pattern, Int(partial.next) == position, word > partial.lastWord,
        word - partial.lastWord <= allowed
      {
        if position == phrase.length - 1 {
          record(
            RawHit(
              pattern: phrase.pattern, scalarStart: partial.scalarStart, scalarEnd: token.scalarEnd,
              byteStart: partial.byteStart, byteEnd: token.byteEnd, via: .phrase))
          partials.remove(at: i)
          return
        }
        partials[i].next += 1
        partials[i].lastWord = word
        return
      }
      i += 1
    }
  }

  private mutating func prunePartials(word: Int) {
    let phrases = compiled.phrases
    partials.removeAll { word - $0.lastWord > phrases[Int($0.phrase)].gap + 1 }
  }

  // MARK: - Ellipsis

  /// "kennis- en leertheorieën": the token at `index` ends in a hyphen; find the completing word after a
  /// conjunction or comma and match the joined compounds.
  private mutating func ellipsis(at index: Int, bytes: UnsafeBufferPointer<UInt8>, ownHits: Range<Int32>) {
    let first = tokens[index]
    var j = index + 1
    var sawJoin = false
    while j < tokens.count, j <= index + 8 {
      let token = tokens[j]
      let text = Self.lowerASCII(bytes, token)
      if token.kind == .punctuation {
        if text == "," || text == "/" {
          sawJoin = true
          j += 1
          continue
        }
        return
      }
      if text == "en" || text == "of" || text == "tot" || text == "and" || text == "or" {
        sawJoin = true
        j += 1
        continue
      }
      if token.flags.contains(.trailingHyphen) {
        j += 1
        continue
      }
      break
    }
    guard sawJoin, j < tokens.count, tokens[j].kind == .word else { return }
    let second = tokens[j]
    let firstText = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[first.byteStart..<(first.byteEnd - 1)]), as: UTF8.self)
    let secondText = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[second.byteStart..<second.byteEnd]), as: UTF8.self)
    let key = firstText + "\u{1F}" + secondText
    let patterns: [Int32]
    if let cached = ellipsisCache[key] {
      patterns = cached
    } else {
      patterns =
        usesReferenceAnalysis
        ? compiled.ellipsisHits(first: firstText, second: secondText)
        : analyzer.ellipsisHits(first: firstText, second: secondText)
      ellipsisCache[key] = patterns
    }
    var own: Set<Int32> = []
    for h in Int(ownHits.lowerBound)..<Int(ownHits.upperBound) where flatHits[h].phrasePosition < 0 {
      own.insert(flatHits[h].pattern)
    }
    var done: Set<Int32> = []
    for pattern in patterns where pattern < 0 { lastCodingConsultedChangedParts = true }
    for pattern in patterns where pattern >= 0 && !own.contains(pattern) && done.insert(pattern).inserted {
      record(
        RawHit(
          pattern: pattern, scalarStart: first.scalarStart, scalarEnd: second.scalarEnd, byteStart: first.byteStart,
          byteEnd: second.byteEnd, via: .ellipsis))
    }
  }

  /// Lower-cased ASCII text of a short token (for conjunction checks); "" when long or non-ASCII.
  private static func lowerASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> String {
    guard token.byteEnd - token.byteStart <= 3 else { return "" }
    var scalars = String.UnicodeScalarView()
    for i in token.byteStart..<token.byteEnd {
      let b = bytes[i]
      guard b < 0x80 else { return "" }
      scalars.append(Unicode.Scalar(b >= 0x41 && b <= 0x5A ? b + 0x20 : b))
    }
    return String(scalars)
  }

  // MARK: - Resolving

  /// The exclusion hit that cancels `hit` (of pattern number `index`), if any.
  private func isExcluded(_ hit: RawHit, pattern index: Int) -> RawHit? {
    for exclusion in compiled.patterns[index].exclusions where seenStamp[Int(exclusion)] == stamp {
      for other in rawHits where other.pattern == exclusion {
        if other.scalarStart < hit.scalarEnd && hit.scalarStart < other.scalarEnd { return other }
      }
    }
    return nil
  }

  private func conditionsHold(pattern index: Int) -> Bool {
    let conditions = compiled.patterns[index].conditions
    return conditions.isEmpty || conditions.contains { seenStamp[Int($0)] == stamp }
  }

  private mutating func resolve(_ bytes: UnsafeBufferPointer<UInt8>) -> SegmentCoding {
    var coding = SegmentCoding()
    taken.removeAll(keepingCapacity: true)
    var shadowedAt: [(match: CodingMatch, kept: Int)] = []
    for hit in rawHits {
      let index = Int(hit.pattern)
      guard let info = indicatorInfo[index] else { continue }
      let match = CodingMatch(
        concept: info.concept, dimension: info.dimension, indicatorIndex: info.indicatorIndex,
        indicator: info.display, start: hit.scalarStart, end: hit.scalarEnd,
        matchedForm: String(decoding: UnsafeBufferPointer(rebasing: bytes[hit.byteStart..<hit.byteEnd]), as: UTF8.self),
        via: hit.via)
      if let exclusion = isExcluded(hit, pattern: index) {
        let by = compiled.patterns[Int(exclusion.pattern)].indicator.display
        coding.nearMisses.append(
          NearMiss(match: match, reason: .excluded(by: by, start: exclusion.scalarStart, end: exclusion.scalarEnd)))
        continue
      }
      if !conditionsHold(pattern: index) {
        coding.nearMisses.append(
          NearMiss(
            match: match,
            reason: .conditionFailed(
              needs: compiled.patterns[index].conditions.map { compiled.patterns[Int($0)].indicator.display })))
        continue
      }
      // A concept counts once per span and scope group (few matches per segment: a list is cheaper
      // than a set). `taken` and `coding.matches` grow together, so an index in one is one in the other.
      // Of several indicators on one span the one listed first in the codebook counts, whatever order
      // the analysis found them in; the others are shadowed by it.
      let key = SpanKey(concept: info.conceptIndex, start: hit.scalarStart, end: hit.scalarEnd, scopes: info.scopes)
      if let kept = taken.firstIndex(of: key) {
        let keptMatch = coding.matches[kept]
        // The same indicator twice on one span (a phrase and its parts) is no shadowing.
        if keptMatch.indicatorIndex != match.indicatorIndex {
          if match.indicatorIndex < keptMatch.indicatorIndex {
            coding.matches[kept] = match
            shadowedAt.append((keptMatch, kept))
          } else {
            shadowedAt.append((match, kept))
          }
        }
        continue
      }
      taken.append(key)
      coding.matches.append(match)
    }
    // Each shadowed match names the match that finally counts on its span.
    for (match, kept) in shadowedAt { coding.shadowed.append(ShadowedMatch(match: match, by: coding.matches[kept])) }
    coding.matches.sort { ($0.start, $0.end, $0.concept) < ($1.start, $1.end, $1.concept) }
    coding.shadowed.sort { ($0.match.start, $0.match.concept) < ($1.match.start, $1.match.concept) }
    coding.nearMisses.sort { ($0.match.start, $0.match.concept) < ($1.match.start, $1.match.concept) }
    return coding
  }

  /// What a match of an indicator pattern says, looked up once per pattern (nil for exclusions and
  /// conditions).
  private struct IndicatorInfo {
    var conceptIndex: Int
    var concept: String
    var dimension: String
    var indicatorIndex: Int
    var display: String
    /// Which scopes the indicator looks in (`CompiledCodebook.Pattern.scopeGroup`).
    var scopes: Int
  }

  private static func indicatorInfo(_ compiled: CompiledCodebook) -> [IndicatorInfo?] {
    compiled.patterns.map { pattern in
      guard pattern.role == .indicator else { return nil }
      let concept = compiled.codebook.concepts[pattern.concept]
      return IndicatorInfo(
        conceptIndex: pattern.concept, concept: concept.id, dimension: concept.dimension,
        indicatorIndex: pattern.indicatorIndex, display: pattern.indicator.display, scopes: pattern.scopeGroup)
    }
  }

  private struct SpanKey: Equatable {
    var concept: Int
    var start: Int
    var end: Int
    var scopes: Int
  }
}

@available(*, unavailable)
extension CodebookMatcher: Sendable {}
