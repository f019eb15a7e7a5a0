import ThemaLanguage

/// The fast path of `CompiledCodebook.analyze(word:)`: the same hits in the same order, with less work
/// per new word type. `CodebookMatcher` keeps one; `analyze(word:)` stays the straightforward reference
/// that the equivalence tests compare this with.
///
/// What it saves:
/// - the hits that depend only on a unit's lower-case text (exact lower-case forms, forms, stems,
///   wildcards, phrase words, compounds) are computed once per lower-case text: "Onderwijsinnovatie" at
///   the start of a sentence reuses the analysis of "onderwijsinnovatie";
/// - compound splitting skips a split without building strings when a cheap test on its first letters
///   or its length shows that no term can be found there (small open-addressing sets of letter codes and
///   length tables instead of `Set` lookups, which hash with SipHash);
/// - the head patterns a compound part's stem reaches are cached by the part's bytes (the same heads
///   recur in many compounds).
///
/// Holds caches: one per matcher, one thread.
///
/// ```swift
/// var analyzer = WordAnalyzer(compiled: compiled)
/// let hits = analyzer.analyze(word: "Onderwijsinnovatie")   // same as compiled.analyze(word:)
/// ```
struct WordAnalyzer {
  // MARK: - State

  let compiled: CompiledCodebook
  /// Patterns' letter codes (`CompiledCodebook.code`) as cheap sets.
  private let modifierStarts: CodeSet
  private let headStemStarts: CodeSet?
  /// `modifierLength[k]`: some modifier form has `k` scalars.
  private let modifierLength: [Bool]
  /// `formHeadLength[k]`: some unstemmed form that may head a compound has `k` scalars.
  private let formHeadLength: [Bool]
  /// Case-independent hits per lower-case unit text (key: its bytes), as ranges of `caseFreeFlat`: of
  /// units split into compounds, and of units that are not (words with a hyphen or an apostrophe, and
  /// their parts with an apostrophe).
  private var caseFree = WordTypeTable()
  private var caseFreeWhole = WordTypeTable(capacity: 16)
  /// Scratch: the lower-case bytes of the unit being analysed.
  private var lowerBytes: [UInt8] = []
  /// Whether every key of the case-sensitive tables (exact forms, phrase words with capitals) has a
  /// capital: then a word without one needs no lookup there.
  private let caseSensitiveKeysHaveCapitals: Bool
  private var caseFreeFlat: [UnitHit] = []
  /// First three scalars of a modifier form, and of an unstemmed form that may head a compound → mask
  /// of the lengths such forms have.
  private let modifierLengthsByStart: CodeMap
  private let formHeadLengthsByStart: CodeMap
  /// Compound parts (bytes) → the head patterns their stem reaches, as a range of `stemHeadFlat`.
  private var partTable = WordTypeTable()
  private var stemHeadFlat: [Int32] = []
  /// Scratch: the keys of the current word's parts.
  private var partKeys: [WordTypeTable.Key] = []
  /// Where `WordTypeTable.touch` results go (so the reads are not optimised away).
  private var touched: UInt32 = 0

  /// A hit of a unit before it gets the unit's offsets.
  struct UnitHit {
    var pattern: Int32
    var phrasePosition: Int16
    var via: MatchVia
  }

  // MARK: - Creating

  init(compiled: CompiledCodebook) {
    self.compiled = compiled
    modifierStarts = CodeSet(compiled.modifierStarts)
    headStemStarts = compiled.headStemStarts.map(CodeSet.init)
    var lengths = [Bool](repeating: false, count: (compiled.modifierLengths.max() ?? 0) + 1)
    for length in compiled.modifierLengths { lengths[length] = true }
    modifierLength = lengths
    let headForms = compiled.formIndex.filter { $0.value.contains { $0.compound == .both || $0.compound == .head } }
    lengths = [Bool](repeating: false, count: (headForms.keys.map { $0.unicodeScalars.count }.max() ?? 0) + 1)
    for form in headForms.keys { lengths[form.unicodeScalars.count] = true }
    formHeadLength = lengths
    caseSensitiveKeysHaveCapitals = (Array(compiled.exactCaseSensitive.keys) + Array(compiled.phraseRawIndex.keys))
      .allSatisfy { $0.unicodeScalars.contains { $0.properties.isUppercase } }
    modifierLengthsByStart = Self.lengthsByStart(compiled.modifierIndex.keys)
    formHeadLengthsByStart = Self.lengthsByStart(headForms.keys)
  }

  /// Forgets the caches (with the matcher's word types, to bound memory).
  mutating func removeCaches() {
    caseFree.removeAll()
    caseFreeWhole.removeAll()
    caseFreeFlat.removeAll(keepingCapacity: true)
    partTable.removeAll()
    stemHeadFlat.removeAll(keepingCapacity: true)
  }

  // MARK: - Analysis

  /// Every hit of a word type: the same as `compiled.analyze(word:)`.
  mutating func analyze(word raw: String) -> [TypeHit] {
    var hits: [TypeHit] = []
    if let unit = Self.singleUnit(raw) {
      match(unit, into: &hits)
    } else {
      for unit in compiled.units(of: raw) { match(unit, into: &hits) }
    }
    return hits
  }

  /// The only unit of a word without hyphens and apostrophes (nil when it has any: then
  /// `CompiledCodebook.units(of:)` cuts it). The scan looks at bytes: every hyphen and apostrophe
  /// `units(of:)` knows is ASCII or starts with the byte 0xE2.
  static func singleUnit(_ raw: String) -> CompiledCodebook.Unit? {
    var raw = raw
    let counts: (Int, Int)? = raw.withUTF8 { bytes in
      var scalars = 0
      for byte in bytes {
        if byte == 0x2D || byte == 0x27 || byte == 0xE2 { return nil }
        if byte & 0xC0 != 0x80 { scalars += 1 }
      }
      return (bytes.count, scalars)
    }
    guard let (byteCount, scalarCount) = counts, byteCount > 0 else { return nil }
    return CompiledCodebook.Unit(raw: raw, byteRange: 0..<byteCount, scalarRange: 0..<scalarCount, compounds: true)
  }

  /// `CompiledCodebook.match(_:into:seen:)`: the case-sensitive lookups here, the rest from the cache.
  /// (The hits of the case-sensitive tables never share a pattern or phrase word with the others, so
  /// taking them first does not change which duplicate is kept.)
  private mutating func match(_ unit: CompiledCodebook.Unit, into hits: inout [TypeHit]) {
    func hit(_ pattern: Int32, _ via: MatchVia, phrasePosition: Int16 = -1) {
      // A pattern counts once per word type (the first, most direct way wins); phrase words per position.
      for old in hits where old.pattern == pattern && old.phrasePosition == phrasePosition { return }
      hits.append(
        TypeHit(
          pattern: pattern, phrasePosition: phrasePosition, via: via, byteStart: Int32(unit.byteRange.lowerBound),
          byteEnd: Int32(unit.byteRange.upperBound), scalarStart: Int32(unit.scalarRange.lowerBound),
          scalarEnd: Int32(unit.scalarRange.upperBound)))
    }
    // The lower-case bytes (ASCII folded here as `lowercased()` folds it; other text through
    // `lowercased()`), and whether the word may have a capital.
    var raw = unit.raw
    var lower: String?
    var ascii = true
    var capital = false
    lowerBytes.removeAll(keepingCapacity: true)
    raw.withUTF8 { bytes in
      for byte in bytes {
        if byte >= 0x80 {
          ascii = false
          return
        }
        if byte >= 0x41 && byte <= 0x5A { capital = true }
        lowerBytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
    }
    if capital || !ascii || !caseSensitiveKeysHaveCapitals {
      if let ids = compiled.exactCaseSensitive[unit.raw] { for id in ids { hit(id, .exact) } }
      if let entries = compiled.phraseRawIndex[unit.raw] {
        for entry in entries { hit(entry.phrase, .phrase, phrasePosition: entry.position) }
      }
    }
    if !ascii {
      let folded = unit.raw.lowercased()
      lower = folded
      lowerBytes.removeAll(keepingCapacity: true)
      lowerBytes.append(contentsOf: folded.utf8)
    }
    let range: Range<Int32> = lowerBytes.withUnsafeBufferPointer { bytes in
      let key = WordTypeTable.key(bytes, 0..<bytes.count)
      let cached = unit.compounds ? caseFree.find(key, in: bytes) : caseFreeWhole.find(key, in: bytes)
      if let cached { return cached }
      let start = Int32(caseFreeFlat.count)
      caseFreeHits(lower ?? String(decoding: bytes, as: UTF8.self), compounds: unit.compounds)
      let range = start..<Int32(caseFreeFlat.count)
      if unit.compounds {
        caseFree.insert(key, in: bytes, value: range)
      } else {
        caseFreeWhole.insert(key, in: bytes, value: range)
      }
      return range
    }
    for index in Int(range.lowerBound)..<Int(range.upperBound) {
      let found = caseFreeFlat[index]
      hit(found.pattern, found.via, phrasePosition: found.phrasePosition)
    }
  }

  /// Appends the hits of `match(_:into:seen:)` that depend on the lower-case text only, in its order.
  private mutating func caseFreeHits(_ lower: String, compounds: Bool) {
    func add(_ pattern: Int32, _ via: MatchVia, _ position: Int16 = -1) {
      caseFreeFlat.append(UnitHit(pattern: pattern, phrasePosition: position, via: via))
    }
    if let ids = compiled.exactLower[lower] { for id in ids { add(id, .exact) } }
    if let entries = compiled.formIndex[lower] { for entry in entries { add(entry.pattern, entry.viaLemma ? .lemma : .form) } }
    let stem = compiled.stemmer.stem(lower)
    if let entries = compiled.stemIndex[stem] { for entry in entries { add(entry.pattern, entry.viaLemma ? .lemma : .stem) } }
    for (prefix, id) in compiled.prefixes where lower.hasPrefix(prefix) { add(id, .prefix) }
    for (suffix, id) in compiled.suffixes where lower.hasSuffix(suffix) { add(id, .suffix) }
    if let entries = compiled.phraseFormIndex[lower] { for entry in entries { add(entry.phrase, .phrase, entry.position) } }
    if let entries = compiled.phraseStemIndex[stem] { for entry in entries { add(entry.phrase, .phrase, entry.position) } }
    if compounds, !compiled.lexicon.unsplittable.contains(lower) {
      for (id, via) in compoundHits(lower) { add(id, via) }
    }
  }

  // MARK: - Ellipsis

  /// `CompiledCodebook.ellipsisHits(first:second:)`, the same patterns in the same order: the parts are
  /// cut by copying bytes and the joined words analysed by the fast path (whose pattern hits, phrase
  /// words left aside, come in the straightforward order).
  mutating func ellipsisHits(first: String, second: String) -> [Int32] {
    let word = ScalarText(second.lowercased())
    let n = word.scalars.count
    let minimum = compiled.minimumPartLength
    guard n >= 2 * minimum else { return [] }
    let firstLower = first.lowercased()
    var result: [Int32] = []
    for split in minimum...(n - minimum) {
      let left = word.string(0..<split)
      let head = word.string(split..<n)
      let plausible = compiled.isPlausibleModifier(left) && compiled.isPlausible(head)
      if let previous = compiled.previous,
        plausible != (compiled.isPlausibleModifier(left, in: previous) && compiled.isPlausible(head, in: previous))
      {
        result.append(-1)
      }
      guard plausible else { continue }
      for hit in analyze(word: firstLower + head) where hit.phrasePosition < 0 { result.append(hit.pattern) }
    }
    return result
  }

  // MARK: - Compounds

  /// `CompiledCodebook.compoundHits(_:)`, skipping without building strings every split where the first
  /// letters and the length of a part show that no table can have it, and with the head patterns a
  /// part's stem reaches cached by the part's bytes.
  private mutating func compoundHits(_ lower: String) -> [(Int32, MatchVia)] {
    guard compiled.hasHeadTerms || !compiled.modifierIndex.isEmpty else { return [] }
    let word = ScalarText(lower)
    let scalars = word.scalars
    let n = scalars.count
    let minimum = compiled.minimumPartLength
    guard n >= 2 * minimum else { return [] }
    // Lengths a modifier form starting like the word can have (the left part starts the word).
    let startMask = minimum >= 3 ? modifierLengthsByStart.value(Self.start(scalars, 0)) : ~0
    var result: [(Int32, MatchVia)] = []
    var head: [(Int32, MatchVia)] = []
    // The keys of the parts whose stems are looked up, first, with their slots read in a tight loop, so
    // that the cache misses of this word's parts overlap.
    partKeys.removeAll(keepingCapacity: true)
    if compiled.hasHeadTerms {
      if partTable.count > Self.maximumCachedParts {
        partTable.removeAll()
        stemHeadFlat.removeAll(keepingCapacity: true)
      }
      word.utf8.withUnsafeBufferPointer { bytes in
        for split in minimum...(n - minimum) where mayStemToHead(scalars, from: split) {
          partKeys.append(WordTypeTable.key(bytes, word.offsets[split]..<bytes.count))
        }
      }
      var touched: UInt32 = 0
      for key in partKeys { touched &+= partTable.touch(key.hash) }
      self.touched = touched
    }
    var nextKey = 0
    for split in minimum...(n - minimum) {
      head.removeAll(keepingCapacity: true)
      if compiled.hasHeadTerms {
        if mayStemToHead(scalars, from: split) {
          let range = stemHeads(word, partKeys[nextKey])
          nextKey += 1
          for index in Int(range.lowerBound)..<Int(range.upperBound) {
            head.append((stemHeadFlat[index], .compoundHead))
          }
        }
        let mayBeForm =
          minimum >= 3
          ? Self.has(formHeadLengthsByStart.value(Self.start(scalars, split)), length: n - split)
          : n - split < formHeadLength.count && formHeadLength[n - split]
        if mayBeForm {
          for entry in compiled.formIndex[word.string(split..<n)] ?? []
          where entry.compound == .both || entry.compound == .head {
            head.append((entry.pattern, .compoundHead))
          }
        }
      }
      if !compiled.modifierIndex.isEmpty {
        modifierHits(word, from: split) { head.append(($0, .compoundHead)) }
      }
      // The left part must be a plausible modifier.
      if !head.isEmpty {
        let left = word.string(0..<split)
        let plausible = compiled.isPlausibleModifier(left)
        if let previous = compiled.previous, plausible != compiled.isPlausibleModifier(left, in: previous) {
          result.append((-1, .compoundHead))
        }
        if plausible { result += head }
      }
      // The term as modifier (innovatie|kracht): the right part (after a linking morpheme) must be plausible.
      if Self.has(startMask, length: split), split < modifierLength.count, modifierLength[split],
        let ids = compiled.modifierIndex[word.string(0..<split)]
      {
        let right = word.string(split..<n)
        let plausible = compiled.isPlausibleHead(right)
        if let previous = compiled.previous, plausible != compiled.isPlausibleHead(right, in: previous) {
          result.append((-1, .compoundModifier))
        }
        if plausible {
          for id in ids { result.append((id, .compoundModifier)) }
        }
      }
    }
    return result
  }

  /// `CompiledCodebook.modifierHits(_:from:)`, reporting each pattern to `found`; only the lengths that
  /// modifier forms with the part's first three letters have are looked up.
  private func modifierHits(_ word: ScalarText, from start: Int, _ found: (Int32) -> Void) {
    let scalars = word.scalars
    let n = scalars.count - start
    let minimum = compiled.minimumPartLength
    guard n >= 2 * minimum else { return }
    var mask: UInt64 = ~0
    if minimum >= 3 {
      mask = modifierLengthsByStart.value(Self.start(scalars, start))
      if mask == 0 { return }
    }
    for length in compiled.modifierLengthsAscending where length >= minimum {
      guard length <= n - minimum else { break }
      guard Self.has(mask, length: length),
        let ids = compiled.modifierIndex[word.string(start..<(start + length))]
      else { continue }
      let rest = word.string((start + length)..<scalars.count)
      let plausible = compiled.isPlausibleHead(rest)
      if let previous = compiled.previous, plausible != compiled.isPlausibleHead(rest, in: previous) { found(-1) }
      if plausible { ids.forEach(found) }
    }
  }

  /// `CompiledCodebook.mayStemToHead(_:from:)` with the cheaper set.
  @inline(__always) private func mayStemToHead(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
    guard let headStemStarts, scalars.count - start >= 3 else { return true }
    let (a, b, c) = (scalars[start], scalars[start + 1], scalars[start + 2])
    if (a == "g" && b == "e") || (b == "g" && c == "e") { return true }
    return headStemStarts.contains(CompiledCodebook.code(a, b))
  }

  /// The patterns that may head a compound whose stem is the stem of the part of `word` that `key`
  /// packs, in `stemIndex` order: a range of `stemHeadFlat`, cached by the part's bytes.
  private mutating func stemHeads(_ word: ScalarText, _ key: WordTypeTable.Key) -> Range<Int32> {
    word.utf8.withUnsafeBufferPointer { bytes in
      if let found = partTable.find(key, in: bytes) { return found }
      let first = Int32(stemHeadFlat.count)
      let stem = compiled.stemmer.stem(String(decoding: UnsafeBufferPointer(rebasing: bytes[key.range]), as: UTF8.self))
      for entry in compiled.stemIndex[stem] ?? [] where entry.compound == .both || entry.compound == .head {
        stemHeadFlat.append(entry.pattern)
      }
      let found = first..<Int32(stemHeadFlat.count)
      partTable.insert(key, in: bytes, value: found)
      return found
    }
  }

  /// Most compound parts whose stem heads are cached before that cache is emptied.
  static let maximumCachedParts = 1_000_000

  // MARK: - Letter codes and length masks

  /// The first three scalars of `scalars[from...]` as one code (at least three must be there).
  @inline(__always) static func start(_ scalars: [Unicode.Scalar], _ from: Int) -> UInt64 {
    CompiledCodebook.code(scalars[from], scalars[from + 1], scalars[from + 2])
  }

  /// Whether a length mask (bit k: length k; bit 63: 63 or more) allows `length`.
  @inline(__always) static func has(_ mask: UInt64, length: Int) -> Bool {
    mask & (1 << UInt64(min(length, 63))) != 0
  }

  /// First three scalars → mask of the lengths of the `keys` that start with them (keys shorter than
  /// three scalars are left out: parts are never that short when the minimum part length is 3).
  static func lengthsByStart(_ keys: some Sequence<String>) -> CodeMap {
    var masks: [UInt64: UInt64] = [:]
    for key in keys {
      let scalars = Array(key.unicodeScalars)
      guard scalars.count >= 3 else { continue }
      masks[start(scalars, 0), default: 0] |= 1 << UInt64(min(scalars.count, 63))
    }
    return CodeMap(masks)
  }
}

@available(*, unavailable)
extension WordAnalyzer: Sendable {}
