// MARK: - Hyphenation

/// Decides what a hyphen at the end of a line means when the text continues on the next line.
///
/// The rule (checked in this order), with `before` the word fragment ending in the hyphen and
/// `after` the first word of the next line:
/// 1. A soft hyphen (U+00AD) or "¬" is always a line-break hyphen: **join** ("onder¬⏎wijs").
/// 2. `after` is a conjunction ("en", "of", "tot", "noch", "en/of"): a real hyphen in an elided
///    compound, the line break becomes a space: **keep with space** ("kennis-⏎en" → "kennis- en").
/// 3. `before` ends in an upper-case letter or a digit (an acronym or number): **keep**
///    ("MLI-⏎opgeleiden" → "MLI-opgeleiden", "2019-⏎2020").
/// 4. `after` starts with an upper-case letter or a digit: **keep** ("Noord-⏎Holland", "COVID-⏎19").
/// 5. `before` is capitalised and does not start a sentence (in Dutch a capital inside a sentence
///    marks a name): **keep** ("Leren & Innoveren-⏎werkgroep" → "Innoveren-werkgroep"). A capital
///    at the start of a sentence is not a name: "Onder-⏎wijs" → "Onderwijs".
/// 6. `before` is a single letter: **keep** ("e-⏎mail").
/// 7. The letters on both sides would merge into a Dutch vowel pair (aa ae ai au ee ei eu ie ii
///    oe oi oo ou ui uu), which Dutch spelling separates with a hyphen: **keep** ("zee-⏎egel",
///    "mede-⏎eigenaar", "auto-⏎ongeluk").
/// 8. Otherwise **join** without the hyphen ("onder-⏎wijs" → "onderwijs", "ide-⏎aal" → "ideaal").
///
/// ```swift
/// Hyphenation.decide(before: "onder", after: "wijs", startsSentence: false)   // .join
/// Hyphenation.decide(before: "MLI", after: "opgeleiden", startsSentence: false) // .keep
/// ```
public enum Hyphenation {
  /// What to do with a hyphen at a line end.
  public enum Decision: Sendable, Equatable {
    /// A line-break hyphen: drop the hyphen and the line break.
    case join
    /// A real hyphen: keep it, drop the line break.
    case keep
    /// A real hyphen before a conjunction: keep it, the line break becomes a space.
    case keepWithSpace
  }

  static let conjunctions: Set<String> = ["en", "of", "tot", "noch", "en/of", "and", "or"]
  static let vowelPairs: Set<String> = [
    "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu",
  ]

  /// Decides for a hyphen between `before` and `after`. `soft` is true for U+00AD and "¬";
  /// `startsSentence` whether `before` is the first word of a sentence.
  public static func decide(
    before: String, after: String, startsSentence: Bool, soft: Bool = false
  ) -> Decision {
    if soft { return .join }
    if conjunctions.contains(after.lowercased()) { return .keepWithSpace }
    guard let last = before.unicodeScalars.last, let first = after.unicodeScalars.first,
      let initial = before.unicodeScalars.first
    else { return .keep }
    if last.isUpperLetter || last.isDigitASCII { return .keep }
    if first.isUpperLetter || first.isDigitASCII { return .keep }
    if !first.isLetterLike { return .keep }
    if initial.isUpperLetter && !startsSentence { return .keep }
    if before.unicodeScalars.count == 1 { return .keep }
    let pair = String(last).lowercased() + String(first).lowercased()
    if vowelPairs.contains(pair) { return .keep }
    return .join
  }
}
