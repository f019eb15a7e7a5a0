// MARK: - ScalarCursor

/// Converts UTF-8 offsets to scalar offsets (and supplementary-plane counts) while moving mostly
/// forward through a text: amortised one pass over the bytes, with an eight-byte ASCII fast path.
/// Moving backwards restarts from the `ScalarIndex` checkpoint of the target's block.
///
/// Holds a pointer: use only inside the closure that lent it.
struct ScalarCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  let index: ScalarIndex
  private(set) var utf8 = 0
  private(set) var scalar = 0
  private(set) var astral = 0

  init(bytes: UnsafeBufferPointer<UInt8>, index: ScalarIndex) {
    self.bytes = bytes
    self.index = index
  }

  /// Moves to UTF-8 offset `target` and returns the scalar offset there.
  @discardableResult
  mutating func move(to target: Int) -> Int {
    if target < utf8 {
      let block = target >> ScalarIndex.blockShift
      utf8 = block << ScalarIndex.blockShift
      scalar = index.scalarsBefore[block]
      astral = index.astralBefore[block]
    }
    guard let base = bytes.baseAddress else { return scalar }
    var u = utf8
    var s = scalar
    var a = astral
    while u < target {
      if u + 8 <= target {
        let word = UnsafeRawPointer(base + u).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          u += 8
          s += 8
          continue
        }
      }
      let b = base[u]
      if b & 0xC0 != 0x80 {
        s += 1
        if b >= 0xF0 { a += 1 }
      }
      u += 1
    }
    utf8 = u
    scalar = s
    astral = a
    return s
  }
}
