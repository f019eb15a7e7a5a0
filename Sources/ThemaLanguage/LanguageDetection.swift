// MARK: - LanguageDetection

/// The outcome of ``LanguageDetector/detect(_:)``: a language with a confidence, or unknown.
///
/// ```swift
/// let detection = LanguageDetector().detect("De docenten leren van elkaar in het team.")
/// detection.language    // .dutch
/// detection.confidence  // 0.83
/// ```
public struct LanguageDetection: Sendable, Equatable {
  /// The detected language; `nil` when the text is too short or too mixed to tell.
  public let language: Language?
  /// How sure the detector is, from 0.5 (a coin toss) to 1; 0 when ``language`` is `nil`.
  ///
  /// It is the share of the winning language among the stop words found, with one pseudo-count for
  /// each language so that a handful of words never gives certainty: `(winner + 1) / (all + 2)`.
  public let confidence: Double
  /// Dutch stop words found (words that are stop words in both languages, such as "in", are not counted).
  public let dutchStopWords: Int
  /// English stop words found.
  public let englishStopWords: Int
  /// Words in the text.
  public let words: Int

  /// Whether no language could be decided.
  public var isUnknown: Bool { language == nil }

  /// The share of Dutch among the stop words found (0.5 when none were found); useful to flag mixed text.
  public var dutchShare: Double {
    let total = dutchStopWords + englishStopWords
    return total == 0 ? 0.5 : Double(dutchStopWords) / Double(total)
  }
}
