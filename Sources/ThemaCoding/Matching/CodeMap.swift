/// A map from non-zero `UInt64` letter codes to `UInt64` values (0 when absent), with the same open
/// addressing as `CodeSet`.
struct CodeMap: Sendable {
  private var keys: [UInt64]
  private var values: [UInt64]
  private let shift: UInt64

  init(_ pairs: [UInt64: UInt64]) {
    var bits: UInt64 = 4
    while (1 << bits) < pairs.count * 4 { bits += 1 }
    shift = 64 - bits
    keys = Array(repeating: 0, count: 1 << bits)
    values = Array(repeating: 0, count: 1 << bits)
    for (key, value) in pairs where key != 0 {
      var slot = Self.slot(key, shift)
      while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
      keys[slot] = key
      values[slot] = value
    }
  }

  @inline(__always) private static func slot(_ code: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The value of `key`, or 0.
  @inline(__always) func value(_ key: UInt64) -> UInt64 {
    var slot = Self.slot(key, shift)
    while true {
      let stored = keys[slot]
      if stored == key { return key != 0 ? values[slot] : 0 }
      if stored == 0 { return 0 }
      slot = (slot + 1) & (keys.count - 1)
    }
  }
}
