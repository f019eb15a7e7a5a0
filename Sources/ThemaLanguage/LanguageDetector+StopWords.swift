// MARK: - Stop words

extension LanguageDetector {
  /// Frequent Dutch function words. Words that are also common English words ("in", "is", "was",
  /// "of", "over", "had", "we", "me", "want", "ten", "door", "die", "hem", "men", "per", "via") are
  /// left out of both lists.
  static let dutchStopWords: Set<UInt64> = Set(
    [
      "de", "het", "een", "en", "van", "dat", "niet", "zijn", "op", "aan", "met", "voor", "er",
      "maar", "om", "ook", "als", "bij", "nog", "wel", "naar", "dan", "wat", "kan", "zo", "worden",
      "wordt", "werd", "werden", "deze", "dit", "hun", "zij", "ze", "wij", "ik", "je", "jij", "jullie",
      "hij", "haar", "ons", "onze", "geen", "heeft", "hebben", "moet", "moeten", "zal", "zullen",
      "zou", "zouden", "kunnen", "mag", "veel", "meer", "andere", "tot", "uit", "tussen", "onder",
      "tegen", "omdat", "hoe", "waar", "wie", "welke", "waarin", "waarbij", "daarbij", "daarom",
      "echter", "nu", "alle", "alleen", "binnen", "zonder", "tijdens", "vooral", "steeds", "elkaar",
      "zelf", "eigen", "te", "niets", "iets", "waren", "hier", "daar", "toen", "dus", "zoals",
      "terwijl", "hoewel", "volgens", "sinds", "vanuit", "elke", "ieder",
      "iedere", "welk", "wanneer", "waarom", "mijn", "jouw", "uw", "hen", "zich", "bent",
      "ben", "heb", "hebt", "kunt", "wil", "wilt", "willen", "gaat", "gaan", "komt", "komen", "daarna",
      "eerst", "nooit", "altijd", "vaak", "soms", "zeer", "erg", "weer", "hierbij",
    ].map(key))

  /// Frequent English function words (see ``dutchStopWords`` for the words left out of both).
  static let englishStopWords: Set<UInt64> = Set(
    [
      "the", "and", "to", "a", "an", "that", "this", "these", "those", "it", "its", "for", "on",
      "with", "as", "by", "at", "from", "be", "are", "been", "were", "has", "have", "not", "but",
      "or", "which", "who", "whom", "what", "their", "they", "them", "there", "than", "then", "can",
      "could", "would", "should", "will", "shall", "may", "might", "must", "also", "more", "most",
      "such", "into", "through", "between", "about", "after", "before", "because", "while", "where",
      "when", "how", "all", "each", "other", "some", "any", "only", "our", "he", "she", "his", "her",
      "you", "your", "do", "does", "did", "no", "very", "being", "both", "many", "much", "own",
      "same", "so", "up", "out", "if", "my", "us", "why", "whether", "although", "during", "without",
      "within", "under", "often", "always", "never", "again", "here", "just", "too",
      "whose", "upon", "among", "against", "towards", "since", "though", "yet", "either", "neither",
    ].map(key))
}
