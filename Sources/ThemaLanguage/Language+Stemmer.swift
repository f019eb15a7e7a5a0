extension Language {
  /// The Snowball stemmer for the language: the document's language chooses it.
  ///
  /// ```swift
  /// Language.dutch.stemmer.stem("innovaties")   // "innovatie"
  /// ```
  public var stemmer: any Stemmer {
    switch self {
    case .dutch: return DutchStemmer()
    case .english: return EnglishStemmer()
    }
  }
}
