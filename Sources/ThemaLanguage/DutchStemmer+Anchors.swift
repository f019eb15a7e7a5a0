// MARK: - Anchors of a stem

extension DutchStemmer {
  /// Strings one of which every word with stem `stem` contains, both folded with `TextFold`: what lets
  /// a re-coding run skip the segments where a term cannot match without stemming their words.
  ///
  /// Why it holds, from the algorithm (`stem()`): steps 1 to 4 replace an ending of the word; what they
  /// write that was not in the word at that place is at most the last three letters of the stem
  /// (`-atie`, `-atief` and `-tant` give `eer`; `-heden` gives `heid`, new `id`; `-arij` gives `aar`;
  /// `-ilding` gives `ilder`; `-inkje` gives `ing`; `-ioneel` gives `ie`; lengthening a vowel before the
  /// last consonant (`lat` → `laat`) and `v`/`z` → `f`/`s` change the last two or the last letter; `geïnd`
  /// becomes `inn`). So the
  /// stem without that tail is a piece of the word, unless a `ge` was taken out of it: at the start (the
  /// piece is still in the word) or after the first letter, three letters or more before the end (then
  /// the word holds the piece with `ge` put back at one place). The diaeresis dropped after a removed
  /// `ge` is folded away. The tail is judged from the stem's ending:
  ///
  /// - `…eer`: three letters; `…heid`, `…ilder`, a doubled vowel before a final consonant (`…aar`,
  ///   `…oof`): two; `…ing`, `…ie`, `…f`, `…s`, `inn`: one; otherwise none.
  ///
  /// The tests check the promise on every word of the reference fixtures and on generated word forms.
  /// An empty anchor (a stem that is all tail) is contained in every text.
  ///
  /// ```swift
  /// DutchStemmer.anchors(ofStem: "innoveer")   // ["innov", "igennov", "ingenov", "inngeov", "innogev"]
  /// ```
  public static func anchors(ofStem stem: String) -> [String] {
    let folded = Array(TextFold.string(stem).unicodeScalars)
    let kept = Array(folded.prefix(folded.count - tailLength(folded)))
    var anchors = [String(String.UnicodeScalarView(kept))]
    guard kept.count > 1 else { return anchors }
    for split in 1..<kept.count {
      anchors.append(String(String.UnicodeScalarView(kept[..<split] + ["g", "e"] + kept[split...])))
    }
    return anchors
  }

  /// How many letters at the end of a (folded) stem steps 1 to 7 may have written (see `anchors`).
  static func tailLength(_ stem: [Unicode.Scalar]) -> Int {
    func ends(_ suffix: String) -> Bool {
      let scalars = Array(suffix.unicodeScalars)
      return stem.count >= scalars.count && Array(stem.suffix(scalars.count)) == scalars
    }
    let n = stem.count
    if ends("eer") { return 3 }
    // `geïnd` → `inn`: step 1c writes the `n` of `innen` for the `d`.
    if stem == ["i", "n", "n"] { return 1 }
    if ends("heid") || ends("ilder") { return 2 }
    if n >= 3, stem[n - 3] == stem[n - 2], "aeou".unicodeScalars.contains(stem[n - 2]),
      !"aeiouy".unicodeScalars.contains(stem[n - 1])
    {
      return 2
    }
    if ends("ing") || ends("ie") || ends("f") || ends("s") { return 1 }
    return 0
  }
}
