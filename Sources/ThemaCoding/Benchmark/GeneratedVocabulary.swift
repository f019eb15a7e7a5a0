/// A ranked vocabulary of plausible Dutch word forms, generated from `DutchWordParts`: inflections
/// (plurals, diminutives, verb conjugations, participles, comparatives), prefixed verbs and two-part
/// compounds with linking morphemes (`leerlingenraad`, `schoolsfeer`, `werkgroepsplan`). Function
/// words take the top ranks, simple forms the middle and compounds the long tail, as in real text.
///
/// ```swift
/// let vocabulary = GeneratedVocabulary()
/// vocabulary.forms.count      // about 150,000 distinct forms
/// vocabulary.forms[0]         // "de"
/// ```
public struct GeneratedVocabulary: Sendable {
  /// Every form, most frequent rank first; no duplicates.
  public let forms: [String]
  /// The noun singulars (compound parts for codebook terms).
  public let nouns: [String]

  /// Builds the vocabulary; `seed` fixes the order of forms within a tier.
  public init(seed: UInt64 = 0x5EED_DA7A) {
    var random = SplitMix(seed: seed)
    var seen: Set<String> = []
    func unique(_ list: [String]) -> [String] { list.filter { !$0.isEmpty && seen.insert($0).inserted } }

    let nounPairs = DutchWordParts.nouns.map { entry -> (String, String) in
      let parts = entry.split(separator: "/").map(String.init)
      return (parts[0], parts.count > 1 ? parts[1] : parts[0] + "en")
    }
    var simple: [String] = []
    for (singular, plural) in nounPairs {
      simple += [singular, plural, Self.diminutive(singular)]
    }
    for entry in DutchWordParts.adjectives {
      let parts = entry.split(separator: "/").map(String.init)
      let base = parts[0]
      let inflected = parts.count > 1 ? parts[1] : base + "e"
      let comparativeStem = inflected.hasSuffix("e") ? String(inflected.dropLast()) : inflected
      simple += [base, inflected, comparativeStem + "er", comparativeStem + "ere", base + "st", base + "ste", base + "heid"]
    }
    var derived: [String] = []
    for entry in DutchWordParts.verbs {
      let parts = entry.split(separator: "/").map(String.init)
      guard parts.count == 4 else { continue }
      let (infinitive, stem, participle, pastPlural) = (parts[0], parts[1], parts[2], parts[3])
      if stem.contains(" ") {
        // A separable verb written with its particle: the joined forms and the first word.
        simple += [infinitive, participle, String(stem.split(separator: " ")[0]), String(pastPlural.split(separator: " ")[0])]
        continue
      }
      let forms = Self.conjugations(infinitive: infinitive, stem: stem, participle: participle, pastPlural: pastPlural)
      simple += forms
      for prefix in DutchWordParts.inseparablePrefixes {
        let bare = participle.hasPrefix("ge") ? String(participle.dropFirst(2)) : participle
        derived += [prefix + infinitive, prefix + stem, prefix + stem + "t", prefix + bare, prefix + pastPlural]
      }
      for particle in DutchWordParts.separableParticles {
        let withGe = participle.hasPrefix("ge") ? participle : "ge" + participle
        derived += [particle + infinitive, particle + withGe, particle + withGe + "e"]
      }
    }
    var compounds: [String] = []
    for (modifier, _) in nounPairs {
      let link = Self.link(for: modifier)
      for (head, headPlural) in nounPairs where head != modifier {
        compounds.append(modifier + link + head)
        compounds.append(modifier + link + headPlural)
      }
    }
    random.shuffle(&simple)
    random.shuffle(&derived)
    random.shuffle(&compounds)
    // Simple forms and derived verbs interleave in the middle ranks; compounds make the tail.
    var middle: [String] = []
    var d = derived.makeIterator()
    for (index, form) in simple.enumerated() {
      middle.append(form)
      if index % 2 == 1, let next = d.next() { middle.append(next) }
    }
    while let next = d.next() { middle.append(next) }
    forms = unique(DutchWordParts.functionWords) + unique(middle) + unique(compounds)
    nouns = nounPairs.map(\.0)
  }

  // MARK: - Morphology (rough, plausible rather than exact)

  /// The linking morpheme a modifier takes in every compound (fixed per word, as in Dutch).
  static func link(for modifier: String) -> String {
    for ending in ["ing", "heid", "schap", "teit", "tie", "ij"] where modifier.hasSuffix(ending) { return "s" }
    if modifier.hasSuffix("e") { return "" }
    switch modifier.unicodeScalars.reduce(0, { $0 &+ Int($1.value) }) % 6 {
    case 0, 1: return "s"
    case 2: return "en"
    default: return ""
    }
  }

  /// A diminutive: -je, -tje after a vowel or -el/-en/-er, -pje after -m.
  static func diminutive(_ noun: String) -> String {
    guard let last = noun.unicodeScalars.last else { return noun }
    if "aeiouy".unicodeScalars.contains(last) { return noun + "tje" }
    if noun.hasSuffix("el") || noun.hasSuffix("en") || noun.hasSuffix("er") { return noun + "tje" }
    if last == "m" { return noun + "pje" }
    return noun + "je"
  }

  /// Present and past forms of a simple verb.
  static func conjugations(infinitive: String, stem: String, participle: String, pastPlural: String) -> [String] {
    let voiceless = stem.unicodeScalars.last.map { "tkfschp".unicodeScalars.contains($0) } ?? false
    let past = stem + (voiceless ? "te" : "de")
    let third = stem.hasSuffix("t") ? stem : stem + "t"
    let adjective = participle.hasSuffix("en") ? participle : participle + "e"
    return [infinitive, stem, third, past, pastPlural, participle, adjective]
  }
}

// MARK: - Random numbers

/// SplitMix64: a small, fast, seedable generator, so that every benchmark run sees the same text.
/// (Hand-written: the standard library's generator cannot be seeded.)
struct SplitMix: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform number in `0..<bound` (bound > 0).
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// A uniform number in `0..<1`.
  mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  mutating func shuffle<T>(_ array: inout [T]) {
    array.shuffle(using: &self)
  }
}
