/// The open addressing `CodeSet` and `CodeMap` share: a table of a power of two at least four times
/// the number of codes, and a multiplicative hash taking the top bits.
enum CodeTable {
  /// The shift for `slot` and a zeroed table for `count` codes.
  static func empty(for count: Int) -> (shift: UInt64, slots: [UInt64]) {
    var bits: UInt64 = 4
    while (1 << bits) < count * 4 { bits += 1 }
    return (64 - bits, Array(repeating: 0, count: 1 << bits))
  }

  /// The first slot to probe for `code`.
  @inline(__always) static func slot(_ code: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }
}
