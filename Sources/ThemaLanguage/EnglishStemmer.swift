// MARK: - EnglishStemmer

/// The Snowball English stemmer ("Porter2") as of Snowball 3, written from the published algorithm and
/// checked against the `snowballstemmer` 3.1.1 reference on the committed fixture
/// `Tests/ThemaLanguageTests/Fixtures/english-stems.tsv`. Input is one lower-cased word form.
///
/// ```swift
/// let stemmer = EnglishStemmer()
/// stemmer.stem("innovations") // "innov"
/// stemmer.stem("researching") // "research"
/// stemmer.stem("skies")       // "sky"
/// ```
public struct EnglishStemmer: Stemmer {
  /// An English stemmer; it holds no state.
  public init() {}

  /// The stem of one lower-cased English word form.
  public func stem(_ word: String) -> String {
    if word.utf8.count <= 6, let exception = Self.exceptions[word] { return exception ?? word }
    var work = EnglishWord(word)
    guard work.scalars.count >= 3 else { return word }
    work.stem()
    return work.scalars.string
  }

  /// Whole words the algorithm treats specially: a fixed stem, or `nil` for "left as it is".
  private static let exceptions: [String: String?] = [
    "skis": "ski", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli",
    "only": "onli", "singly": "singl", "sky": nil, "news": nil, "howe": nil, "atlas": nil,
    "cosmos": nil, "bias": nil, "andes": nil,
  ]
}

// MARK: - Letter classes

extension Unicode.Scalar {
  /// Snowball English `v`: a e i o u y (a `y` marked as consonant is `Y`, not a vowel).
  @inline(__always) fileprivate var isEnglishVowel: Bool {
    switch value {
    case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true
    default: false
    }
  }
}

// MARK: - EnglishWord

/// One word being stemmed: the scalars and the region marks of the algorithm.
private struct EnglishWord {
  var scalars: [Unicode.Scalar]
  private var p1 = 0
  private var p2 = 0
  private var foundY = false

  init(_ word: String) {
    scalars = Array(scalarsOf: word)
  }

  // MARK: Driver

  mutating func stem() {
    prelude()
    markRegions()
    step1a()
    step1b()
    step1c()
    step2()
    step3()
    step4()
    step5()
    if foundY {
      for index in scalars.indices where scalars[index] == "Y" { scalars[index] = "y" }
    }
  }

  // MARK: Regions and conditions

  /// Drops a leading apostrophe and marks consonant `y` (initial, or after a vowel) as `Y`.
  private mutating func prelude() {
    if scalars.first == "'" { scalars.removeFirst() }
    if scalars.first == "y" {
      scalars[0] = "Y"
      foundY = true
    }
    var index = 0
    while index + 1 < scalars.count {
      if scalars[index].isEnglishVowel && scalars[index + 1] == "y" {
        scalars[index + 1] = "Y"
        foundY = true
      }
      index += 1
    }
  }

  /// R1 after the first non-vowel following a vowel (or after one of a few fixed prefixes), R2 likewise.
  private mutating func markRegions() {
    p1 = scalars.count
    p2 = scalars.count
    var start: Int
    if let prefix = Self.regionPrefixes.first(where: { scalars.spells($0, startingAt: 0) }) {
      start = prefix.utf8CodeUnitCount
    } else if let after = afterVowelAndConsonant(from: 0) {
      start = after
    } else {
      return
    }
    p1 = start
    guard let second = afterVowelAndConsonant(from: start) else { return }
    p2 = second
  }

  /// Prefixes after which R1 starts, so that `generous` and `general` keep their `gener`.
  private static let regionPrefixes: [StaticString] = [
    "arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers",
  ]

  /// The position after the first vowel and the first non-vowel after it, from `start`.
  private func afterVowelAndConsonant(from start: Int) -> Int? {
    var index = start
    while index < scalars.count, !scalars[index].isEnglishVowel { index += 1 }
    guard index < scalars.count else { return nil }
    index += 1
    while index < scalars.count, scalars[index].isEnglishVowel { index += 1 }
    guard index < scalars.count else { return nil }
    return index + 1
  }

  @inline(__always) private func r1(_ position: Int) -> Bool { p1 <= position }
  @inline(__always) private func r2(_ position: Int) -> Bool { p2 <= position }

  /// Whether a vowel occurs before `position`.
  private func hasVowel(before position: Int) -> Bool {
    scalars[..<position].contains { $0.isEnglishVowel }
  }

  /// Snowball `shortv`: the word up to `position` ends in a short syllable.
  private func shortSyllable(endingAt position: Int) -> Bool {
    if position >= 3 {
      let last = scalars[position - 1]
      let lastIsConsonant =
        !(last.isEnglishVowel || last == "w" || last == "x" || last == "Y")
      if lastIsConsonant && scalars[position - 2].isEnglishVowel
        && !scalars[position - 3].isEnglishVowel
      {
        return true
      }
    }
    if position == 2 && !scalars[1].isEnglishVowel && scalars[0].isEnglishVowel { return true }
    return scalars.spells("past", endingAt: position)
  }

  // MARK: Step 1a: possessives and plurals

  private enum Step1a: Sendable { case sses, ies, s, keep }
  private static let apostropheSuffixes = SuffixTable<Bool>(["'": true, "'s'": true, "'s": true])
  private static let step1aSuffixes = SuffixTable<Step1a>([
    "sses": .sses, "ied": .ies, "ies": .ies, "s": .s, "ss": .keep, "us": .keep,
  ])

  private mutating func step1a() {
    if let (start, _) = Self.apostropheSuffixes.longestMatch(in: scalars, endingAt: scalars.count) {
      scalars.removeSubrange(start...)
    }
    let end = scalars.count
    guard let (start, suffix) = Self.step1aSuffixes.longestMatch(in: scalars, endingAt: end) else {
      return
    }
    switch suffix {
    case .sses:
      scalars.replace(start..<end, with: "ss")
    case .ies:
      scalars.replace(start..<end, with: start >= 2 ? "i" : "ie")
    case .s:
      guard start >= 1, hasVowel(before: start - 1) else { return }
      scalars.removeSubrange(start..<end)
    case .keep:
      break
    }
  }

  // MARK: Step 1b: -ed, -ing

  private enum Step1b: Sendable { case eed, ed, ing }
  private static let step1bSuffixes = SuffixTable<Step1b>([
    "eed": .eed, "eedly": .eed, "ed": .ed, "edly": .ed, "ing": .ing, "ingly": .ed,
  ])
  private enum Ending: Sendable { case addE, double }
  private static let step1bEndings = SuffixTable<Ending>([
    "at": .addE, "bl": .addE, "iz": .addE, "bb": .double, "dd": .double, "ff": .double,
    "gg": .double, "mm": .double, "nn": .double, "pp": .double, "rr": .double, "tt": .double,
  ])
  /// Whole stems before `-ing` that are kept as they are (`inning`, `evening`, `outing`, …).
  private static let keptBeforeIng: [StaticString] = ["even", "cann", "inn", "earr", "herr", "out"]
  /// Whole stems before `-eed` that keep it (`succeed`, `proceed`, `exceed`).
  private static let keptBeforeEed: [StaticString] = ["succ", "proc", "exc"]

  private mutating func step1b() {
    let end = scalars.count
    guard let (start, suffix) = Self.step1bSuffixes.longestMatch(in: scalars, endingAt: end) else {
      return
    }
    switch suffix {
    case .eed:
      guard r1(start) else { return }
      if Self.keptBeforeEed.contains(where: { $0.utf8CodeUnitCount == start && scalars.spells($0, startingAt: 0) }) {
        return
      }
      scalars.replace(start..<end, with: "ee")
      return
    case .ing:
      // `dying`, `lying`, `tying`: consonant + y + ing becomes consonant + ie.
      if start == 2 && scalars[1] == "y" && !scalars[0].isEnglishVowel {
        scalars.replace(1..<end, with: "ie")
        return
      }
      if Self.keptBeforeIng.contains(where: { $0.utf8CodeUnitCount == start && scalars.spells($0, startingAt: 0) }) {
        return
      }
    case .ed:
      break
    }
    guard hasVowel(before: start) else { return }
    scalars.removeSubrange(start..<end)
    let stemEnd = scalars.count
    switch Self.step1bEndings.longestMatch(in: scalars, endingAt: stemEnd) {
    case (_, .addE)?:
      scalars.append("e")
    case (let double, .double)?:
      // `add`, `egg`, `off`: a double after a single initial a, e, o stays.
      if double == 1 && (scalars[0] == "a" || scalars[0] == "e" || scalars[0] == "o") { return }
      scalars.removeLast()
    case nil:
      if stemEnd == p1 && shortSyllable(endingAt: stemEnd) { scalars.append("e") }
    }
  }

  // MARK: Step 1c: final y

  private mutating func step1c() {
    let end = scalars.count
    guard end >= 3, scalars[end - 1] == "y" || scalars[end - 1] == "Y",
      !scalars[end - 2].isEnglishVowel
    else { return }
    scalars[end - 1] = "i"
  }

  // MARK: Steps 2–4: derivational suffixes

  private enum Step2: Sendable {
    case replace(StaticString), ogi, li
  }
  private static let step2Suffixes = SuffixTable<Step2>([
    "tional": .replace("tion"), "enci": .replace("ence"), "anci": .replace("ance"),
    "abli": .replace("able"), "entli": .replace("ent"), "izer": .replace("ize"),
    "ization": .replace("ize"), "ational": .replace("ate"), "ation": .replace("ate"),
    "ator": .replace("ate"), "alism": .replace("al"), "aliti": .replace("al"),
    "alli": .replace("al"), "fulness": .replace("ful"), "ousli": .replace("ous"),
    "ousness": .replace("ous"), "iveness": .replace("ive"), "iviti": .replace("ive"),
    "biliti": .replace("ble"), "bli": .replace("ble"), "ogist": .replace("og"), "ogi": .ogi,
    "fulli": .replace("ful"), "lessli": .replace("less"), "li": .li,
  ])

  private mutating func step2() {
    let end = scalars.count
    guard let (start, suffix) = Self.step2Suffixes.longestMatch(in: scalars, endingAt: end),
      r1(start)
    else { return }
    switch suffix {
    case .replace(let replacement):
      scalars.replace(start..<end, with: replacement)
    case .ogi:
      guard scalars.spells("l", endingAt: start) else { return }
      scalars.replace(start..<end, with: "og")
    case .li:
      guard start > 0, Self.isValidBeforeLi(scalars[start - 1]) else { return }
      scalars.removeSubrange(start..<end)
    }
  }

  /// The letters before which `-li` is removed.
  private static func isValidBeforeLi(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "c", "d", "e", "g", "h", "k", "m", "n", "r", "t": true
    default: false
    }
  }

  private enum Step3: Sendable { case replace(StaticString), delete, deleteInR2 }
  private static let step3Suffixes = SuffixTable<Step3>([
    "tional": .replace("tion"), "ational": .replace("ate"), "alize": .replace("al"),
    "icate": .replace("ic"), "iciti": .replace("ic"), "ical": .replace("ic"), "ful": .delete,
    "ness": .delete, "ative": .deleteInR2,
  ])

  private mutating func step3() {
    let end = scalars.count
    guard let (start, suffix) = Self.step3Suffixes.longestMatch(in: scalars, endingAt: end),
      r1(start)
    else { return }
    switch suffix {
    case .replace(let replacement):
      scalars.replace(start..<end, with: replacement)
    case .delete:
      scalars.removeSubrange(start..<end)
    case .deleteInR2:
      guard r2(start) else { return }
      scalars.removeSubrange(start..<end)
    }
  }

  private static let step4Suffixes = SuffixTable<Bool>([
    "al": true, "ance": true, "ence": true, "er": true, "ic": true, "able": true, "ible": true,
    "ant": true, "ement": true, "ment": true, "ent": true, "ism": true, "ate": true, "iti": true,
    "ous": true, "ive": true, "ize": true, "ion": false,
  ])

  /// Removes a suffix in R2; `-ion` only after `s` or `t`.
  private mutating func step4() {
    let end = scalars.count
    guard let (start, always) = Self.step4Suffixes.longestMatch(in: scalars, endingAt: end),
      r2(start)
    else { return }
    if !always && !(scalars.spells("s", endingAt: start) || scalars.spells("t", endingAt: start)) {
      return
    }
    scalars.removeSubrange(start..<end)
  }

  // MARK: Step 5: final e and ll

  private mutating func step5() {
    let end = scalars.count
    guard end > 0 else { return }
    let position = end - 1
    if scalars[position] == "e" {
      if r2(position) || (r1(position) && !shortSyllable(endingAt: position)) {
        scalars.removeLast()
      }
    } else if scalars[position] == "l" {
      if r2(position) && scalars.spells("l", endingAt: position) { scalars.removeLast() }
    }
  }
}
