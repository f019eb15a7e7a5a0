import ThemaCodebook
import ThemaLanguage

/// A pattern hit inside one word type, relative to the start of the word. Computed once per word type and
/// cached by `CodebookMatcher`.
struct TypeHit: Sendable {
  /// The pattern number, or the phrase number when `phrasePosition >= 0`.
  var pattern: Int32
  /// The word's position in the phrase, or -1 for a pattern hit.
  var phrasePosition: Int16
  var via: MatchVia
  var byteStart: Int32
  var byteEnd: Int32
  var scalarStart: Int32
  var scalarEnd: Int32
}

// MARK: - Analysis of one word type

extension CompiledCodebook {
  /// A piece of a word that is looked up on its own: the whole word, a hyphen part, the base before an
  /// apostrophe.
  struct Unit {
    var raw: String
    var byteRange: Range<Int>
    var scalarRange: Range<Int>
    var compounds: Bool
  }

  /// Every hit of a word type (`raw` as written in the text, with a trailing ellipsis hyphen if any).
  func analyze(word raw: String) -> [TypeHit] {
    var hits: [TypeHit] = []
    var seen: Set<Int64> = []
    for unit in units(of: raw) {
      match(unit, into: &hits, seen: &seen)
    }
    return hits
  }

  /// The whole word, its hyphen parts and the base before an apostrophe.
  func units(of raw: String) -> [Unit] {
    var wholeRaw = raw
    let totalBytes = raw.utf8.count
    let totalScalars = raw.unicodeScalars.count
    if let last = raw.unicodeScalars.last, Self.isHyphen(last) { wholeRaw = String(raw.unicodeScalars.dropLast()) }
    let hasHyphen = wholeRaw.unicodeScalars.contains(where: Self.isHyphen)
    let hasApostrophe = wholeRaw.unicodeScalars.contains(where: Self.isApostrophe)
    var units = [
      Unit(
        raw: wholeRaw, byteRange: 0..<totalBytes, scalarRange: 0..<totalScalars,
        compounds: !hasHyphen && !hasApostrophe)
    ]
    guard hasHyphen || hasApostrophe else { return units }
    // Split at hyphens; within each part, take the base before an apostrophe.
    var partStartByte = 0
    var partStartScalar = 0
    var byte = 0
    var scalar = 0
    var current = String.UnicodeScalarView()
    func flush(endByte: Int, endScalar: Int) {
      guard !current.isEmpty else { return }
      let text = String(current)
      if hasHyphen {
        units.append(
          Unit(
            raw: text, byteRange: partStartByte..<endByte, scalarRange: partStartScalar..<endScalar,
            compounds: !text.unicodeScalars.contains(where: Self.isApostrophe)))
      }
      if let apostrophe = text.unicodeScalars.firstIndex(where: Self.isApostrophe) {
        let base = String(text.unicodeScalars[..<apostrophe])
        if !base.isEmpty {
          units.append(
            Unit(raw: base, byteRange: partStartByte..<endByte, scalarRange: partStartScalar..<endScalar, compounds: true))
        }
      }
    }
    for s in wholeRaw.unicodeScalars {
      if Self.isHyphen(s) {
        flush(endByte: byte, endScalar: scalar)
        current = String.UnicodeScalarView()
        byte += String(s).utf8.count
        scalar += 1
        partStartByte = byte
        partStartScalar = scalar
        continue
      }
      current.append(s)
      byte += String(s).utf8.count
      scalar += 1
    }
    flush(endByte: byte, endScalar: scalar)
    return units
  }

  static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }
  static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

  // MARK: - One unit

  func match(_ unit: Unit, into hits: inout [TypeHit], seen: inout Set<Int64>) {
    let lower = unit.raw.lowercased()
    func hit(_ pattern: Int32, _ via: MatchVia, phrasePosition: Int16 = -1) {
      let key = Int64(pattern) << 20 | Int64(phrasePosition + 1) << 4 | (phrasePosition >= 0 ? 1 : 0)
      // A pattern counts once per word type (the first, most direct way wins); phrase words per position.
      guard seen.insert(key).inserted else { return }
      hits.append(
        TypeHit(
          pattern: pattern, phrasePosition: phrasePosition, via: via, byteStart: Int32(unit.byteRange.lowerBound),
          byteEnd: Int32(unit.byteRange.upperBound), scalarStart: Int32(unit.scalarRange.lowerBound),
          scalarEnd: Int32(unit.scalarRange.upperBound)))
    }
    // Exact forms.
    for id in exactCaseSensitive[unit.raw] ?? [] { hit(id, .exact) }
    for id in exactLower[lower] ?? [] { hit(id, .exact) }
    // Terms: unstemmed forms, then stems.
    for entry in formIndex[lower] ?? [] { hit(entry.pattern, entry.viaLemma ? .lemma : .form) }
    let stem = stemmer.stem(lower)
    for entry in stemIndex[stem] ?? [] { hit(entry.pattern, entry.viaLemma ? .lemma : .stem) }
    // Wildcards.
    for (prefix, id) in prefixes where lower.hasPrefix(prefix) { hit(id, .prefix) }
    for (suffix, id) in suffixes where lower.hasSuffix(suffix) { hit(id, .suffix) }
    // Phrase words.
    for entry in phraseRawIndex[unit.raw] ?? [] { hit(entry.phrase, .phrase, phrasePosition: entry.position) }
    for entry in phraseFormIndex[lower] ?? [] { hit(entry.phrase, .phrase, phrasePosition: entry.position) }
    for entry in phraseStemIndex[stem] ?? [] { hit(entry.phrase, .phrase, phrasePosition: entry.position) }
    // Compounds.
    if unit.compounds, !lexicon.unsplittable.contains(lower) {
      for (id, via) in compoundHits(lower) { hit(id, via) }
    }
  }

  // MARK: - Compounds

  /// The patterns a lower-case word reaches as a compound: as head (onderwijs|innovatie), as modifier
  /// (innovatie|kracht), or in the middle (onderwijs|innovatie|kracht). The other part must be a
  /// plausible word (`isPlausible`) of at least `minimumPartLength` letters, after removing a linking
  /// morpheme (-s-, -e-, -en-, -er-).
  ///
  /// The cheap lookups come first and the plausibility checks (which stem the other part, with and
  /// without linking morphemes) only run for a split that has a hit: the same answer as checking
  /// plausibility first, at a fraction of the cost on a large vocabulary.
  func compoundHits(_ lower: String) -> [(Int32, MatchVia)] {
    guard hasHeadTerms || !modifierIndex.isEmpty else { return [] }
    let word = ScalarText(lower)
    let scalars = word.scalars
    let n = scalars.count
    let minimum = minimumPartLength
    guard n >= 2 * minimum else { return [] }
    var result: [(Int32, MatchVia)] = []
    var head: [(Int32, MatchVia)] = []
    func text(_ range: Range<Int>) -> String { word.string(range) }
    for split in minimum...(n - minimum) {
      let right = text(split..<n)
      // The term as head (onderwijs|innovatie) or in the middle (onderwijs|innovatie|kracht).
      head.removeAll(keepingCapacity: true)
      if hasHeadTerms {
        if mayStemToHead(scalars, from: split) {
          for entry in stemIndex[stemmer.stem(right)] ?? [] where entry.compound == .both || entry.compound == .head {
            head.append((entry.pattern, .compoundHead))
          }
        }
        for entry in formIndex[right] ?? [] where entry.compound == .both || entry.compound == .head {
          head.append((entry.pattern, .compoundHead))
        }
      }
      if !modifierIndex.isEmpty {
        for id in modifierHits(word, from: split) { head.append((id, .compoundHead)) }
      }
      // The left part must be a plausible modifier.
      if !head.isEmpty {
        let left = text(0..<split)
        let plausible = isPlausibleModifier(left)
        if let previous, plausible != isPlausibleModifier(left, in: previous) { result.append((-1, .compoundHead)) }
        if plausible { result += head }
      }
      // The term as modifier (innovatie|kracht): the right part (after a linking morpheme) must be plausible.
      if modifierLengths.contains(split), let ids = modifierIndex[text(0..<split)] {
        let plausible = isPlausibleHead(right)
        if let previous, plausible != isPlausibleHead(right, in: previous) { result.append((-1, .compoundModifier)) }
        if plausible {
          for id in ids { result.append((id, .compoundModifier)) }
        }
      }
    }
    return result
  }

  /// Patterns whose modifier form starts `scalars[start...]`, with a plausible rest: `modifierHits` of
  /// that suffix, trying only the lengths modifier forms have.
  func modifierHits(_ word: ScalarText, from start: Int) -> [Int32] {
    let scalars = word.scalars
    let n = scalars.count - start
    let minimum = minimumPartLength
    guard n >= 2 * minimum else { return [] }
    if minimum >= 3, !modifierStarts.contains(Self.code(scalars[start], scalars[start + 1], scalars[start + 2])) {
      return []
    }
    var result: [Int32] = []
    for length in modifierLengthsAscending where length >= minimum {
      guard length <= n - minimum else { break }
      guard let ids = modifierIndex[word.string(start..<(start + length))] else { continue }
      let rest = word.string((start + length)..<scalars.count)
      let plausible = isPlausibleHead(rest)
      if let previous, plausible != isPlausibleHead(rest, in: previous) { result.append(-1) }
      if plausible { result += ids }
    }
    return result
  }

  /// Patterns whose modifier form starts `scalars`, with a plausible rest.
  func modifierHits(_ scalars: [Unicode.Scalar]) -> [Int32] {
    modifierHits(ScalarText(String(String.UnicodeScalarView(scalars))), from: 0)
  }

  /// Whether the stem of `scalars[start...]` can be the stem of a term that may head a compound, judged
  /// without stemming: the Dutch stemmer keeps a word's first two letters unless it removes a `ge` at
  /// the start or after the first letter (every other change lies at or after R1, which starts at the
  /// third letter at the earliest, or leaves a stem shorter than three letters). So when no head stem
  /// is that short, a part whose first two letters start no head stem and that has no `ge` there cannot
  /// stem to one.
  func mayStemToHead(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
    guard let headStemStarts, scalars.count - start >= 3 else { return true }
    let (a, b, c) = (scalars[start], scalars[start + 1], scalars[start + 2])
    if (a == "g" && b == "e") || (b == "g" && c == "e") { return true }
    return headStemStarts.contains(Self.code(a, b))
  }

  /// Two or three scalars as one number (21 bits each).
  @inline(__always) static func code(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar? = nil) -> UInt64 {
    UInt64(a.value) << 42 | UInt64(b.value) << 21 | UInt64(c?.value ?? 0)
  }

  /// Whether `part` (lower case) is a word that can stand as the first part of a compound, with or
  /// without its linking morpheme.
  func isPlausibleModifier(_ part: String) -> Bool { isPlausibleModifier(part, in: parts) }

  func isPlausibleModifier(_ part: String, in parts: PlausibleParts) -> Bool {
    if isPlausible(part, in: parts) { return true }
    for link in ["s", "en", "e", "er", "-"] where part.hasSuffix(link) {
      let base = String(part.unicodeScalars.dropLast(link.unicodeScalars.count))
      if isPlausible(base, in: parts) { return true }
    }
    return false
  }

  /// Whether `part` (lower case) is a word that can stand as the last part of a compound, allowing a
  /// linking morpheme at its start (onderzoek|s|vaardigheden).
  func isPlausibleHead(_ part: String) -> Bool { isPlausibleHead(part, in: parts) }

  func isPlausibleHead(_ part: String, in parts: PlausibleParts) -> Bool {
    if isPlausible(part, in: parts) { return true }
    for link in ["s", "en", "e", "-"] where part.hasPrefix(link) {
      let rest = String(part.unicodeScalars.dropFirst(link.unicodeScalars.count))
      if isPlausible(rest, in: parts) { return true }
    }
    return false
  }

  /// A plausible word: long enough, and in the lexicon, a term form, a supplied corpus word, or sharing a
  /// stem with one of them.
  func isPlausible(_ part: String) -> Bool { isPlausible(part, in: parts) }

  func isPlausible(_ part: String, in parts: PlausibleParts) -> Bool {
    guard part.unicodeScalars.count >= minimumPartLength else { return false }
    if parts.words.contains(part) { return true }
    if parts.stems.contains(stemmer.stem(part)) { return true }
    // Plurals the stemmer may leave apart from the singular: vaardigheden → vaardigheid,
    // theorieën → theorie, methoden → methode, docenten → docent, teams → team.
    for (suffix, replacement) in Self.pluralEndings where part.hasSuffix(suffix) {
      let base = String(part.unicodeScalars.dropLast(suffix.unicodeScalars.count)) + replacement
      if base.unicodeScalars.count >= minimumPartLength, parts.words.contains(base) { return true }
    }
    return false
  }

  static let pluralEndings: [(String, String)] = [
    ("heden", "heid"), ("ën", ""), ("en", "e"), ("en", ""), ("s", ""), ("'s", ""),
  ]

  // MARK: - Ellipsis

  /// Hits of "kennis- en leertheorieën": `first` is the word before the hyphen ("kennis"), `second` the
  /// completed compound ("leertheorieën"). Every plausible head of `second` is joined to `first` and
  /// analysed; returns patterns with `.ellipsis`.
  func ellipsisHits(first: String, second: String) -> [Int32] {
    let scalars = Array(second.lowercased().unicodeScalars)
    let n = scalars.count
    let minimum = minimumPartLength
    guard n >= 2 * minimum else { return [] }
    var result: [Int32] = []
    for split in minimum...(n - minimum) {
      let left = String(String.UnicodeScalarView(scalars[0..<split]))
      let head = String(String.UnicodeScalarView(scalars[split..<n]))
      let plausible = isPlausibleModifier(left) && isPlausible(head)
      if let previous, plausible != (isPlausibleModifier(left, in: previous) && isPlausible(head, in: previous)) {
        result.append(-1)
      }
      guard plausible else { continue }
      let joined = first.lowercased() + head
      for hit in analyze(word: joined) where hit.phrasePosition < 0 { result.append(hit.pattern) }
    }
    return result
  }
}

// MARK: - Cutting words

/// A word's scalars with their UTF-8 offsets, so that any scalar range becomes a `String` by copying
/// bytes. (Appending scalars one by one to a `String.UnicodeScalarView` was most of the analysis time.)
struct ScalarText {
  let scalars: [Unicode.Scalar]
  let utf8: [UInt8]
  /// UTF-8 offset of every scalar, and of the end.
  let offsets: [Int]

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
    utf8 = Array(text.utf8)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    self.offsets = offsets
  }

  /// The text of a scalar range.
  @inline(__always) func string(_ range: Range<Int>) -> String {
    utf8.withUnsafeBufferPointer { bytes in
      String(decoding: UnsafeBufferPointer(rebasing: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]]), as: UTF8.self)
    }
  }
}
