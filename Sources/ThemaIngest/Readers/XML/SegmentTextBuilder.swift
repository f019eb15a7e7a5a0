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
  /// The text so far, as UTF-8 (turned into a `String` once, at the end, with an exact allocation).
  private var utf8: [UInt8] = []
  private var map = OffsetMap()
  /// A verbatim stretch not yet added to `map` (batched: one run per stretch, not per character).
  private var verbatim: (start: Int, length: Int)?
  private var pendingSpace: (scalars: Range<Int>, bytes: Range<Int>)?
  /// Original positions after the last located character (for markup-made characters).
  private var lastScalar = 0
  private var lastByte = 0
  private var byteStart = Int.max
  private var byteEnd = Int.min
  private var scalarStart = Int.max
  private var scalarEnd = Int.min
  private var scalarCount = 0
  private(set) var hasUnlocatedText = false

  init(collapsesWhitespace: Bool, position: (scalar: Int, byte: Int)? = nil) {
    self.collapsesWhitespace = collapsesWhitespace
    if let position {
      lastScalar = position.scalar
      lastByte = position.byte
    }
  }

  /// Whether no text has been added yet (pending whitespace does not count).
  var isEmpty: Bool { scalarCount == 0 }

  /// The number of scalars of text so far.
  var count: Int { scalarCount }

  // MARK: - Appending

  /// Appends a text node's content with its original positions. Works on the UTF-8 bytes with an
  /// ASCII fast path (Unicode properties are looked up only for non-ASCII scalars).
  mutating func append(_ text: XMLText) {
    guard !text.text.isEmpty else { return }
    guard text.isLocated else {
      hasUnlocatedText = true
      appendSynthetic(text.text)
      return
    }
    var string = text.text
    // Room for a typical turn at once: fewer reallocations, less heap fragmentation on large files.
    if utf8.capacity == 0 { utf8.reserveCapacity(max(512, string.utf8.count)) }
    string.withUTF8 { buffer in
      var i = 0
      for piece in text.pieces {
        // One original byte per scalar for ASCII and ISO-8859-1 originals, else the scalar's UTF-8 width.
        let singleBytes = piece.byteLength == piece.scalarLength
        var scalar = piece.scalarStart
        var byte = piece.byteStart
        for _ in 0..<piece.textLength {
          guard i < buffer.count else { return }
          let lead = buffer[i]
          let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
          let bytes = UnsafeBufferPointer(rebasing: buffer[i..<min(i + width, buffer.count)])
          let isSpace = collapsesWhitespace && Self.isWhitespace(bytes)
          if piece.isVerbatim {
            let originalWidth = singleBytes ? 1 : width
            add(bytes, isSpace: isSpace, scalars: scalar..<(scalar + 1), bytes: byte..<(byte + originalWidth), verbatim: true)
            scalar += 1
            byte += originalWidth
          } else {
            add(
              bytes, isSpace: isSpace, scalars: piece.scalarStart..<(piece.scalarStart + piece.scalarLength),
              bytes: piece.byteStart..<(piece.byteStart + piece.byteLength), verbatim: false)
          }
          i += width
        }
      }
    }
  }

  /// Whether the UTF-8 scalar in `bytes` is whitespace.
  @inline(__always) private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let lead = bytes[0]
    if lead < 0x80 { return lead == 0x20 || lead == 0x0A || lead == 0x09 || lead == 0x0D || lead == 0x0C || lead == 0x0B }
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
    return scalar.properties.isWhitespace
  }

  /// Appends characters that stand for markup (not for original text): they map to an empty range at
  /// the current original position.
  mutating func appendSynthetic(_ string: String) {
    var copy = string
    copy.withUTF8 { buffer in
      var i = 0
      while i < buffer.count {
        let lead = buffer[i]
        let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let bytes = UnsafeBufferPointer(rebasing: buffer[i..<min(i + width, buffer.count)])
        add(
          bytes, isSpace: collapsesWhitespace && Self.isWhitespace(bytes), scalars: lastScalar..<lastScalar,
          bytes: lastByte..<lastByte, verbatim: false)
        i += width
      }
    }
  }

  /// Marks a word boundary (an element such as `<pause/>` between two words): becomes one space
  /// when more text follows and no whitespace is pending.
  mutating func wordBreak() {
    guard collapsesWhitespace, scalarCount > 0, pendingSpace == nil else { return }
    pendingSpace = (lastScalar..<lastScalar, lastByte..<lastByte)
  }

  private mutating func add(
    _ scalarBytes: UnsafeBufferPointer<UInt8>, isSpace: Bool, scalars original: Range<Int>, bytes: Range<Int>,
    verbatim isVerbatim: Bool
  ) {
    if isSpace {
      if scalarCount == 0 { return }  // leading whitespace
      if let pending = pendingSpace {
        pendingSpace = (
          min(pending.scalars.lowerBound, original.lowerBound)..<max(pending.scalars.upperBound, original.upperBound),
          min(pending.bytes.lowerBound, bytes.lowerBound)..<max(pending.bytes.upperBound, bytes.upperBound)
        )
      } else {
        pendingSpace = (original, bytes)
      }
      lastScalar = original.upperBound
      lastByte = bytes.upperBound
      return
    }
    if let pending = pendingSpace {
      utf8.append(0x20)
      scalarCount += 1
      // One whitespace character becoming one space maps one to one: keep the stretch verbatim.
      if pending.scalars.count == 1 {
        addVerbatim(pending.scalars.lowerBound)
      } else {
        flushVerbatim()
        map.appendReplacement(viewLength: 1, original: pending.scalars)
      }
      pendingSpace = nil
      widen(pending.scalars, pending.bytes)
    }
    if scalarBytes.count == 1 {
      utf8.append(scalarBytes[0])
    } else {
      for byte in scalarBytes { utf8.append(byte) }
    }
    scalarCount += 1
    if isVerbatim {
      addVerbatim(original.lowerBound)
    } else {
      flushVerbatim()
      map.appendReplacement(viewLength: 1, original: original)
    }
    widen(original, bytes)
    lastScalar = original.upperBound
    lastByte = bytes.upperBound
  }

  @inline(__always) private mutating func addVerbatim(_ originalStart: Int) {
    if let stretch = verbatim, stretch.start + stretch.length == originalStart {
      verbatim = (stretch.start, stretch.length + 1)
    } else {
      flushVerbatim()
      verbatim = (originalStart, 1)
    }
  }

  private mutating func flushVerbatim() {
    guard let stretch = verbatim else { return }
    map.appendVerbatim(originalStart: stretch.start, length: stretch.length)
    verbatim = nil
  }

  @inline(__always) private mutating func widen(_ original: Range<Int>, _ bytes: Range<Int>) {
    scalarStart = min(scalarStart, original.lowerBound)
    scalarEnd = max(scalarEnd, original.upperBound)
    byteStart = min(byteStart, bytes.lowerBound)
    byteEnd = max(byteEnd, bytes.upperBound)
  }

  // MARK: - Result

  /// The text built so far, without trailing whitespace; `nil` when there is no text.
  func build() -> Built? {
    guard scalarCount > 0 else { return nil }
    var map = map
    if let stretch = verbatim { map.appendVerbatim(originalStart: stretch.start, length: stretch.length) }
    // Copy the runs into an exactly sized array: growth slack would otherwise stay with every segment.
    let runs = map.runs.withUnsafeBufferPointer { Array($0) }
    return Built(
      text: String(decoding: utf8, as: UTF8.self), map: OffsetMap(runs: runs), start: scalarStart, end: scalarEnd,
      byteStart: byteStart, byteEnd: byteEnd, hasUnlocatedText: hasUnlocatedText)
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
