// MARK: - ListMarker

/// Recognises the marker of a list item at the start of a line's content: bullet glyphs as Word,
/// PDF-to-text and Markdown write them ("•", "◦", "▪", "", "", "", "-", "–", "*", "+", and "o⇥",
/// "§⇥", "Ø⇥" from Word's text export) and
/// enumerators ("1.", "2)", "a)", "iv)", "(3)", "(b)", "1.⇥"; not a word in brackets such as "(leeg)").
///
/// A marker must be followed by a blank, except for the round and private-use bullet glyphs, which
/// Word sometimes glues to the text. "-12-" or "1.5 uur" are not markers.
enum ListMarker {
  /// The marker at `start` in `bytes[start..<end]`: where it ends and where the item's text starts
  /// (`textStart == end` for a bullet alone on its line).
  static func match(_ bytes: TextBytes, start: Int, end: Int) -> (markerEnd: Int, textStart: Int)? {
    guard start < end else { return nil }
    let b0 = bytes[start]
    var markerEnd: Int
    var blankRequired = true
    switch b0 {
    case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
      markerEnd = start + 1
    case UInt8(ascii: "o"):
      // Word's second-level bullet, exported as "o" and a tab.
      guard start + 1 < end, bytes[start + 1] == 0x09 else { return nil }
      markerEnd = start + 1
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      var k = start
      while k < end, k - start < 4, (0x30...0x39).contains(bytes[k]) { k += 1 }
      guard k - start <= 3, k < end, bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: ")")
      else { return nil }
      markerEnd = k + 1
    case UInt8(ascii: "("):
      var k = start + 1
      while k < end, k - start <= 4, isAlnumASCII(bytes[k]) { k += 1 }
      guard k > start + 1, k < end, bytes[k] == UInt8(ascii: ")") else { return nil }
      // "(3)", "(12)", "(a)", "(iv)"; a word in brackets ("(leeg)", "(pauze)") is text.
      let inside = (start + 1)..<k
      guard inside.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) || inside.count == 1
        || inside.allSatisfy({ isRoman(bytes[$0]) })
      else { return nil }
      markerEnd = k + 1
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
      var k = start
      while k < end, k - start < 5, isLetterASCII(bytes[k]) { k += 1 }
      guard k < end else { return nil }
      let letters = k - start
      let closer = bytes[k]
      if letters == 1 {
        // "a)" and "b." (lower case only for the dot: "U. de Vries" is a name).
        guard closer == UInt8(ascii: ")") || (closer == UInt8(ascii: ".") && b0 >= 0x61) else {
          return nil
        }
      } else {
        // Roman numerals "ii)", "iv)".
        guard closer == UInt8(ascii: ")"), (start..<k).allSatisfy({ isRoman(bytes[$0]) }) else {
          return nil
        }
      }
      markerEnd = k + 1
    default:
      guard b0 >= 0x80 else { return nil }
      let (scalar, length) = bytes.scalar(at: start)
      switch scalar.value {
      case 0x2022, 0x25CF, 0xF020...0xF0FF:  // •, ●, Symbol/Wingdings private-use glyphs
        blankRequired = false
      case 0x00A7, 0x00D8:
        // "§" and "Ø": Wingdings bullets as Word writes them in a Windows-1252 text export; only
        // with a tab after them ("§ 2" is a section sign).
        guard start + length < end, bytes[start + length] == 0x09 else { return nil }
      case 0x25E6, 0x25AA, 0x25AB, 0x25A0, 0x25A1, 0x25CB, 0x25C6, 0x25C7, 0x25BA, 0x25B6,
        0x27A2, 0x27A4, 0x2713, 0x2714, 0x00B7, 0x2023, 0x2043, 0x2013, 0x2014, 0x2219:
        break
      default:
        return nil
      }
      markerEnd = start + length
    }
    var textStart = markerEnd
    while textStart < end {
      let n = bytes.blankLength(at: textStart)
      if n == 0 { break }
      textStart += n
    }
    if textStart == markerEnd, markerEnd < end, blankRequired { return nil }
    if textStart == end {
      // A marker alone on its line: only glyph bullets and enumerators, not "-" or "*" rules.
      if b0 == UInt8(ascii: "-") || b0 == UInt8(ascii: "*") || b0 == UInt8(ascii: "+") {
        return nil
      }
      if isLetterASCII(b0) { return nil }
    }
    return (markerEnd, textStart)
  }

  @inline(__always) static func isLetterASCII(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }

  @inline(__always) static func isAlnumASCII(_ b: UInt8) -> Bool {
    isLetterASCII(b) || (b >= 0x30 && b <= 0x39)
  }

  @inline(__always) static func isRoman(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "i") || b == UInt8(ascii: "v") || b == UInt8(ascii: "x")
  }
}
