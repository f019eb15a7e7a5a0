/// Finds each text node libxml2 reports in the original bytes, in document order.
///
/// libxml2 records only line numbers for nodes (`xmlGetLineNo`), and `xmlByteConsumed` /
/// `xmlTextReaderByteConsumed` tell how far the parser has read its buffered input, not where a text node
/// began. So we locate text by scanning the original bytes ourselves, *after* libxml2 has established
/// that the file is well-formed: the scanner only needs to step over markup (tags with quoted attribute
/// values, comments, processing instructions, the DOCTYPE with its internal subset) and decode character
/// data (character and predefined entity references, CRLF/CR → LF), comparing the decoded bytes with the
/// node's content as it goes. The comparison makes the result trustworthy: a text node is located only
/// when its content matches the original at the cursor; whitespace-only stretches libxml2 did not report
/// are stepped over; on any other mismatch the cursor gives up (``isLost``) and later nodes get no
/// positions rather than wrong ones, so a reader can warn. Handwritten because no library exposes
/// text-node offsets.
///
/// Offsets count the bytes of the file and the Unicode scalars of its UTF-8 decoding (a byte order mark
/// is counted in bytes but not as a scalar), or of ISO-8859-1 when the file declares it (Transcriber
/// writes it). Files in another encoding are not located.
///
/// The cursor can also work through a sliding window of a file that arrives in chunks
/// (``XMLStreamReader/Session``): ``attach(_:)`` hands it the bytes from ``base`` on, ``discard(_:)``
/// lets the window drop bytes the cursor has passed. Offsets stay global (counted from the file's first
/// byte), whatever the window.
struct XMLSourceCursor {
  /// The bytes the cursor reads: the whole file, or the window of it that starts at ``base``.
  private var bytes: UnsafeRawBufferPointer
  /// Global byte offset of `bytes[0]` (0 unless a window dropped bytes before it).
  private(set) var base = 0
  /// Position in `bytes` (a window index; `base + pos` is the global offset).
  private var pos: Int
  private var scalar: Int
  private var inCDATA = false
  /// ISO-8859-1: every byte is one scalar (U+0000–U+00FF), which libxml2 reports in UTF-8.
  private let isLatin1: Bool
  /// Whether the cursor lost its way (or the file is not UTF-8); later text gets no positions.
  private(set) var isLost: Bool

  init(bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    pos = hasBOM ? 3 : 0
    scalar = 0
    let encoding = Self.declaredEncoding(bytes)
    isLatin1 = encoding == "iso-8859-1" || encoding == "latin1" || encoding == "iso_8859-1" || encoding == "latin-1"
    isLost = !(isLatin1 || encoding == nil || encoding == "utf-8" || encoding == "utf8" || encoding == "us-ascii" || encoding == "ascii")
  }

  // MARK: - Sliding window

  /// The global byte offset the cursor has reached: bytes before it are never read again.
  var offset: Int { base + pos }

  /// Reads from `window` from now on: the same bytes as before from ``base`` on, possibly more at the
  /// end, at a possibly different address.
  mutating func attach(_ window: UnsafeRawBufferPointer) { bytes = window }

  /// Forgets the bytes the cursor holds (their memory may be freed or moved).
  mutating func detach() { bytes = UnsafeRawBufferPointer(start: nil, count: 0) }

  /// The window dropped its first `count` bytes (all before ``offset``, or any when the cursor is lost).
  mutating func discard(_ count: Int) {
    precondition(isLost || count <= pos, "the window dropped bytes the cursor still needs")
    pos = max(0, pos - count)
    base += count
  }

  /// The encoding the XML declaration names (lower-cased), `nil` when it names none, "utf-16" for a
  /// UTF-16 byte order mark or zero bytes.
  static func declaredEncoding(_ bytes: UnsafeRawBufferPointer) -> String? {
    if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
      return "utf-16"
    }
    if bytes.count >= 2, bytes[0] == 0 || bytes[1] == 0 { return "utf-16" }
    let head = String(decoding: bytes.prefix(200), as: UTF8.self)
    guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"),
      let declEnd = head.range(of: "?>"),
      let enc = head[..<declEnd.lowerBound].range(of: "encoding")
    else { return nil }
    let rest = head[enc.upperBound..<declEnd.lowerBound].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return rest.dropFirst().prefix { $0 != quote }.lowercased()
  }

  // MARK: - Matching

  /// Locates the next text (or CDATA) node whose decoded content is `node`; `nil` when it cannot.
  mutating func match(_ node: UnsafeBufferPointer<UInt8>, isCDATA: Bool) -> [XMLSourcePiece]? {
    guard !isLost else { return nil }
    if node.isEmpty { return [] }
    while true {
      if !inCDATA { skipMarkup(wantCDATA: isCDATA) }
      guard pos < bytes.count else { isLost = true; return nil }
      let savedPos = pos
      let savedScalar = scalar
      let savedCDATA = inCDATA
      if let pieces = consume(node) { return pieces }
      pos = savedPos
      scalar = savedScalar
      inCDATA = savedCDATA
      // libxml2 may not report a whitespace-only stretch (outside the root, say): step over it.
      if !inCDATA, skipWhitespaceRun() { continue }
      isLost = true
      return nil
    }
  }

  /// Consumes `node` from the current position, returning its pieces, or `nil` on a mismatch.
  private mutating func consume(_ node: UnsafeBufferPointer<UInt8>) -> [XMLSourcePiece]? {
    var pieces: [XMLSourcePiece] = []
    var i = 0
    var verbatimStart = -1  // byte where the current verbatim stretch began
    var verbatimScalarStart = 0
    func flush(_ end: Int, _ endScalar: Int) {
      if verbatimStart >= 0, end > verbatimStart {
        let n = endScalar - verbatimScalarStart
        pieces.append(
          XMLSourcePiece(
            textLength: n, scalarStart: verbatimScalarStart, scalarLength: n, byteStart: base + verbatimStart,
            byteLength: end - verbatimStart, isVerbatim: true))
      }
      verbatimStart = -1
    }
    while i < node.count {
      guard pos < bytes.count else { return nil }
      let b = bytes[pos]
      if inCDATA {
        if b == UInt8(ascii: "]"), startsWith("]]>") {
          // libxml2 joins adjacent CDATA sections into one node: step over "]]><![CDATA[".
          guard startsWith("]]><![CDATA[") else { return nil }
          flush(pos, scalar)
          advance(by: 12)
          continue
        }
      } else if b == UInt8(ascii: "<") {
        return nil
      } else if b == UInt8(ascii: "&") {
        guard let (decoded, length) = reference(at: pos), decoded.count <= node.count - i,
          decoded.elementsEqual(node[i..<(i + decoded.count)])
        else { return nil }
        flush(pos, scalar)
        pieces.append(
          XMLSourcePiece(
            textLength: 1, scalarStart: scalar, scalarLength: length, byteStart: base + pos, byteLength: length, isVerbatim: false))
        pos += length
        scalar += length  // a reference is ASCII
        i += decoded.count
        continue
      }
      // libxml2 normalises line ends to "\n", except (in streaming mode) inside CDATA sections.
      if b == 0x0D, node[i] != 0x0D {
        guard node[i] == 0x0A else { return nil }
        let length = pos + 1 < bytes.count && bytes[pos + 1] == 0x0A ? 2 : 1
        flush(pos, scalar)
        pieces.append(
          XMLSourcePiece(
            textLength: 1, scalarStart: scalar, scalarLength: length, byteStart: base + pos, byteLength: length, isVerbatim: false))
        pos += length
        scalar += length
        i += 1
        continue
      }
      if isLatin1, b >= 0x80 {
        guard i + 1 < node.count, node[i] == 0xC0 | (b >> 6), node[i + 1] == 0x80 | (b & 0x3F) else { return nil }
      } else {
        guard b == node[i] else { return nil }
      }
      if verbatimStart < 0 {
        verbatimStart = pos
        verbatimScalarStart = scalar
      }
      if isLatin1 || b & 0xC0 != 0x80 { scalar += 1 }
      i += isLatin1 && b >= 0x80 ? 2 : 1
      pos += 1
    }
    flush(pos, scalar)
    if inCDATA, startsWith("]]>") {
      advance(by: 3)
      inCDATA = false
    }
    return pieces
  }

  /// The decoded UTF-8 bytes and the length of a character or predefined entity reference at `at`;
  /// `nil` for any other entity reference (libxml2 reports those as separate nodes, never expanded).
  private func reference(at start: Int) -> ([UInt8], Int)? {
    var end = start + 1
    while end < bytes.count, end - start < 16, bytes[end] != UInt8(ascii: ";") { end += 1 }
    guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
    let body = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
    let length = end - start + 1
    let value: Unicode.Scalar?
    switch body {
    case "lt": value = "<"
    case "gt": value = ">"
    case "amp": value = "&"
    case "apos": value = "'"
    case "quot": value = "\""
    default:
      if body.hasPrefix("#x") || body.hasPrefix("#X") {
        value = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
      } else if body.hasPrefix("#") {
        value = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
      } else {
        value = nil
      }
    }
    guard let value else { return nil }
    return (Array(String(Character(value)).utf8), length)
  }

  // MARK: - Stepping over markup

  private func startsWith(_ literal: StaticString) -> Bool {
    let n = literal.utf8CodeUnitCount
    guard pos + n <= bytes.count else { return false }
    let p = literal.utf8Start
    for k in 0..<n where bytes[pos + k] != p[k] { return false }
    return true
  }

  /// Moves `pos` forward, counting the scalars passed.
  private mutating func advance(by count: Int) {
    let end = min(pos + count, bytes.count)
    while pos < end {
      if isLatin1 || bytes[pos] & 0xC0 != 0x80 { scalar += 1 }
      pos += 1
    }
  }

  /// Advances past the first occurrence of `terminator` (or to the end).
  private mutating func skip(past terminator: StaticString) {
    while pos < bytes.count, !startsWith(terminator) { advance(by: 1) }
    advance(by: terminator.utf8CodeUnitCount)
  }

  /// Advances past a `>` that is not inside a quoted string.
  private mutating func skipTag() {
    var quote: UInt8 = 0
    while pos < bytes.count {
      let b = bytes[pos]
      advance(by: 1)
      if quote != 0 {
        if b == quote { quote = 0 }
      } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        quote = b
      } else if b == UInt8(ascii: ">") {
        return
      }
    }
  }

  /// Skips a DOCTYPE declaration, including an internal subset with its declarations and comments.
  private mutating func skipDoctype() {
    var quote: UInt8 = 0
    while pos < bytes.count {
      let b = bytes[pos]
      if quote != 0 {
        advance(by: 1)
        if b == quote { quote = 0 }
      } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        quote = b
        advance(by: 1)
      } else if b == UInt8(ascii: "[") {
        advance(by: 1)
        skipInternalSubset()
      } else {
        advance(by: 1)
        if b == UInt8(ascii: ">") { return }
      }
    }
  }

  private mutating func skipInternalSubset() {
    while pos < bytes.count {
      if bytes[pos] == UInt8(ascii: "]") {
        advance(by: 1)
        return
      }
      if startsWith("<!--") {
        skip(past: "-->")
      } else if startsWith("<?") {
        skip(past: "?>")
      } else if bytes[pos] == UInt8(ascii: "<") {
        skipTag()
      } else {
        advance(by: 1)
      }
    }
  }

  /// Steps over markup (and over references to entities libxml2 keeps as nodes) up to character data.
  /// Stops at `<![CDATA[` only when a CDATA node is expected, entering it.
  private mutating func skipMarkup(wantCDATA: Bool) {
    while pos < bytes.count {
      let b = bytes[pos]
      if b == UInt8(ascii: "<") {
        if startsWith("<!--") {
          skip(past: "-->")
        } else if startsWith("<![CDATA[") {
          advance(by: 9)
          inCDATA = true
          if wantCDATA { return }
          skip(past: "]]>")
          inCDATA = false
        } else if startsWith("<?") {
          skip(past: "?>")
        } else if startsWith("<!DOCTYPE") {
          skipDoctype()
        } else {
          skipTag()
        }
      } else if b == UInt8(ascii: "&"), reference(at: pos) == nil {
        skipTag(terminator: UInt8(ascii: ";"))
      } else {
        if wantCDATA, isWhitespace(b) {
          advance(by: 1)
          continue
        }
        return
      }
    }
  }

  private mutating func skipTag(terminator: UInt8) {
    while pos < bytes.count, bytes[pos] != terminator { advance(by: 1) }
    advance(by: 1)
  }

  private func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  /// Skips a stretch of whitespace up to the next markup; `false` when the stretch has other characters.
  private mutating func skipWhitespaceRun() -> Bool {
    var end = pos
    while end < bytes.count, isWhitespace(bytes[end]) { end += 1 }
    guard end > pos, end == bytes.count || bytes[end] == UInt8(ascii: "<") || bytes[end] == UInt8(ascii: "&")
    else { return false }
    advance(by: end - pos)
    return true
  }
}
