/// One token of a text: a word, a number or a punctuation mark, with its place in the text.
///
/// Offsets are kept twice: in UTF-8 bytes (for fast slicing of the text the tokenizer scanned) and in
/// Unicode scalars (the coordinates of `Segment.text` and `OffsetMap`).
///
/// ```swift
/// let tokens = DutchTokenizer().tokenize("MLI-opgeleiden en collega's")
/// tokens[0].kind == .word && tokens[0].flags.contains(.hyphenated)   // "MLI-opgeleiden"
/// tokens[0].scalarRange == 0..<14
/// ```
public struct Token: Sendable, Hashable {
  // MARK: - Kinds and flags

  /// What the token is.
  public enum Kind: UInt8, Sendable, Hashable {
    /// Letters (possibly with digits, inner hyphens and apostrophes): "onderwijs", "thema's", "MLI-opgeleiden".
    case word
    /// Digits with optional inner `.` or `,`: "2019", "3,5", "1.000".
    case number
    /// Any other visible character: ".", ",", "“", "(", "…".
    case punctuation
  }

  /// Properties of a token the matcher and the tokenizer's users need.
  public struct Flags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The word contains an inner hyphen ("HRD-praktijk"); its parts are the pieces between hyphens.
    public static let hyphenated = Flags(rawValue: 1 << 0)
    /// The word ends in a hyphen followed by a space: the first half of a Dutch ellipsis
    /// ("kennis- en leertheorieën"). The hyphen is part of the token.
    public static let trailingHyphen = Flags(rawValue: 1 << 1)
    /// The word contains an apostrophe (thema's, collega's, MLI'ers, 't).
    public static let apostrophe = Flags(rawValue: 1 << 2)
    /// The word's first part is written in capitals, at least two letters ("MLI", "HRD-praktijk").
    public static let acronym = Flags(rawValue: 1 << 3)
    /// The word starts with a capital letter.
    public static let capitalized = Flags(rawValue: 1 << 4)
    /// The token contains a non-ASCII scalar (diacritics such as ë, ï, é).
    public static let nonASCII = Flags(rawValue: 1 << 5)
    /// Punctuation that ends a sentence or clause (. ! ? ; :); phrases do not run across it.
    public static let sentenceEnd = Flags(rawValue: 1 << 6)
    /// A quotation mark (" ' “ ” „ ‘ ’ « »).
    public static let quote = Flags(rawValue: 1 << 7)
  }

  // MARK: - Stored properties

  /// What the token is.
  public var kind: Kind
  /// Hyphens, apostrophes, capitals, …
  public var flags: Flags
  /// Start and end in the UTF-8 bytes of the text.
  public var byteStart: Int
  public var byteEnd: Int
  /// Start and end in the Unicode scalars of the text.
  public var scalarStart: Int
  public var scalarEnd: Int

  public init(
    kind: Kind, flags: Flags = [], byteStart: Int, byteEnd: Int, scalarStart: Int, scalarEnd: Int
  ) {
    self.kind = kind
    self.flags = flags
    self.byteStart = byteStart
    self.byteEnd = byteEnd
    self.scalarStart = scalarStart
    self.scalarEnd = scalarEnd
  }

  // MARK: - Convenience

  /// The token's range in Unicode scalars of the text.
  public var scalarRange: Range<Int> { scalarStart..<scalarEnd }
  /// The token's range in UTF-8 bytes of the text.
  public var byteRange: Range<Int> { byteStart..<byteEnd }

  /// The token's text, cut from the text it was found in (allocates; for display and tests).
  public func text(in text: String) -> String {
    let utf8 = text.utf8
    let lo = utf8.index(utf8.startIndex, offsetBy: byteStart)
    let hi = utf8.index(lo, offsetBy: byteEnd - byteStart)
    return String(text[lo..<hi])
  }
}
