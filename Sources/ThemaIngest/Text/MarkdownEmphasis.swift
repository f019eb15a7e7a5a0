// MARK: - MarkdownEmphasis

/// Finds the Markdown emphasis delimiters ("*", "**", "_", "__", "***") in one line, so the view can
/// leave them out while the map still points every remaining scalar at its original position.
///
/// A delimiter run opens when a non-blank follows it and closes when a non-blank precedes it; "_"
/// inside a word ("snake_case") is not a delimiter. Runs pair with the nearest open run of the same
/// character and length; unpaired runs ("5 * 3", "*Noot") stay text. Backslash escapes and code
/// spans are left alone. Pairing is per line: emphasis spanning a line break stays as written.
enum MarkdownEmphasis {
  /// Byte ranges of the paired delimiter runs in `range`, in order.
  static func delimiters(_ bytes: TextBytes, _ range: Range<Int>) -> [Range<Int>] {
    var openers: [(char: UInt8, range: Range<Int>)] = []
    var result: [Range<Int>] = []
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let c = bytes[i]
      if c == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      if c == UInt8(ascii: "`") {
        var j = i + 1
        while j < end, bytes[j] != UInt8(ascii: "`") { j += 1 }
        i = j + 1
        continue
      }
      guard c == UInt8(ascii: "*") || c == UInt8(ascii: "_") else {
        i += 1
        continue
      }
      var j = i
      while j < end, bytes[j] == c { j += 1 }
      defer { i = j }
      guard j - i <= 3 else { continue }
      let prevBlank = i == range.lowerBound || bytes.isBlank(before: i)
      let nextBlank = j == end || bytes.blankLength(at: j) > 0
      var canOpen = !nextBlank
      var canClose = !prevBlank
      if c == UInt8(ascii: "_") {
        let prevWord = i > range.lowerBound && isWordByte(bytes[i - 1])
        let nextWord = j < end && isWordByte(bytes[j])
        canOpen = canOpen && !prevWord
        canClose = canClose && !nextWord
      }
      if canClose,
        let k = openers.lastIndex(where: { $0.char == c && $0.range.count == j - i })
      {
        result.append(openers[k].range)
        result.append(i..<j)
        openers.removeSubrange(k...)
      } else if canOpen {
        openers.append((c, i..<j))
      }
    }
    return result.sorted { $0.lowerBound < $1.lowerBound }
  }

  @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
  }
}
