import Foundation

// MARK: - TextFold

/// A folding of text for substring tests that must not miss a word the matcher finds: lower case,
/// diacritics removed (ë → e, É → e), ligatures spelt out (ﬁ → fi, ĳ → ij), and the characters the
/// tokenizer joins words over or reads past removed (hyphens, apostrophes, soft hyphens, zero-width
/// characters, combining marks).
///
/// The folding is one mapping per Unicode scalar, so when a string `a` occurs in `b`, `fold(a)` occurs
/// in `fold(b)`; and a word the matcher looks up in lower case, split at hyphens or apostrophes, or with
/// the diaeresis the stemmer drops after `ge-` (`geïnnoveerd`), folds like the text it came from. What
/// `DutchStemmer.anchors(ofStem:)` promises holds in this folding.
///
/// Hand-written: Foundation's `folding(options:)` allocates a `String` per call and knows nothing of
/// the characters the tokenizer joins over, and a coding run folds every segment of a project.
///
/// ```swift
/// TextFold.string("Geïnnoveerd, MLI-opgeleiden' ﬁets")   // "geinnoveerd, mliopgeleiden fiets"
/// ```
public enum TextFold {
  // MARK: - Folding

  /// The folded form of `text`, as UTF-8 bytes.
  public static func bytes(_ text: String) -> [UInt8] {
    var output: [UInt8] = []
    var copy = text
    copy.withUTF8 { append(folding: $0, to: &output) }
    return output
  }

  /// The folded form of `text`.
  public static func string(_ text: String) -> String {
    String(decoding: bytes(text), as: UTF8.self)
  }

  /// Appends the folded form of the UTF-8 `input` to `output`.
  public static func append(folding input: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var index = 0
    let count = input.count
    while index < count {
      let byte = input[index]
      if byte < 0x80 {
        let folded = asciiTable[Int(byte)]
        if folded != 0 { output.append(folded) }
        index += 1
        continue
      }
      // Decode one scalar (the text is valid UTF-8: it comes from a Swift String).
      let length = max(2, sequenceLength(lead: byte))
      var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      var next = index + 1
      while next < min(index + length, count) {
        value = value << 6 | UInt32(input[next] & 0x3F)
        next += 1
      }
      appendFolded(scalar: value, original: UnsafeBufferPointer(rebasing: input[index..<next]), to: &output)
      index = next
    }
  }

  /// The folded form of one ASCII byte, or nil for a byte that folding removes (hyphen, apostrophe).
  ///
  /// ```swift
  /// TextFold.ascii(UInt8(ascii: "M"))   // UInt8(ascii: "m")
  /// ```
  public static func ascii(_ byte: UInt8) -> UInt8? {
    precondition(byte < 0x80, "not an ASCII byte")
    let folded = asciiTable[Int(byte)]
    return folded == 0 ? nil : folded
  }

  /// The number of bytes of the UTF-8 sequence that starts with `lead` (1 for a continuation byte).
  @inline(__always) public static func sequenceLength(lead: UInt8) -> Int {
    lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
  }

  // MARK: - Tables

  /// ASCII: capitals to lower case; 0 for the characters removed (hyphen, apostrophe).
  private static let asciiTable: [UInt8] = (0..<128).map { byte in
    switch UInt8(byte) {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) + 32
    case UInt8(ascii: "-"), UInt8(ascii: "'"): 0
    default: UInt8(byte)
    }
  }

  /// Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) and a few others: their folded spelling. A letter
  /// written with a combining mark folds like its precomposed form (the mark is removed), as the
  /// matcher's string comparison treats the two alike.
  private static let latinTable: [UInt32: [UInt8]] = {
    var table: [UInt32: [UInt8]] = [:]
    for value in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let lower = String(scalar).lowercased()
      let stripped = lower.applyingTransform(.stripDiacritics, reverse: false) ?? lower
      table[value] = Array(stripped.utf8)
    }
    table[0xD7] = [0xC3, 0x97]  // ×, ÷: not letters, kept as they are
    table[0xF7] = [0xC3, 0xB7]
    for (value, spelling) in [
      (0x132, "ij"), (0x133, "ij"), (0xFB00, "ff"), (0xFB01, "fi"), (0xFB02, "fl"), (0xFB03, "ffi"),
      (0xFB04, "ffl"), (0xFB05, "st"), (0xFB06, "st"),
    ] as [(UInt32, String)] {
      table[value] = Array(spelling.utf8)
    }
    return table
  }()

  /// Scalars removed: hyphens the tokenizer joins compounds over (U+2010, U+2011), apostrophes
  /// (U+2019, U+2018, U+02BC), the soft hyphen, zero-width characters, and combining marks.
  @inline(__always) private static func isRemoved(_ value: UInt32) -> Bool {
    switch value {
    case 0x2010, 0x2011, 0x2018, 0x2019, 0x02BC, 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: true
    case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
    default: false
    }
  }

  private static func appendFolded(scalar value: UInt32, original: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    if isRemoved(value) { return }
    if let spelling = latinTable[value] {
      output.append(contentsOf: spelling)
      return
    }
    // Any other letter: its lower case (Greek, Cyrillic, …), as the matcher's `lowercased()` gives it.
    guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else {
      output.append(contentsOf: original)
      return
    }
    output.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
  }
}
