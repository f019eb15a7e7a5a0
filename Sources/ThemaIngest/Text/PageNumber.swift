// MARK: - PageNumber

/// Recognises a line that is only a page number, as PDF-to-text exports leave them:
/// "12", "- 12 -", "– 12 –", "Pagina 3 van 9", "pagina 3", "Page 3 of 9", "blz. 4", "p. 4", "3/9",
/// "3 / 9", "3 van 9".
///
/// Not page numbers: "12 deelnemers", "2019" (a bare number has at most three digits),
/// "Pagina's die we lazen", "1.", "3/9 deelnemers".
///
/// ```swift
/// PageNumber.matches(Array("- 12 -".utf8)[...])   // true
/// ```
enum PageNumber {
  /// Whether the trimmed line content `line` is a page number.
  static func matches<C: RandomAccessCollection<UInt8>>(_ line: C) -> Bool where C.Index == Int {
    var p = Parser(bytes: line)
    // "- 12 -" and "– 12 –" (also "—").
    if p.dash() {
      p.blanks()
      guard p.number(maxDigits: 4) else { return false }
      p.blanks()
      guard p.dash() else { return false }
      p.blanks()
      return p.atEnd
    }
    // "Pagina 3 (van 9)", "Page 3 (of 9)", "blz. 3", "p. 3", "bladzijde 3".
    if p.word(["pagina", "page", "blz.", "blz", "bladzijde", "p.", "pag."]) {
      p.blanks()
      guard p.number(maxDigits: 4) else { return false }
      p.blanks()
      if p.atEnd { return true }
      guard p.word(["van", "of", "/"]) else { return false }
      p.blanks()
      guard p.number(maxDigits: 4) else { return false }
      p.blanks()
      return p.atEnd
    }
    // "12", "3/9", "3 van 9".
    let digitsStart = p.position
    guard p.number(maxDigits: 4) else { return false }
    let digits = p.position - digitsStart
    p.blanks()
    if p.atEnd { return digits <= 3 }
    guard p.word(["/", "van", "of"]) else { return false }
    p.blanks()
    guard p.number(maxDigits: 4) else { return false }
    p.blanks()
    return p.atEnd
  }

  private struct Parser<C: RandomAccessCollection<UInt8>> where C.Index == Int {
    let bytes: C
    var position: Int

    init(bytes: C) {
      self.bytes = bytes
      position = bytes.startIndex
    }

    var atEnd: Bool { position >= bytes.endIndex }

    mutating func blanks() {
      while position < bytes.endIndex, bytes[position] == 0x20 || bytes[position] == 0x09 {
        position += 1
      }
    }

    mutating func number(maxDigits: Int) -> Bool {
      let start = position
      while position < bytes.endIndex, (0x30...0x39).contains(bytes[position]) { position += 1 }
      let n = position - start
      if n == 0 || n > maxDigits {
        position = start
        return false
      }
      return true
    }

    /// "-", "–" (E2 80 93) or "—" (E2 80 94).
    mutating func dash() -> Bool {
      if position < bytes.endIndex, bytes[position] == 0x2D {
        position += 1
        return true
      }
      if position + 3 <= bytes.endIndex,
        bytes[position] == 0xE2, bytes[position + 1] == 0x80,
        bytes[position + 2] == 0x93 || bytes[position + 2] == 0x94
      {
        position += 3
        return true
      }
      return false
    }

    /// One of `words` (ASCII, compared case-insensitively), followed by a blank, a digit or the end.
    mutating func word(_ words: [String]) -> Bool {
      for w in words {
        let utf8 = Array(w.utf8)
        guard position + utf8.count <= bytes.endIndex else { continue }
        var ok = true
        for (k, c) in utf8.enumerated() {
          var b = bytes[position + k]
          if b >= 0x41 && b <= 0x5A { b += 0x20 }
          if b != c {
            ok = false
            break
          }
        }
        guard ok else { continue }
        let after = position + utf8.count
        if after < bytes.endIndex {
          let b = bytes[after]
          let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
          if isLetter || b == 0x27 { continue }
        }
        position = after
        return true
      }
      return false
    }
  }
}
