import ThemaXML

/// Builds one segment's analysis text from located XML text, keeping the map back to the original.
///
/// With `collapsesWhitespace` (TEI, Transcriber, generic XML) every run of whitespace becomes one space
/// that maps to the whole run, and leading and trailing whitespace is dropped; without it (Word's `w:t`,
/// where spaces are content) text is copied as it is. Characters a reader adds for markup (a tab for
/// `<w:tab/>`, a space for `<pause/>`) map to an empty original range at the current position.
///
/// ```swift
/// var builder = SegmentTextBuilder(collapsesWhitespace: true)
/// builder.append(text)            // an XMLText from ThemaXML
/// let built = builder.build()     // text, OffsetMap, scalar and byte ranges
/// ```
struct SegmentTextBuilder {
  /// The finished text of a segment with its map and original ranges.
  struct Built {
    var text: String
    var map: OffsetMap
    var start: Int
    var end: Int
    var byteStart: Int
    var byteEnd: Int
    /// Whether some of the text had no known original position.
    var hasUnlocatedText: Bool
  }

  let collapsesWhitespace: Bool
  private var scalars = String.UnicodeScalarView()
  private var map = OffsetMap()
  private var pendingSpace: (scalars: Range<Int>, bytes: Range<Int>)?
  /// Original positions after the last located character (for markup-made characters).
  private var lastScalar = 0
  private var lastByte = 0
  private var byteStart = Int.max
  private var byteEnd = Int.min
  private var scalarStart = Int.max
  private var scalarEnd = Int.min
  private(set) var hasUnlocatedText = false

  init(collapsesWhitespace: Bool, position: (scalar: Int, byte: Int)? = nil) {
    self.collapsesWhitespace = collapsesWhitespace
    if let position {
      lastScalar = position.scalar
      lastByte = position.byte
    }
  }

  /// Whether no text has been added yet (pending whitespace does not count).
  var isEmpty: Bool { scalars.isEmpty }

  /// The number of scalars of text so far.
  var count: Int { map.viewLength }

  // MARK: - Appending

  /// Appends a text node's content with its original positions.
  mutating func append(_ text: XMLText) {
    guard !text.text.isEmpty else { return }
    guard text.isLocated else {
      hasUnlocatedText = true
      appendSynthetic(text.text)
      return
    }
    var iterator = text.text.unicodeScalars.makeIterator()
    for piece in text.pieces {
      if piece.isVerbatim {
        var scalar = piece.scalarStart
        var byte = piece.byteStart
        // One byte per scalar for ASCII and ISO-8859-1 originals, else the scalar's UTF-8 width.
        let singleBytes = piece.byteLength == piece.scalarLength
        for _ in 0..<piece.textLength {
          guard let s = iterator.next() else { break }
          let width = singleBytes ? 1 : UTF8.width(s)
          add(s, scalars: scalar..<(scalar + 1), bytes: byte..<(byte + width), verbatim: true)
          scalar += 1
          byte += width
        }
      } else {
        for _ in 0..<piece.textLength {
          guard let s = iterator.next() else { break }
          add(
            s, scalars: piece.scalarStart..<(piece.scalarStart + piece.scalarLength),
            bytes: piece.byteStart..<(piece.byteStart + piece.byteLength), verbatim: false)
        }
      }
    }
  }

  /// Appends characters that stand for markup (not for original text): they map to an empty range at
  /// the current original position.
  mutating func appendSynthetic(_ string: String) {
    for s in string.unicodeScalars {
      add(s, scalars: lastScalar..<lastScalar, bytes: lastByte..<lastByte, verbatim: false)
    }
  }

  /// Marks a word boundary (an element such as `<pause/>` between two words): becomes one space
  /// when more text follows and no whitespace is pending.
  mutating func wordBreak() {
    guard collapsesWhitespace, !scalars.isEmpty, pendingSpace == nil else { return }
    pendingSpace = (lastScalar..<lastScalar, lastByte..<lastByte)
  }

  private mutating func add(_ s: Unicode.Scalar, scalars original: Range<Int>, bytes: Range<Int>, verbatim: Bool) {
    if collapsesWhitespace, s.properties.isWhitespace {
      if scalars.isEmpty { return }  // leading whitespace
      if let pending = pendingSpace {
        pendingSpace = (
          min(pending.scalars.lowerBound, original.lowerBound)..<max(pending.scalars.upperBound, original.upperBound),
          min(pending.bytes.lowerBound, bytes.lowerBound)..<max(pending.bytes.upperBound, bytes.upperBound)
        )
      } else {
        pendingSpace = (original, bytes)
      }
      note(original, bytes)
      return
    }
    if let pending = pendingSpace {
      scalars.append(" ")
      map.appendReplacement(viewLength: 1, original: pending.scalars)
      pendingSpace = nil
      widen(pending.scalars, pending.bytes)
    }
    scalars.append(s)
    if verbatim {
      map.appendVerbatim(originalStart: original.lowerBound, length: 1)
    } else {
      map.appendReplacement(viewLength: 1, original: original)
    }
    widen(original, bytes)
    note(original, bytes)
  }

  private mutating func note(_ original: Range<Int>, _ bytes: Range<Int>) {
    lastScalar = original.upperBound
    lastByte = bytes.upperBound
  }

  private mutating func widen(_ original: Range<Int>, _ bytes: Range<Int>) {
    scalarStart = min(scalarStart, original.lowerBound)
    scalarEnd = max(scalarEnd, original.upperBound)
    byteStart = min(byteStart, bytes.lowerBound)
    byteEnd = max(byteEnd, bytes.upperBound)
  }

  // MARK: - Result

  /// The text built so far, without trailing whitespace; `nil` when there is no text.
  func build() -> Built? {
    guard !scalars.isEmpty else { return nil }
    return Built(
      text: String(scalars), map: map, start: scalarStart, end: scalarEnd, byteStart: byteStart,
      byteEnd: byteEnd, hasUnlocatedText: hasUnlocatedText)
  }

  /// Builds a segment of `kind` from the text so far; `nil` when there is none.
  func segment(
    kind: Segment.Kind, headingPath: [String] = [], part: String? = nil
  ) -> (Segment, unlocated: Bool)? {
    guard let built = build() else { return nil }
    let segment = Segment(
      kind: kind, headingPath: headingPath, text: built.text, start: built.start, end: built.end,
      byteStart: built.byteStart, byteEnd: built.byteEnd, map: built.map, part: part)
    return (segment, built.hasUnlocatedText)
  }
}
