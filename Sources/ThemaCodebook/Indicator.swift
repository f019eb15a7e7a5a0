import ThemaLanguage

/// A pattern that suggests a concept when it occurs in a segment.
///
/// In YAML an indicator is a plain string (`innovatie`, `'"MLI"'`, `lerende … cultuur`, `innov*`) or a
/// mapping with options (see `Codebooks/README.md`).
///
/// ```swift
/// let term = Indicator(kind: .term, text: "innovatie")             // innovaties, onderwijsinnovatie, …
/// let acronym = Indicator(kind: .exact, text: "MLI")                // case-sensitive: written in capitals
/// var phrase = Indicator(kind: .phrase, text: "lerende … cultuur")  // a gap of up to `gap` words
/// phrase.gap = 3
/// ```
public struct Indicator: Sendable, Hashable, Codable {
  // MARK: - Kinds

  /// How the text of an indicator is matched.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A word matched on its stem and lemma family, and (per `compound`) inside compounds.
    case term
    /// A word form matched as written (case-sensitive when it contains a capital, e.g. "MLI").
    case exact
    /// Several words in order; "…" (or "...") marks where a gap of up to `gap` words may occur.
    case phrase
    /// Words beginning with the text (`innov*`).
    case prefix
    /// Words ending with the text (`*kunde`).
    case suffix
  }

  /// Where a term may stand inside a Dutch compound.
  public enum CompoundRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// As head (onderwijs**innovatie**) or as modifier (**innovatie**kracht).
    case both
    /// Only as the last part: teamleren for `leren`.
    case head
    /// Only as the first part: innovatiekracht for `innovatie`.
    case modifier
    /// Never inside a compound (the parts of hyphenated words still count).
    case none
  }

  // MARK: - Stored properties

  /// How the text is matched.
  public var kind: Kind
  /// The text as written, without quotes or `*` ("innovatie", "MLI", "lerende … cultuur", "innov").
  public var text: String
  /// Compound rule of a term (ignored for other kinds).
  public var compound: CompoundRule
  /// Whether a term is matched on its stem (`false`: only the written form and its lemma family).
  public var stemming: Bool
  /// Whether a term reaches its word family through the lemma table.
  public var lemma: Bool
  /// Most words a phrase gap may span.
  public var gap: Int
  /// Whether an exact form is case-sensitive (default: when it contains a capital).
  public var caseSensitive: Bool
  /// Patterns that cancel this indicator where they overlap its match ("innovatiefonds").
  public var exclusions: [Indicator]
  /// The indicator counts only when at least one of these occurs in the same segment.
  public var conditions: [Indicator]
  /// Where the indicator is looked for (default: the segment's own text; see `IndicatorScope`).
  public var scopes: [IndicatorScope] = [.text]
  /// The language of the documents it is matched in, when it is not the codebook's (`indicators-en:` in
  /// a Dutch codebook); nil: the codebook's language.
  public var language: Language? = nil
  /// Line and column in the codebook file (1-based), when read from a file.
  public var line: Int?
  public var column: Int?

  public init(
    kind: Kind, text: String, compound: CompoundRule = .both, stemming: Bool = true, lemma: Bool = true,
    gap: Int = 3, caseSensitive: Bool? = nil, exclusions: [Indicator] = [], conditions: [Indicator] = [],
    line: Int? = nil, column: Int? = nil
  ) {
    self.kind = kind
    self.text = text
    self.compound = compound
    self.stemming = stemming
    self.lemma = lemma
    self.gap = gap
    self.caseSensitive = caseSensitive ?? text.unicodeScalars.contains { $0.properties.isUppercase }
    self.exclusions = exclusions
    self.conditions = conditions
    self.line = line
    self.column = column
  }

  // MARK: - Parsing the shorthand

  /// Reads the shorthand of a plain string: `"MLI"` (quoted) is exact, `innov*` / `*kunde` are
  /// wildcards, text with a space or "…" is a phrase, anything else a term.
  public init(shorthand raw: String, line: Int? = nil, column: Int? = nil) {
    let text = raw.trimmingWhitespace
    if text.count >= 2, let first = text.first, let last = text.last,
      (first == "\"" && last == "\"") || (first == "“" && last == "”")
    {
      self.init(kind: .exact, text: String(text.dropFirst().dropLast()), line: line, column: column)
    } else if text.count > 1, text.hasSuffix("*"), !text.hasPrefix("*") {
      self.init(kind: .prefix, text: String(text.dropLast()), line: line, column: column)
    } else if text.count > 1, text.hasPrefix("*"), !text.hasSuffix("*") {
      self.init(kind: .suffix, text: String(text.dropFirst()), line: line, column: column)
    } else if text.contains(where: \.isWhitespace) || text.contains("…") || text.contains("...") {
      self.init(kind: .phrase, text: text, line: line, column: column)
    } else {
      self.init(kind: .term, text: text, line: line, column: column)
    }
  }

  // MARK: - Phrases

  /// One word of a phrase and whether a gap may come before it.
  public struct PhraseWord: Sendable, Hashable {
    public var word: String
    public var gapBefore: Bool
  }

  /// The words of a phrase; a gap before a word where the text has "…" or "..." (or everywhere when
  /// `gapEverywhere`, i.e. the YAML set `gap` without marking a place).
  public func phraseWords(gapEverywhere: Bool = false) -> [PhraseWord] {
    var words: [PhraseWord] = []
    var pendingGap = false
    let normalized = text.replacingAll("...", with: " … ").replacingAll("…", with: " … ")
    for piece in normalized.split(whereSeparator: \.isWhitespace) {
      if piece == "…" {
        pendingGap = true
        continue
      }
      words.append(PhraseWord(word: String(piece), gapBefore: !words.isEmpty && (pendingGap || gapEverywhere)))
      pendingGap = false
    }
    return words
  }

  // MARK: - Display

  /// Whether the indicator is looked for in the segment's own text.
  public var inText: Bool { scopes.contains(.text) }

  /// The indicator as a codebook author would write it: `innovatie`, `"MLI"`, `innov*`, `lerende … cultuur`.
  public var display: String {
    switch kind {
    case .term: return text
    case .exact: return "\"\(text)\""
    case .phrase: return text
    case .prefix: return text + "*"
    case .suffix: return "*" + text
    }
  }

  /// A stable rendering of the content (no line numbers) for hashing.
  var canonicalText: String {
    var parts = [
      kind.rawValue, text, compound.rawValue, String(stemming), String(lemma), String(gap), String(caseSensitive),
    ]
    parts += exclusions.map { "not(" + $0.canonicalText + ")" }
    parts += conditions.map { "with(" + $0.canonicalText + ")" }
    // Only a non-default scope enters the hash, so that codebooks without `in:` keep their hashes.
    if scopes != [.text] { parts.append("in(" + scopes.map(\.description).joined(separator: ",") + ")") }
    // Likewise only another language than the codebook's.
    if let language { parts.append("language(" + language.rawValue + ")") }
    return parts.joined(separator: "|")
  }
}

// MARK: - Small string helpers (no Foundation needed)

extension String {
  var trimmingWhitespace: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }

  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
