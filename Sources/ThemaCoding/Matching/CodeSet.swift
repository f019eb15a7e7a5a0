/// A set of non-zero `UInt64` letter codes with open addressing and a multiplicative hash: a lookup is a
/// multiplication and a probe or two. (Hand-written: `Set<UInt64>` hashes with SipHash, which costs more
/// than the rest of the test it guards.)
struct CodeSet: Sendable {
  private var slots: [UInt64]
  private let shift: UInt64

  init(_ codes: Set<UInt64>) {
    (shift, slots) = CodeTable.empty(for: codes.count)
    for code in codes where code != 0 {
      var slot = CodeTable.slot(code, shift)
      while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = code
    }
  }

  /// Whether `code` is in the set.
  @inline(__always) func contains(_ code: UInt64) -> Bool {
    var slot = CodeTable.slot(code, shift)
    while true {
      let value = slots[slot]
      if value == code { return code != 0 }
      if value == 0 { return false }
      slot = (slot + 1) & (slots.count - 1)
    }
  }
}
