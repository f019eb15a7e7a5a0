/// A map from non-zero `UInt64` letter codes to `UInt64` values (0 when absent), with the same open
/// addressing as `CodeSet`.
struct CodeMap: Sendable {
  private var keys: [UInt64]
  private var values: [UInt64]
  private let shift: UInt64

  init(_ pairs: [UInt64: UInt64]) {
    (shift, keys) = CodeTable.empty(for: pairs.count)
    values = Array(repeating: 0, count: keys.count)
    for (key, value) in pairs where key != 0 {
      var slot = CodeTable.slot(key, shift)
      while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
      keys[slot] = key
      values[slot] = value
    }
  }

  /// The value of `key`, or 0.
  @inline(__always) func value(_ key: UInt64) -> UInt64 {
    var slot = CodeTable.slot(key, shift)
    while true {
      let stored = keys[slot]
      if stored == key { return key != 0 ? values[slot] : 0 }
      if stored == 0 { return 0 }
      slot = (slot + 1) & (keys.count - 1)
    }
  }
}
