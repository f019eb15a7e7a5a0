import ThemaLanguage

/// A crude Dutch suffix stripper standing in for the Snowball stemmer in matcher tests, so the tests
/// exercise the matcher's own logic (lemma table, compounds, phrases) independent of the real stemmer.
struct FakeDutchStemmer: Stemmer {
  func stem(_ word: String) -> String {
    var w = word.lowercased()
    if w.hasSuffix("'s") || w.hasSuffix("’s") { w = String(w.dropLast(2)) }
    for suffix in ["ën", "en", "s", "de", "te", "d", "t"] where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
      w = String(w.dropLast(suffix.count))
      break
    }
    if w.hasSuffix("e"), w.count >= 4 { w = String(w.dropLast()) }
    return w
  }
}
