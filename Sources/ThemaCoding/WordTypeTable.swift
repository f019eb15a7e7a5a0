/// An open-addressing hash table from word bytes (as written, case-sensitive) to a word-type number.
///
/// The matcher meets every token of the corpus here, so the lookup must not allocate: keys are hashed
/// and compared as bytes, stored once in an arena. (Hand-written: `Dictionary<String, Int>` would need a
/// `String` per token, which costs more than the whole rest of the scan.)
struct WordTypeTable {
  private var arena: [UInt8] = []
  private var slots: [Int32]  // type number + 1, 0 = empty
  private var keyStart: [Int32] = []
  private var keyLength: [Int32] = []
  private var keyHash: [UInt64] = []
  private var mask: Int

  init(capacity: Int = 1 << 14) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
  }

  /// Number of word types stored.
  var count: Int { keyStart.count }

  /// Bytes held by the arena (for memory bounds).
  var arenaBytes: Int { arena.count }

  @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    // FNV-1a, 64 bit.
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in range {
      h ^= UInt64(bytes[i])
      h = h &* 0x0000_0100_0000_01B3
    }
    return h
  }

  /// The type number of the bytes, or `nil`; `hash` is `WordTypeTable.hash` of them.
  @inline(__always) func find(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    let length = range.count
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return nil }
      let type = entry - 1
      if keyHash[type] == hash, Int(keyLength[type]) == length {
        let start = Int(keyStart[type])
        var equal = true
        var k = 0
        while k < length {
          if arena[start + k] != bytes[range.lowerBound + k] {
            equal = false
            break
          }
          k += 1
        }
        if equal { return type }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Stores new bytes (not present) and returns their type number.
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int {
    if (keyStart.count + 1) * 2 > slots.count { grow() }
    let type = keyStart.count
    keyStart.append(Int32(arena.count))
    keyLength.append(Int32(range.count))
    keyHash.append(hash)
    arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    place(type: type, hash: hash)
    return type
  }

  /// Forgets every type (to bound memory on very large, very varied corpora).
  mutating func removeAll() {
    arena.removeAll(keepingCapacity: true)
    keyStart.removeAll(keepingCapacity: true)
    keyLength.removeAll(keepingCapacity: true)
    keyHash.removeAll(keepingCapacity: true)
    for i in slots.indices { slots[i] = 0 }
  }

  private mutating func place(type: Int, hash: UInt64) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(type + 1)
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    for type in keyStart.indices { place(type: type, hash: keyHash[type]) }
  }
}
