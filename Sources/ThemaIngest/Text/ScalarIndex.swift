// MARK: - ScalarIndex

/// Converts between UTF-8 offsets of a decoded text and its Unicode-scalar offsets, and counts the
/// scalars outside the Basic Multilingual Plane (which take two UTF-16 code units).
///
/// Keeps one checkpoint per 256 bytes; a lookup scans at most one block.
///
/// ```swift
/// let index = ScalarIndex(utf8: Array("één".utf8))
/// index.scalarOffset(ofUTF8: 4)   // 2
/// index.utf8Offset(ofScalar: 2)   // 4
/// ```
public struct ScalarIndex: Sendable {
  static let blockShift = 8
  static let blockSize = 1 << blockShift

  /// Scalars before the start of each block (one more entry for the end).
  let scalarsBefore: [Int]
  /// Supplementary-plane scalars before the start of each block.
  let astralBefore: [Int]
  /// The UTF-8 bytes (shared storage with the decoded text's bytes).
  let bytes: [UInt8]

  /// Total scalars.
  public var scalarCount: Int { scalarsBefore.last ?? 0 }

  public init(utf8 bytes: [UInt8]) {
    self.bytes = bytes
    let blocks = (bytes.count + Self.blockSize - 1) >> Self.blockShift
    var scalars = [Int](repeating: 0, count: blocks + 1)
    var astral = [Int](repeating: 0, count: blocks + 1)
    bytes.withUnsafeBufferPointer { buf in
      var s = 0
      var a = 0
      for block in 0..<blocks {
        scalars[block] = s
        astral[block] = a
        let end = min(buf.count, (block + 1) << Self.blockShift)
        var i = block << Self.blockShift
        while i < end {
          let b = buf[i]
          if b & 0xC0 != 0x80 {
            s += 1
            if b >= 0xF0 { a += 1 }
          }
          i += 1
        }
      }
      scalars[blocks] = s
      astral[blocks] = a
    }
    scalarsBefore = scalars
    astralBefore = astral
  }

  /// Scalars before UTF-8 offset `u` (which must be on a scalar boundary or the end).
  public func scalarOffset(ofUTF8 u: Int) -> Int { position(ofUTF8: u).scalar }

  /// (scalars, supplementary scalars) before UTF-8 offset `u`.
  func position(ofUTF8 u: Int) -> (scalar: Int, astral: Int) {
    precondition(u >= 0 && u <= bytes.count, "UTF-8 offset \(u) outside 0...\(bytes.count)")
    let block = u >> Self.blockShift
    var s = scalarsBefore[block]
    var a = astralBefore[block]
    var i = block << Self.blockShift
    while i < u {
      let b = bytes[i]
      if b & 0xC0 != 0x80 {
        s += 1
        if b >= 0xF0 { a += 1 }
      }
      i += 1
    }
    return (s, a)
  }

  /// UTF-8 offset of scalar `s` (`s == scalarCount` gives the end).
  public func utf8Offset(ofScalar s: Int) -> Int { location(ofScalar: s).utf8 }

  /// (UTF-8 offset, supplementary scalars before) of scalar `s`.
  func location(ofScalar s: Int) -> (utf8: Int, astral: Int) {
    precondition(s >= 0 && s <= scalarCount, "scalar offset \(s) outside 0...\(scalarCount)")
    if s == scalarCount { return (bytes.count, astralBefore.last ?? 0) }
    // Last block whose first scalar is at or before `s`.
    var lo = 0
    var hi = scalarsBefore.count - 2
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if scalarsBefore[mid] <= s { lo = mid } else { hi = mid - 1 }
    }
    var count = scalarsBefore[lo]
    var a = astralBefore[lo]
    var i = lo << Self.blockShift
    // Skip continuation bytes at the block start (they belong to the previous block's scalar).
    while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
    while count < s {
      if bytes[i] >= 0xF0 { a += 1 }
      i += 1
      while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
      count += 1
    }
    return (i, a)
  }
}
