// MARK: - TextBytes

/// Read access to the UTF-8 bytes of a decoded text, with the few scalar-level questions the
/// segmenter asks. Works on the contiguous bytes (ASCII fast paths) rather than on `Character`s,
/// which is about six times faster on large files (see SWIFT_NOTES).
///
/// Holds a pointer: use only inside the closure that lent it.
struct TextBytes {
  let buffer: UnsafeBufferPointer<UInt8>

  var count: Int { buffer.count }

  @inline(__always) subscript(_ i: Int) -> UInt8 { buffer[i] }

  /// The scalar starting at byte `i` and its length in bytes.
  func scalar(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let b0 = buffer[i]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    var value: UInt32
    var length: Int
    if b0 >= 0xF0 {
      value = UInt32(b0 & 0x07)
      length = 4
    } else if b0 >= 0xE0 {
      value = UInt32(b0 & 0x0F)
      length = 3
    } else {
      value = UInt32(b0 & 0x1F)
      length = 2
    }
    for k in 1..<length where i + k < buffer.count {
      value = value << 6 | UInt32(buffer[i + k] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// Start of the scalar that ends just before byte `i`.
  func scalarStart(before i: Int) -> Int {
    var k = i - 1
    while k > 0, buffer[k] & 0xC0 == 0x80 { k -= 1 }
    return k
  }

  /// The scalar that ends just before byte `i`.
  func scalar(before i: Int) -> Unicode.Scalar { scalar(at: scalarStart(before: i)).scalar }

  /// Space, tab or no-break space starting at `i`; returns its length, or 0.
  @inline(__always) func blankLength(at i: Int) -> Int {
    let b = buffer[i]
    if b == 0x20 || b == 0x09 || b == 0x0B { return 1 }
    if b == 0xC2, i + 1 < buffer.count, buffer[i + 1] == 0xA0 { return 2 }
    return 0
  }

  /// Whether the scalar ending before `i` is a space, tab or no-break space.
  @inline(__always) func isBlank(before i: Int) -> Bool {
    let b = buffer[i - 1]
    if b == 0x20 || b == 0x09 || b == 0x0B { return true }
    return b == 0xA0 && i >= 2 && buffer[i - 2] == 0xC2
  }

  /// The bytes of `range` as a string.
  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
  }

  /// Number of scalars in `range` (ASCII fast path).
  func scalarCount(_ range: Range<Int>) -> Int {
    var n = 0
    for i in range where buffer[i] & 0xC0 != 0x80 { n += 1 }
    return n
  }
}

// MARK: - Character classes

extension Unicode.Scalar {
  @inline(__always) var isLetterLike: Bool {
    if value < 0x80 {
      return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }
    return properties.isAlphabetic
  }

  @inline(__always) var isUpperLetter: Bool {
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    return properties.isUppercase
  }

  @inline(__always) var isLowerLetter: Bool {
    if value < 0x80 { return value >= 0x61 && value <= 0x7A }
    return properties.isLowercase
  }

  @inline(__always) var isDigitASCII: Bool { value >= 0x30 && value <= 0x39 }
}
