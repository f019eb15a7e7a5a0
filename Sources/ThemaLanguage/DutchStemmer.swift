// MARK: - DutchStemmer

/// The Snowball Dutch stemmer of Snowball 3 (`dutch`, the algorithm after Kraaij and Pohlmann), written
/// from the published algorithm and checked against the `snowballstemmer` 3.1.1 reference on the
/// committed fixture `Tests/ThemaLanguageTests/Fixtures/dutch-stems.tsv`.
///
/// It is not Snowball 2's Dutch stemmer (now `dutch_porter`): this one removes the `ge-` of past
/// participles and treats `leerden` like `leren`. Input is one lower-cased word form.
///
/// ```swift
/// let stemmer = DutchStemmer()
/// stemmer.stem("leerden")     // "leer"
/// stemmer.stem("geïnnoveerd") // "innoveer"
/// stemmer.stem("innovaties")  // "innoveer"
/// stemmer.stem("innoveren")   // "innover"  (stems alone do not unify every family)
/// ```
public struct DutchStemmer: Stemmer {
  /// A Dutch stemmer; it holds no state.
  public init() {}

  /// The stem of one lower-cased Dutch word form.
  public func stem(_ word: String) -> String {
    var work = DutchWord(word)
    work.stem()
    return work.scalars.string
  }
}

// MARK: - Letter classes

extension Unicode.Scalar {
  /// Snowball Dutch `v`: a e i o u y and their accented forms with grave, acute, circumflex, diaeresis.
  @inline(__always) fileprivate var isDutchVowel: Bool {
    self == "y" || isDutchAEIOU
  }

  /// Snowball Dutch `AEIOU`: the vowels without `y`.
  @inline(__always) fileprivate var isDutchAEIOU: Bool {
    isDutchAIOU || isDutchE
  }

  /// Snowball Dutch `E`: e è é ê ë.
  @inline(__always) fileprivate var isDutchE: Bool {
    switch value {
    case 0x65, 0xE8, 0xE9, 0xEA, 0xEB: true
    default: false
    }
  }

  /// Snowball Dutch `AIOU`: a i o u with their accented forms.
  @inline(__always) fileprivate var isDutchAIOU: Bool {
    switch value {
    case 0x61, 0x69, 0x6F, 0x75: true  // a i o u
    case 0xE0, 0xE1, 0xE2, 0xE4: true  // à á â ä
    case 0xEC, 0xED, 0xEE, 0xEF: true  // ì í î ï
    case 0xF2, 0xF3, 0xF4, 0xF6: true  // ò ó ô ö
    case 0xF9, 0xFA, 0xFB, 0xFC: true  // ù ú û ü
    default: false
    }
  }

  /// The vowels `lengthen_V` doubles without further context: a o u and their accented forms.
  @inline(__always) fileprivate var isDutchAOU: Bool {
    isDutchAIOU && !(value == 0x69 || (0xEC...0xEF).contains(value))
  }
}

// MARK: - DutchWord

/// One word being stemmed: the scalars and the region marks of the algorithm.
private struct DutchWord {
  var scalars: [Unicode.Scalar]
  /// Start of R1 and R2 (Snowball `p1`, `p2`); `count` when the region is empty.
  private var p1 = 0
  private var p2 = 0

  init(_ word: String) {
    scalars = Array(scalarsOf: word)
  }

  // MARK: Driver

  mutating func stem() {
    measure()
    var stemmed = false
    if step1() { stemmed = true }
    if step2() { stemmed = true }
    if step3() { stemmed = true }
    if step4() { stemmed = true }
    if losePrefix() {
      measure()
      stemmed = true
      step1c()
    }
    if loseInfix() {
      measure()
      stemmed = true
      step1c()
    }
    if step7() { stemmed = true }
    if stemmed { step6() }
  }

  // MARK: Regions and conditions

  /// Sets R1 after the first non-vowel that follows a vowel (`ij` counts as a vowel), R2 likewise after R1.
  private mutating func measure() {
    p1 = scalars.count
    p2 = scalars.count
    guard let first = afterVowelAndConsonant(from: 0) else { return }
    p1 = first
    guard let second = afterVowelAndConsonant(from: first) else { return }
    p2 = second
  }

  /// Skips non-vowels, at least one vowel (or `ij`), and one non-vowel; the position after them.
  private func afterVowelAndConsonant(from start: Int) -> Int? {
    var index = start
    while index < scalars.count, !scalars[index].isDutchVowel { index += 1 }
    var vowels = 0
    while index < scalars.count {
      if isIJ(at: index) {
        index += 2
      } else if scalars[index].isDutchVowel {
        index += 1
      } else {
        break
      }
      vowels += 1
    }
    guard vowels > 0, index < scalars.count else { return nil }
    return index + 1
  }

  @inline(__always) private func isIJ(at index: Int) -> Bool {
    index + 1 < scalars.count && scalars[index] == "i" && scalars[index + 1] == "j"
  }

  @inline(__always) private func r1(_ position: Int) -> Bool { p1 <= position }
  @inline(__always) private func r2(_ position: Int) -> Bool { p2 <= position }

  /// Snowball `V`: a vowel or `ij` ends at `position`.
  @inline(__always) private func vowelBefore(_ position: Int) -> Bool {
    (position > 0 && scalars[position - 1].isDutchVowel) || scalars.spells("ij", endingAt: position)
  }

  /// Snowball `VX`: one letter, and before it a vowel or `ij`, end at `position`.
  @inline(__always) private func vowelBeforeNext(_ position: Int) -> Bool {
    position > 0 && vowelBefore(position - 1)
  }

  /// Snowball `C`: a non-vowel that is not the `j` of `ij` ends at `position`.
  @inline(__always) private func consonantBefore(_ position: Int) -> Bool {
    position > 0 && !scalars[position - 1].isDutchVowel && !scalars.spells("ij", endingAt: position)
  }

  /// Snowball `lengthen_V`, at the end of the word: doubles the vowel of a final closed syllable where
  /// Dutch spelling writes it double in the open form (`lat` → `laat`, `hel` → `heel`).
  private mutating func lengthenVowel() {
    let end = scalars.count
    guard end > 1 else { return }
    let last = scalars[end - 1]
    guard !(last.isDutchVowel || last == "w" || last == "x") else { return }
    let afterVowel = end - 1
    let vowel = scalars[afterVowel - 1]
    if vowel == "ë" {
      if scalars.spells("e", endingAt: afterVowel - 1) {
        scalars.replaceSubrange(afterVowel - 2..<afterVowel, with: ["e", "ë", "e"])
      } else if scalars.spells("i", endingAt: afterVowel - 1) {
        scalars.replace(afterVowel - 2..<afterVowel, with: "iee")
      }
      return
    }
    let start = afterVowel - 1  // position of the vowel
    let openBefore = start == 0 || !scalars[start - 1].isDutchAEIOU
    if vowel.isDutchAOU {
      guard openBefore else { return }
      scalars.insert(vowel, at: start)
    } else if vowel == "e" || vowel == "é" || vowel == "è" || vowel == "ê" {
      guard openBefore else { return }
      let mark = start == 0 ? 0 : start - 1  // before the letter preceding the e
      if mark > 0 {
        let previous = scalars[mark - 1]
        if previous.isDutchAIOU { return }
        if previous.isDutchE && mark - 1 == 0 { return }
      }
      if mark >= 3 && scalars[mark - 2].isDutchAIOU && !scalars[mark - 3].isDutchAEIOU { return }
      scalars.insert(vowel, at: start)
    }
  }

  // MARK: Step 1: plurals and -en

  private enum Step1: Sendable { case apostropheS, s, ies, es, acuteS, aus, en, nde }
  private static let step1Suffixes = SuffixTable<Step1>([
    "'s": .apostropheS, "s": .s, "ies": .ies, "es": .es, "és": .acuteS, "aus": .aus, "en": .en,
    "nde": .nde,
  ])

  private mutating func step1() -> Bool {
    let end = scalars.count
    guard let (start, suffix) = Self.step1Suffixes.longestMatch(in: scalars, endingAt: end) else {
      return false
    }
    switch suffix {
    case .apostropheS:
      scalars.removeSubrange(start..<end)
    case .s:
      guard r1(start) else { return false }
      if scalars.spells("t", endingAt: start) && r1(start - 1) { return false }
      guard consonantBefore(start) else { return false }
      scalars.removeSubrange(start..<end)
    case .ies:
      guard r1(start) else { return false }
      scalars.replace(start..<end, with: "ie")
    case .es:
      if scalars.spells("ar", endingAt: start) && r1(start - 2) && consonantBefore(start - 2) {
        scalars.removeSubrange(start..<end)
        lengthenVowel()
      } else if scalars.spells("er", endingAt: start) && r1(start - 2) && consonantBefore(start - 2) {
        scalars.removeSubrange(start..<end)
      } else {
        guard r1(start), consonantBefore(start) else { return false }
        scalars.replace(start..<end, with: "e")
      }
    case .acuteS:
      guard r1(start) else { return false }
      scalars.removeLast()  // -és → -é
    case .aus:
      guard r1(start), vowelBefore(start) else { return false }
      scalars.replace(start..<end, with: "au")
    case .en:
      if scalars.spells("hed", endingAt: start) && r1(start - 3) {
        scalars.replace(start - 3..<end, with: "heid")
      } else if scalars.spells("nd", endingAt: start) {
        scalars.removeSubrange(start..<end)
      } else if scalars.spells("d", endingAt: start) && r1(start - 1) && consonantBefore(start - 1) {
        scalars.removeSubrange(start - 1..<end)
      } else if (scalars.spells("i", endingAt: start) || scalars.spells("j", endingAt: start))
        && vowelBefore(start - 1)
      {
        scalars.removeSubrange(start..<end)
      } else {
        guard r1(start), consonantBefore(start) else { return false }
        scalars.removeSubrange(start..<end)
        lengthenVowel()
      }
    case .nde:
      scalars.replace(start..<end, with: "nd")
    }
    return true
  }

  // MARK: Step 2: -e endings and diminutives

  private enum Step2: Sendable { case je, ge, lijke, ische, de, te, se, re, le, ene, ieve }
  private static let step2Suffixes = SuffixTable<Step2>([
    "je": .je, "ge": .ge, "lijke": .lijke, "ische": .ische, "de": .de, "te": .te, "se": .se,
    "re": .re, "le": .le, "ene": .ene, "ieve": .ieve,
  ])

  private mutating func step2() -> Bool {
    let end = scalars.count
    guard let (start, suffix) = Self.step2Suffixes.longestMatch(in: scalars, endingAt: end) else {
      return false
    }
    switch suffix {
    case .je:
      return diminutive(start: start)
    case .ge:
      guard r1(start) else { return false }
      scalars.replace(start..<end, with: "g")
    case .lijke:
      guard r1(start) else { return false }
      scalars.replace(start..<end, with: "lijk")
    case .ische:
      guard r1(start) else { return false }
      scalars.replace(start..<end, with: "isch")
    case .de:
      guard r1(start), consonantBefore(start) else { return false }
      scalars.removeSubrange(start..<end)
    case .te:
      guard r1(start) else { return false }
      scalars.replace(start..<end, with: "t")
    case .se:
      guard r1(start) else { return false }
      scalars.replace(start..<end, with: "s")
    case .re:
      guard r1(start) else { return false }
      scalars.replace(start..<end, with: "r")
    case .le:
      guard r1(start) else { return false }
      scalars.replace(start..<end, with: "l")
      lengthenVowel()
    case .ene:
      guard r1(start), consonantBefore(start) else { return false }
      scalars.replace(start..<end, with: "en")
      lengthenVowel()
    case .ieve:
      guard r1(start), consonantBefore(start) else { return false }
      scalars.replace(start..<end, with: "ief")
    }
    return true
  }

  /// The `-je` alternatives of step 2, tried in the algorithm's order.
  private mutating func diminutive(start: Int) -> Bool {
    let end = scalars.count
    if scalars.spells("'t", endingAt: start) {
      scalars.removeSubrange(start - 2..<end)
    } else if scalars.spells("et", endingAt: start) && r1(start - 2) && consonantBefore(start - 2) {
      scalars.removeSubrange(start - 2..<end)
    } else if scalars.spells("rnt", endingAt: start) {
      scalars.replace(start - 3..<end, with: "rn")
    } else if scalars.spells("t", endingAt: start) && r1(start - 1) && vowelBeforeNext(start - 1) {
      scalars.removeSubrange(start - 1..<end)
    } else if scalars.spells("ink", endingAt: start) {
      scalars.replace(start - 3..<end, with: "ing")
    } else if scalars.spells("mp", endingAt: start) {
      scalars.replace(start - 2..<end, with: "m")
    } else if scalars.spells("'", endingAt: start) && r1(start - 1) {
      scalars.removeSubrange(start - 1..<end)
    } else {
      guard r1(start), consonantBefore(start) else { return false }
      scalars.removeSubrange(start..<end)
    }
    return true
  }

  // MARK: Step 3: derivational suffixes

  private enum Step3: Sendable {
    case atie, iteit, removeInR1, rder, ingLike, arij, fie, gie, tst, dst
  }
  private static let step3Suffixes = SuffixTable<Step3>([
    "atie": .atie, "iteit": .iteit, "heid": .removeInR1, "sel": .removeInR1, "ster": .removeInR1,
    "rder": .rder, "ing": .ingLike, "isme": .ingLike, "erij": .ingLike, "arij": .arij, "fie": .fie,
    "gie": .gie, "tst": .tst, "dst": .dst,
  ])

  private mutating func step3() -> Bool {
    let end = scalars.count
    guard let (start, suffix) = Self.step3Suffixes.longestMatch(in: scalars, endingAt: end) else {
      return false
    }
    switch suffix {
    case .atie:
      guard r1(start) else { return false }
      scalars.replace(start..<end, with: "eer")
    case .iteit:
      guard r1(start) else { return false }
      scalars.removeSubrange(start..<end)
      lengthenVowel()
    case .removeInR1:
      guard r1(start) else { return false }
      scalars.removeSubrange(start..<end)
    case .rder:
      scalars.replace(start..<end, with: "r")
    case .ingLike:
      // The reference keeps `schilderij` (painting) apart from `schild` (shield).
      if scalars.spells("ild", endingAt: start) {
        scalars.replace(start..<end, with: "er")
      } else {
        guard r1(start) else { return false }
        scalars.removeSubrange(start..<end)
        lengthenVowel()
      }
    case .arij:
      guard r1(start), consonantBefore(start) else { return false }
      scalars.replace(start..<end, with: "aar")
    case .fie:
      guard r2(start) else { return false }
      scalars.replace(start..<end, with: "f")
      lengthenVowel()
    case .gie:
      guard r2(start) else { return false }
      scalars.replace(start..<end, with: "g")
      lengthenVowel()
    case .tst:
      guard r1(start), consonantBefore(start) else { return false }
      scalars.replace(start..<end, with: "t")
    case .dst:
      guard r1(start), consonantBefore(start) else { return false }
      scalars.replace(start..<end, with: "d")
    }
    return true
  }

  // MARK: Step 4: adjectival suffixes

  private enum Step4: Sendable { case ioneel, atief, removeInR1, naar, laar, raar, tant, lijker, endLike }
  private static let step4Suffixes = SuffixTable<Step4>([
    "ioneel": .ioneel, "atief": .atief, "baar": .removeInR1, "naar": .naar, "laar": .laar,
    "raar": .raar, "tant": .tant, "lijker": .lijker, "lijkst": .lijker, "achtig": .removeInR1,
    "achtiger": .removeInR1, "achtigst": .removeInR1, "eriger": .endLike, "erigst": .endLike,
    "erig": .endLike, "end": .endLike,
  ])
  private static let igSuffixes = SuffixTable<Bool>(["ig": true, "iger": true, "igst": true])

  private mutating func step4() -> Bool {
    let end = scalars.count
    if let (start, suffix) = Self.step4Suffixes.longestMatch(in: scalars, endingAt: end),
      adjective(suffix, start: start, end: end)
    {
      return true
    }
    guard let (start, _) = Self.igSuffixes.longestMatch(in: scalars, endingAt: end), r1(start)
    else { return false }
    // The reference keeps `innig` (intimate) apart from `in`.
    if start == 3 && scalars.spells("inn", endingAt: start) { return false }
    guard consonantBefore(start) else { return false }
    scalars.removeSubrange(start..<end)
    lengthenVowel()
    return true
  }

  /// The action for one suffix of step 4's first list; false when its condition fails.
  private mutating func adjective(_ suffix: Step4, start: Int, end: Int) -> Bool {
    guard r1(start) else { return false }
    switch suffix {
    case .ioneel:
      scalars.replace(start..<end, with: "ie")
    case .atief:
      scalars.replace(start..<end, with: "eer")
    case .removeInR1:
      scalars.removeSubrange(start..<end)
    case .naar, .laar, .raar:
      guard vowelBefore(start) else { return false }
      scalars.replace(start..<end, with: suffix == .naar ? "n" : suffix == .laar ? "l" : "r")
    case .tant:
      scalars.replace(start..<end, with: "teer")
    case .lijker:
      scalars.replace(start..<end, with: "lijk")
    case .endLike:
      guard consonantBefore(start) else { return false }
      scalars.removeSubrange(start..<end)
      lengthenVowel()
    }
    return true
  }

  // MARK: ge- prefix and infix

  /// Whether, from `start`, a vowel (or `ij`) run is followed by at least one more letter.
  private func vowelRunThenMore(from start: Int) -> Bool {
    var index = start
    while true {
      guard index < scalars.count else { return false }
      if isIJ(at: index) {
        index += 2
        break
      }
      if scalars[index].isDutchVowel {
        index += 1
        break
      }
      index += 1
    }
    while index < scalars.count {
      if isIJ(at: index) {
        index += 2
      } else if scalars[index].isDutchVowel {
        index += 1
      } else {
        break
      }
    }
    return index < scalars.count
  }

  /// Removes a leading `ge-` (of a past participle) when at least three letters with a syllable follow,
  /// except before `eft`, `vaa`, `vare` and `val` (but `vali`), which the reference keeps.
  private mutating func losePrefix() -> Bool {
    guard scalars.count >= 5, scalars.spells("ge", startingAt: 0), vowelRunThenMore(from: 2) else {
      return false
    }
    var kept = 0
    if scalars.spells("vali", startingAt: 2) {
      kept = 4
    } else if scalars.spells("eft", startingAt: 2) || scalars.spells("vaa", startingAt: 2)
      || scalars.spells("val", startingAt: 2) || scalars.spells("vare", startingAt: 2)
    {
      return false
    }
    scalars.removeSubrange(0..<2)
    removeDiaeresis(at: kept)
    return true
  }

  /// Removes the first `ge` after the first letter (`opgeleid`) under the same syllable condition.
  private mutating func loseInfix() -> Bool {
    guard !scalars.isEmpty else { return false }
    var index = 1
    while !scalars.spells("ge", startingAt: index) {
      guard index < scalars.count else { return false }
      index += 1
    }
    guard index + 5 <= scalars.count, vowelRunThenMore(from: index + 2) else { return false }
    scalars.removeSubrange(index..<index + 2)
    removeDiaeresis(at: index)
    return true
  }

  /// `geëerd` → `eerd`, `geïnd` → `ind`: the diaeresis only marked the syllable break after `ge`.
  private mutating func removeDiaeresis(at index: Int) {
    guard index < scalars.count else { return }
    if scalars[index] == "ë" {
      scalars[index] = "e"
    } else if scalars[index] == "ï" {
      scalars[index] = "i"
    }
  }

  // MARK: Steps 1c, 7, 6: final consonants

  /// After a removed `ge`: drops the participle's final `d` or `t`.
  private mutating func step1c() {
    let end = scalars.count
    guard end > 0 else { return }
    let position = end - 1
    let last = scalars[position]
    guard last == "d" || last == "t", r1(position), consonantBefore(position) else { return }
    if last == "d" {
      if scalars.spells("n", endingAt: position) && r1(position - 1) { return }
      // `geïnd` (collected) goes with `innen`, not with `in`.
      if position == 2 && scalars.spells("in", endingAt: position) {
        scalars[position] = "n"
      } else {
        scalars.removeLast()
      }
    } else {
      if scalars.spells("h", endingAt: position) && r1(position - 1) { return }
      // `geënt` (grafted) must not become `en`.
      if position == 2 && scalars.spells("en", endingAt: position) { return }
      scalars.removeLast()
    }
  }

  /// `-kt`, `-ft`, `-pt` lose the `t`.
  private mutating func step7() -> Bool {
    guard scalars.count >= 2, scalars[scalars.count - 1] == "t" else { return false }
    switch scalars[scalars.count - 2] {
    case "k", "f", "p":
      scalars.removeLast()
      return true
    default:
      return false
    }
  }

  /// Undoubles a final double consonant; a final `v` becomes `f` and `z` becomes `s`.
  private mutating func step6() {
    let end = scalars.count
    guard end > 0 else { return }
    let last = scalars[end - 1]
    if end >= 2 && scalars[end - 2] == last && Self.isUndoubled(last) {
      // `innen` keeps its `nn`, so it is not conflated with `in`.
      if last == "n" && end == 3 && scalars[0] == "i" { return }
      scalars.removeLast()
    } else if last == "v" {
      scalars[end - 1] = "f"
    } else if last == "z" {
      scalars[end - 1] = "s"
    }
  }

  /// The consonants whose final doubling step 6 removes (not `y`, not vowels).
  private static func isUndoubled(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "w", "x", "z":
      true
    default: false
    }
  }
}
