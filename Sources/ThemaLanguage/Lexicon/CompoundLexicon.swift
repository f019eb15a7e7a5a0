/// Words that may stand as the other part of a compound, and words that must never be split.
///
/// Used by the matcher's compound decision: a codebook term may match as the head of a compound
/// ("onderwijsinnovatie") or as its modifier ("innovatiekracht") only when the remaining part is itself a
/// plausible word — listed here, a codebook term, or a word the caller supplies from the project's corpus.
/// Words in `unsplittable` are lexicalised words that look like compounds but are not
/// (leerling, leerkracht, verkenning).
///
/// ```swift
/// let lexicon = CompoundLexicon.dutch
/// lexicon.parts.contains("onderwijs")          // true
/// lexicon.unsplittable.contains("leerkracht")  // true
/// ```
public struct CompoundLexicon: Sendable, Hashable {
  /// Plausible compound parts (lower case).
  public var parts: Set<String>
  /// Whole words that are never analysed as compounds (lower case).
  public var unsplittable: Set<String>

  public init(parts: Set<String>, unsplittable: Set<String>) {
    self.parts = parts
    self.unsplittable = unsplittable
  }

  /// The lexicon for a language.
  public static func forLanguage(_ language: Language) -> CompoundLexicon {
    switch language {
    case .dutch: return dutch
    case .english: return english
    }
  }

  /// The other part of the hand-written lexicon: common Dutch nouns and verb stems of education and work.
  public static let dutch = CompoundLexicon(
    parts: Set(DutchLexiconWords.parts.split(whereSeparator: \.isWhitespace).map(String.init)),
    unsplittable: Set(DutchLexiconWords.unsplittable.split(whereSeparator: \.isWhitespace).map(String.init)))

  /// A small English lexicon (English compounds are mostly written apart; this covers closed ones).
  public static let english = CompoundLexicon(
    parts: Set(
      """
      class room school work team teacher leader ship book hand group frame net home care life time
      place course field case study base line out side work force learning knowledge skill
      """.split(whereSeparator: \.isWhitespace).map(String.init)),
    unsplittable: Set(["steam", "clearing", "leadership", "workshop"]))
}
