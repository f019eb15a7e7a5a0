/// A set of non-zero `UInt64` letter codes with open addressing and a multiplicative hash: a lookup is a
/// multiplication and a probe or two. (Hand-written: `Set<UInt64>` hashes with SipHash, which costs more
/// than the rest of the test it guards.)
struct CodeSet: Sendable {
  private var slots: [UInt64]
  private let shift: UInt64

  init(_ codes: Set<UInt64>) {
    var bits: UInt64 = 4
    while (1 << bits) < codes.count * 4 { bits += 1 }
    shift = 64 - bits
    slots = Array(repeating: 0, count: 1 << bits)
    for code in codes where code != 0 {
      var slot = Self.slot(code, shift)
      while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = code
    }
  }

  @inline(__always) private static func slot(_ code: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// Whether `code` is in the set.
  @inline(__always) func contains(_ code: UInt64) -> Bool {
    var slot = Self.slot(code, shift)
    while true {
      let value = slots[slot]
      if value == code { return code != 0 }
      if value == 0 { return false }
      slot = (slot + 1) & (slots.count - 1)
    }
  }
}
