/// Splits Dutch (and English) text into words, numbers and punctuation, with byte and scalar offsets.
///
/// Rules:
/// - letters include diacritics (ë, ï, é) and combining marks; digits may be part of a word ("21e");
/// - an apostrophe between letters stays inside the word (thema's, collega's, MLI'ers); so does a leading
///   apostrophe of a one-letter clitic ('t, 's-Hertogenbosch);
/// - a hyphen between letters or digits keeps the compound whole ("HRD-praktijk", flag `.hyphenated`; the
///   matcher splits it into parts); a hyphen at the end of a word followed by a space is kept on the word
///   and flagged `.trailingHyphen` ("kennis- en leertheorieën");
/// - numbers keep inner `.` and `,` between digits ("1.000", "3,5");
/// - capitals are flagged (`.acronym` for "MLI", "PLG", "HRD-praktijk"); quotes and sentence ends too.
///
/// The scan runs over the UTF-8 bytes with an ASCII fast path; Unicode properties are consulted only for
/// non-ASCII scalars. (Hand-written rather than Foundation's `NLTokenizer`/`StringTokenizer`, which are not
/// available on Linux or allocate a `String` per token, and know nothing of Dutch ellipsis hyphens.)
///
/// ```swift
/// let tokenizer = DutchTokenizer()
/// for token in tokenizer.tokenize("Kennis- en leertheorieën") where token.kind == .word {
///   print(token.text(in: "Kennis- en leertheorieën"))   // "Kennis-", "en", "leertheorieën"
/// }
/// ```
public struct DutchTokenizer: Sendable {
  public init() {}

  // MARK: - Public API

  /// The tokens of `text`.
  public func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var copy = text
    copy.withUTF8 { bytes in tokenize(bytes, into: &tokens) }
    return tokens
  }

  /// Appends the tokens of the UTF-8 `bytes` to `tokens` (which is not cleared: callers reuse one array).
  public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
    var scanner = Scanner(bytes: bytes)
    scanner.run(into: &tokens)
  }
}

// MARK: - Scanner

/// The state of one scan. Byte offsets `i`, scalar offsets `s`.
private struct Scanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var i = 0
  var s = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  // MARK: Character classes

  @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
  @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

  /// Decodes the scalar at byte `at`: (value, byte length). Invalid bytes count as one U+FFFD.
  @inline(__always) func decode(at: Int) -> (UInt32, Int) {
    let b0 = bytes[at]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    let n = bytes.count
    if b0 & 0xE0 == 0xC0, at + 1 < n {
      return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[at + 1] & 0x3F), 2)
    }
    if b0 & 0xF0 == 0xE0, at + 2 < n {
      return (
        (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[at + 1] & 0x3F) << 6) | UInt32(bytes[at + 2] & 0x3F), 3
      )
    }
    if b0 & 0xF8 == 0xF0, at + 3 < n {
      return (
        (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[at + 1] & 0x3F) << 12)
          | (UInt32(bytes[at + 2] & 0x3F) << 6) | UInt32(bytes[at + 3] & 0x3F), 4
      )
    }
    return (0xFFFD, 1)
  }

  /// Letters, digits and combining marks of any script.
  static func isWordScalar(_ v: UInt32) -> Bool {
    guard let scalar = Unicode.Scalar(v) else { return false }
    let p = scalar.properties
    if p.isAlphabetic { return true }
    switch p.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
    default: return false
    }
  }

  static func isUpperScalar(_ v: UInt32) -> Bool {
    Unicode.Scalar(v)?.properties.isUppercase ?? false
  }

  static func isSpaceScalar(_ v: UInt32) -> Bool {
    Unicode.Scalar(v)?.properties.isWhitespace ?? false
      || v == 0xFEFF || v == 0x200B
  }

  /// Apostrophes that can sit inside a word: ' and ’.
  @inline(__always) static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 }
  /// Hyphens that can join a compound: -, U+2010 hyphen, U+2011 non-breaking hyphen.
  @inline(__always) static func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

  static func isQuote(_ v: UInt32) -> Bool {
    switch v {
    case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
      0x2039, 0x203A:
      return true
    default: return false
    }
  }

  static func isSentenceEnd(_ v: UInt32) -> Bool {
    switch v {
    case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x2026: return true
    default: return false
    }
  }

  /// Whether a word character starts at byte `at` (false at the end).
  @inline(__always) func wordCharAt(_ at: Int) -> Bool {
    guard at < bytes.count else { return false }
    let b = bytes[at]
    if b < 0x80 { return Self.isASCIILetter(b) || Self.isDigit(b) }
    return Self.isWordScalar(decode(at: at).0)
  }

  /// Whether a space (or the end of the text) is at byte `at`.
  @inline(__always) func spaceOrEndAt(_ at: Int) -> Bool {
    guard at < bytes.count else { return true }
    let b = bytes[at]
    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { return true }
    if b < 0x80 { return false }
    return Self.isSpaceScalar(decode(at: at).0)
  }

  // MARK: Scan

  mutating func run(into tokens: inout [Token]) {
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if Self.isASCIILetter(b) || Self.isDigit(b) {
          scanWord(into: &tokens)
          continue
        }
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B {
          i += 1
          s += 1
          continue
        }
        if b == 0x27, leadingClitic() {
          scanWord(into: &tokens)
          continue
        }
        punctuation(UInt32(b), length: 1, into: &tokens)
        continue
      }
      let (v, len) = decode(at: i)
      if Self.isWordScalar(v) {
        scanWord(into: &tokens)
      } else if Self.isSpaceScalar(v) {
        i += len
        s += 1
      } else if v == 0x2019, leadingClitic(length: len) {
        scanWord(into: &tokens)
      } else {
        punctuation(v, length: len, into: &tokens)
      }
    }
  }

  /// An apostrophe at `i` that starts "'t", "'n", "'s-Hertogenbosch": one letter, then no letter.
  func leadingClitic(length: Int = 1) -> Bool {
    let at = i + length
    guard at < bytes.count, Self.isASCIILetter(bytes[at]) else { return false }
    if i > 0, !spaceOrEndAt(i - 1), bytes[i - 1] != 0x28 { return false }
    return !wordCharAt(at + 1)
  }

  mutating func punctuation(_ v: UInt32, length: Int, into tokens: inout [Token]) {
    var flags: Token.Flags = []
    if Self.isQuote(v) { flags.insert(.quote) }
    if Self.isSentenceEnd(v) { flags.insert(.sentenceEnd) }
    if v >= 0x80 { flags.insert(.nonASCII) }
    tokens.append(
      Token(kind: .punctuation, flags: flags, byteStart: i, byteEnd: i + length, scalarStart: s, scalarEnd: s + 1))
    i += length
    s += 1
  }

  mutating func scanWord(into tokens: inout [Token]) {
    let n = bytes.count
    let startByte = i
    let startScalar = s
    var flags: Token.Flags = []
    var hasLetter = false
    var upperInFirstPart = 0
    var lowerInFirstPart = 0
    var inFirstPart = true
    var first = true
    var onlyDigitsSoFar = true

    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if Self.isLower(b) {
          // A run of lower-case ASCII letters (most of any Dutch word) in one tight loop: the same as
          // taking them one by one below.
          var j = i + 1
          while j < n, Self.isLower(bytes[j]) { j += 1 }
          let run = j - i
          hasLetter = true
          onlyDigitsSoFar = false
          if inFirstPart { lowerInFirstPart += run }
          i = j
          s += run
          first = false
          continue
        }
        if Self.isASCIILetter(b) {
          hasLetter = true
          onlyDigitsSoFar = false
          if Self.isUpper(b) {
            if first { flags.insert(.capitalized) }
            if inFirstPart { upperInFirstPart += 1 }
          } else if inFirstPart {
            lowerInFirstPart += 1
          }
          i += 1
          s += 1
          first = false
          continue
        }
        if Self.isDigit(b) {
          i += 1
          s += 1
          first = false
          continue
        }
        if b == 0x27 {  // apostrophe between word characters, or the leading clitic
          if wordCharAt(i + 1) {
            flags.insert(.apostrophe)
            inFirstPart = false
            i += 1
            s += 1
            first = false
            continue
          }
          break
        }
        if b == 0x2D {  // hyphen
          if !first, wordCharAt(i + 1) {
            flags.insert(.hyphenated)
            inFirstPart = false
            i += 1
            s += 1
            continue
          }
          if !first, hasLetter, spaceOrEndAt(i + 1) {
            flags.insert(.trailingHyphen)
            i += 1
            s += 1
          }
          break
        }
        if (b == 0x2E || b == 0x2C), onlyDigitsSoFar, !first, i + 1 < n, Self.isDigit(bytes[i + 1]) {
          i += 1
          s += 1
          continue
        }
        break
      }
      let (v, len) = decode(at: i)
      if Self.isWordScalar(v) {
        flags.insert(.nonASCII)
        if Unicode.Scalar(v)?.properties.isAlphabetic == true {
          hasLetter = true
          onlyDigitsSoFar = false
          if Self.isUpperScalar(v) {
            if first { flags.insert(.capitalized) }
            if inFirstPart { upperInFirstPart += 1 }
          } else if inFirstPart {
            lowerInFirstPart += 1
          }
        }
        i += len
        s += 1
        first = false
        continue
      }
      if Self.isApostrophe(v), wordCharAt(i + len) {
        flags.insert([.apostrophe, .nonASCII])
        inFirstPart = false
        i += len
        s += 1
        continue
      }
      if Self.isHyphen(v), !first, wordCharAt(i + len) {
        flags.insert([.hyphenated, .nonASCII])
        inFirstPart = false
        i += len
        s += 1
        continue
      }
      break
    }
    if i == startByte {
      // Nothing consumed (cannot happen for the callers' start conditions): never loop, emit a mark.
      let (v, len) = decode(at: i)
      punctuation(v, length: len, into: &tokens)
      return
    }
    if upperInFirstPart >= 2 && lowerInFirstPart == 0 { flags.insert(.acronym) }
    let kind: Token.Kind = hasLetter ? .word : .number
    tokens.append(
      Token(kind: kind, flags: flags, byteStart: startByte, byteEnd: i, scalarStart: startScalar, scalarEnd: s))
  }
}
