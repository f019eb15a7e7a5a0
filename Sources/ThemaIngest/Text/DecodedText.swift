import Foundation

// MARK: - DecodedText

/// An original text file decoded to Unicode, with the encoding it was read as and the means to turn
/// positions in the decoded text back into byte offsets of the original file.
///
/// Positions in Thema are Unicode-scalar offsets of the decoded original (`Segment.start`/`end`);
/// `byteOffset(ofScalar:)` gives the matching offset in the original bytes, exact for a byte order
/// mark, multi-byte UTF-8, UTF-16 surrogate pairs and Windows-1252.
///
/// ```swift
/// let decoded = try TextDecoder.decode(data, name: "verslag.txt")
/// decoded.encoding                  // .windows1252
/// decoded.byteOffset(ofScalar: 10)  // 10 for a one-byte code page
/// ```
public struct DecodedText: Sendable {
  /// The decoded text as UTF-8 bytes (the byte order mark not included).
  public let utf8: [UInt8]
  /// The encoding the original was read as.
  public let encoding: TextEncoding
  /// What the decoder noticed (a fallback to Windows-1252, undefined bytes, replaced code units).
  public let warnings: [String]
  /// Size of the original in bytes.
  public let originalByteCount: Int
  /// Scalar ↔ UTF-8 offset conversion.
  public let index: ScalarIndex

  init(utf8: [UInt8], encoding: TextEncoding, warnings: [String], originalByteCount: Int) {
    self.utf8 = utf8
    self.encoding = encoding
    self.warnings = warnings
    self.originalByteCount = originalByteCount
    self.index = ScalarIndex(utf8: utf8)
  }

  /// The same text with every U+0000 read as a space, counted in a warning naming `name`.
  ///
  /// SQLite's C API ends a text value at U+0000 when it is read as a C string (GRDB does), so a stored
  /// segment would silently lose everything after one. A space is one byte and one scalar, like the
  /// NUL it stands for, so every scalar and byte offset stays exact; the original keeps its bytes.
  func replacingNULs(name: String) -> DecodedText {
    // memchr: this check runs over every text original, and the byte loop of `contains` is slower.
    let hasNUL = utf8.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
    }
    guard hasNUL else { return self }
    var copy = utf8
    var count = 0
    for i in copy.indices where copy[i] == 0 {
      copy[i] = 0x20
      count += 1
    }
    let warning = "\(name): \(count) NUL character(s) read as spaces in the analysis text (kept in the original)"
    return DecodedText(
      utf8: copy, encoding: encoding, warnings: warnings + [warning], originalByteCount: originalByteCount)
  }

  /// The decoded original as a string.
  public var text: String { String(decoding: utf8, as: UTF8.self) }

  /// Number of Unicode scalars of the decoded original.
  public var scalarCount: Int { index.scalarCount }

  /// Length of the byte order mark the original starts with (0, 2 or 3 bytes).
  public var bomLength: Int {
    switch encoding {
    case .utf8, .windows1252: 0
    case .utf8BOM: 3
    case .utf16LE, .utf16BE: 2
    }
  }

  /// The byte offset in the original file where scalar `scalar` of the decoded text starts
  /// (`scalarCount` gives the file size).
  public func byteOffset(ofScalar scalar: Int) -> Int {
    if scalar == scalarCount { return originalByteCount }
    let location = index.location(ofScalar: scalar)
    return byteOffset(utf8: location.utf8, scalar: scalar, astral: location.astral)
  }

  /// The byte offset in the original of a position known in all three coordinates.
  func byteOffset(utf8 u: Int, scalar: Int, astral: Int) -> Int {
    if u == utf8.count { return originalByteCount }
    switch encoding {
    case .utf8, .utf8BOM: return bomLength + u
    case .windows1252: return scalar
    case .utf16LE, .utf16BE: return min(originalByteCount, 2 + 2 * (scalar + astral))
    }
  }

  /// The decoded text of the scalar range `range` (for tests and display).
  public func slice(_ range: Range<Int>) -> String {
    let lo = index.utf8Offset(ofScalar: range.lowerBound)
    let hi = index.utf8Offset(ofScalar: range.upperBound)
    return String(decoding: utf8[lo..<hi], as: UTF8.self)
  }
}
