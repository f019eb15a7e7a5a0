/// Counts words for densities: a word is a maximal run of letters and digits (apostrophes and hyphens
/// inside a word keep it together, so "auto's" and "praktijk-gericht" are one word each).
///
/// Written by hand over the UTF-8 bytes with an ASCII fast path (see SWIFT_NOTES: splitting on
/// `Character`s is 25× slower); non-ASCII scalars are looked up in the Unicode properties.
///
/// ```swift
/// WordCounter.count("Het team – met 12 collega's – innoveert.")   // 6
/// ```
public enum WordCounter {
  /// For each ASCII byte: 1 for a letter or digit, 2 for a joiner (apostrophe, hyphen), 0 otherwise.
  static let asciiClass: [UInt8] = (0..<128).map { byte -> UInt8 in
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: 1
    case 0x27, 0x2D: 2
    default: 0
    }
  }

  public static func count(_ text: String) -> Int {
    var text = text
    return asciiClass.withUnsafeBufferPointer { classes in text.withUTF8 { bytes in
      var words = 0
      var inWord = false
      var index = 0
      let n = bytes.count
      while index < n {
        let byte = bytes[index]
        var isWordScalar: Bool
        var width = 1
        if byte < 0x80 {
          let kind = classes[Int(byte)]
          isWordScalar = kind == 1
          // An apostrophe or hyphen between word characters joins them.
          if kind == 2 && inWord && index + 1 < n {
            let next = bytes[index + 1]
            isWordScalar = next >= 0xC0 || (next < 0x80 && classes[Int(next)] == 1)
          }
        } else {
          var value: UInt32
          if byte >= 0xF0 {
            width = 4
            value = UInt32(byte & 0x07)
          } else if byte >= 0xE0 {
            width = 3
            value = UInt32(byte & 0x0F)
          } else {
            width = 2
            value = UInt32(byte & 0x1F)
          }
          for k in 1..<width where index + k < n {
            value = value << 6 | UInt32(bytes[index + k] & 0x3F)
          }
          if let scalar = Unicode.Scalar(value) {
            isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
              || scalar == "\u{2019}" && inWord
          } else {
            isWordScalar = false
          }
        }
        if isWordScalar && !inWord { words += 1 }
        inWord = isWordScalar
        index += width
      }
      return words
    } }
  }
}
