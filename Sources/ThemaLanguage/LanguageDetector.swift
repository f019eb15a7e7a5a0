// MARK: - LanguageDetector

/// Tells Dutch from English text by counting each language's stop words (articles, pronouns,
/// prepositions, auxiliaries) — deterministic, with no model to load.
///
/// A text with fewer than ``minimumWords`` words or fewer than ``minimumStopWords`` stop words, or whose
/// stop words are too evenly split between the languages (confidence below ``minimumConfidence``),
/// is reported as unknown.
///
/// ```swift
/// let detector = LanguageDetector()
/// detector.detect("Het team heeft de resultaten met de school besproken.").language  // .dutch
/// detector.detect("The team discussed the results with the school.").language        // .english
/// detector.detect("Leren en innoveren").language                                      // nil (too short)
/// ```
public struct LanguageDetector: Sendable {
  /// Fewer words than this: unknown.
  public var minimumWords: Int
  /// Fewer stop words (of either language) than this: unknown.
  public var minimumStopWords: Int
  /// A lower confidence than this (a mixed text): unknown.
  public var minimumConfidence: Double

  /// A detector with the given thresholds.
  public init(minimumWords: Int = 6, minimumStopWords: Int = 3, minimumConfidence: Double = 0.7) {
    self.minimumWords = minimumWords
    self.minimumStopWords = minimumStopWords
    self.minimumConfidence = minimumConfidence
  }

  // MARK: - Detecting

  /// The language of `text`, or unknown.
  public func detect(_ text: String) -> LanguageDetection {
    var counts = (words: 0, dutch: 0, english: 0)
    Self.forEachWordKey(in: text) { key in
      counts.words += 1
      guard let key else { return }
      if Self.dutchStopWords.contains(key) {
        counts.dutch += 1
      } else if Self.englishStopWords.contains(key) {
        counts.english += 1
      }
    }
    let stopWords = counts.dutch + counts.english
    let unknown = LanguageDetection(
      language: nil, confidence: 0, dutchStopWords: counts.dutch, englishStopWords: counts.english,
      words: counts.words)
    guard counts.words >= minimumWords, stopWords >= minimumStopWords, counts.dutch != counts.english
    else { return unknown }
    let winner = max(counts.dutch, counts.english)
    let confidence = Double(winner + 1) / Double(stopWords + 2)
    guard confidence >= minimumConfidence else { return unknown }
    return LanguageDetection(
      language: counts.dutch > counts.english ? .dutch : .english, confidence: confidence,
      dutchStopWords: counts.dutch, englishStopWords: counts.english, words: counts.words)
  }

  // MARK: - Words

  /// Calls `body` once per word (a run of letters; an apostrophe, hyphen or digit ends it) with the
  /// word, lower-cased, packed into a `UInt64` when it is at most 8 ASCII letters, else `nil`.
  ///
  /// Written by hand rather than with `split` and `Set<String>`: packing short ASCII words into an
  /// integer avoids one String allocation per word, and stop words are all short ASCII words.
  static func forEachWordKey(in text: String, _ body: (UInt64?) -> Void) {
    var key: UInt64 = 0
    var length = 0
    var packable = true
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let lower = value | 0x20
      if value < 0x80 && lower >= 0x61 && lower <= 0x7A {  // ASCII letter
        if length < 8 {
          key = key << 8 | UInt64(lower)
        } else {
          packable = false
        }
        length += 1
      } else if value >= 0x80 && (scalar.properties.isAlphabetic || scalar.properties.isDiacritic) {
        packable = false  // ë, é, …: part of a word, but not of any stop word
        length += 1
      } else if length > 0 {
        body(packable ? key : nil)
        key = 0
        length = 0
        packable = true
      }
    }
    if length > 0 { body(packable ? key : nil) }
  }

  /// The key ``forEachWordKey(in:_:)`` gives a lower-case ASCII word.
  static func key(_ word: StaticString) -> UInt64 {
    precondition(word.utf8CodeUnitCount <= 8, "stop word longer than 8 letters: \(word)")
    var key: UInt64 = 0
    for index in 0..<word.utf8CodeUnitCount { key = key << 8 | UInt64(word.utf8Start[index]) }
    return key
  }
}
