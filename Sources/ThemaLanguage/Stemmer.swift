/// Reduces a word form to its stem, so that inflections of one word match each other.
///
/// ```swift
/// let stemmer = DutchStemmer()
/// stemmer.stem("innovaties") == stemmer.stem("innovatie")
/// ```
public protocol Stemmer: Sendable {
  /// The stem of one lower-cased word form.
  func stem(_ word: String) -> String
}

/// The languages Thema stems and tokenizes.
public enum Language: String, Sendable, Codable, CaseIterable {
  case dutch = "nl"
  case english = "en"
}
