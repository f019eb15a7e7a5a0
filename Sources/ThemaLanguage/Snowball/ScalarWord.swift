// MARK: - Scalar words

/// Helpers for the Snowball stemmers, which work on a word as an array of Unicode scalars: the unit the
/// reference implementation counts in ("ë" is one position, like "e"). Literals are `StaticString`s of
/// ASCII letters, compared byte by byte without decoding; the few non-ASCII replacements are passed
/// as scalar arrays.
extension Array where Element == Unicode.Scalar {
  // MARK: Conversion

  /// The scalars of `word`, with a fast path for ASCII words (most words of a Dutch text).
  init(scalarsOf word: String) {
    var word = word
    let ascii: [Unicode.Scalar]? = word.withUTF8 { bytes in
      var isASCII = true
      for byte in bytes where byte >= 0x80 {
        isASCII = false
        break
      }
      guard isASCII else { return nil }
      return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        for index in bytes.indices { buffer[index] = Unicode.Scalar(bytes[index]) }
        count = bytes.count
      }
    }
    self = ascii ?? Array(word.unicodeScalars)
  }

  /// The word as a string (encoded to UTF-8 directly, without going through `Character`s).
  var string: String {
    String(unsafeUninitializedCapacity: count * 4) { buffer in
      var length = 0
      for scalar in self {
        for byte in UTF8.encode(scalar)! {
          buffer[length] = byte
          length += 1
        }
      }
      return length
    }
  }

  // MARK: Matching literals

  /// Whether the ASCII `literal` ends exactly at `end`.
  ///
  /// ```swift
  /// Array(scalarsOf: "heden").spells("hed", endingAt: 3)  // true
  /// ```
  @inline(__always)
  func spells(_ literal: StaticString, endingAt end: Int) -> Bool {
    let length = literal.utf8CodeUnitCount
    guard length <= end, end <= count else { return false }
    let bytes = literal.utf8Start
    for offset in 0..<length where self[end - length + offset].value != UInt32(bytes[offset]) {
      return false
    }
    return true
  }

  /// Whether the ASCII `literal` starts exactly at `start`.
  @inline(__always)
  func spells(_ literal: StaticString, startingAt start: Int) -> Bool {
    let length = literal.utf8CodeUnitCount
    guard start >= 0, start + length <= count else { return false }
    let bytes = literal.utf8Start
    for offset in 0..<length where self[start + offset].value != UInt32(bytes[offset]) {
      return false
    }
    return true
  }

  // MARK: Editing

  /// Replaces the scalars in `range` with the ASCII `literal`.
  @inline(__always)
  mutating func replace(_ range: Range<Int>, with literal: StaticString) {
    let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    replaceSubrange(range, with: bytes.lazy.map { Unicode.Scalar($0) })
  }
}
