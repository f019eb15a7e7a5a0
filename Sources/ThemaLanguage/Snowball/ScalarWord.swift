// MARK: - Scalar words

/// Helpers for the Snowball stemmers, which work on a word as an array of Unicode scalars (the unit the
/// reference implementation counts in: "ë" is one position, like "e").
extension Array where Element == Unicode.Scalar {
  /// Whether the scalars of `literal` end exactly at `end`.
  ///
  /// ```swift
  /// Array("heden".unicodeScalars).spells("hed", endingAt: 3)  // true
  /// ```
  @inline(__always)
  func spells(_ literal: String, endingAt end: Int) -> Bool {
    var index = end
    for scalar in literal.unicodeScalars.reversed() {
      index -= 1
      if index < 0 || self[index] != scalar { return false }
    }
    return true
  }

  /// Whether the scalars of `literal` start exactly at `start`.
  @inline(__always)
  func spells(_ literal: String, startingAt start: Int) -> Bool {
    var index = start
    for scalar in literal.unicodeScalars {
      if index >= count || self[index] != scalar { return false }
      index += 1
    }
    return true
  }

  /// Replaces the scalars in `range` with those of `literal`.
  @inline(__always)
  mutating func replace(_ range: Range<Int>, with literal: String) {
    replaceSubrange(range, with: literal.unicodeScalars)
  }

  /// The word as a string.
  var string: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: self)
    return String(view)
  }
}
