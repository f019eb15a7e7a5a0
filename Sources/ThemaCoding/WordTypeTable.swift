/// An open-addressing hash table from word bytes (as written, case-sensitive) to a value range (the word
/// type's hits in the matcher's flat hit array).
///
/// The matcher meets every token of the corpus here, so the lookup must not allocate: keys are hashed
/// and compared as bytes, stored once in an arena. (Hand-written: `Dictionary<String, Int>` would need a
/// `String` per token, which costs more than the whole rest of the scan.) Each slot holds the hash tag,
/// the key's place in the arena and the value, so a lookup of a rare word touches two cache lines (the
/// slot and the key bytes) instead of one per parallel array.
struct WordTypeTable {
  /// One slot: `keyLengthPlusOne == 0` marks an empty slot.
  private struct Slot {
    var tag: UInt32 = 0
    var keyStart: UInt32 = 0
    var keyLengthPlusOne: UInt32 = 0
    var lower: Int32 = 0
    var upper: Int32 = 0
  }

  private var arena: [UInt8] = []
  private var slots: [Slot]
  private var mask: Int
  /// Number of word types stored.
  private(set) var count = 0

  init(capacity: Int = 1 << 14) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
  }

  /// Bytes held by the arena (for memory bounds).
  var arenaBytes: Int { arena.count }

  /// A 64-bit hash of the bytes, eight at a time (a multiply–xor mix in the manner of wyhash; the
  /// table uses the low bits for the slot and the high 32 as a tag).
  @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(range.count)
    guard let base = bytes.baseAddress else { return h }
    let raw = UnsafeRawPointer(base + range.lowerBound)
    var offset = 0
    let count = range.count
    while offset + 8 <= count {
      h = mix(h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    if offset < count {
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < count {
        tail |= UInt64(raw.load(fromByteOffset: offset, as: UInt8.self)) << shift
        shift += 8
        offset += 1
      }
      h = mix(h ^ tail)
    }
    return mix(h)
  }

  @inline(__always) private static func mix(_ x: UInt64) -> UInt64 {
    let product = x.multipliedFullWidth(by: 0xA076_1D64_78BD_642F)
    return product.high ^ product.low
  }

  /// The value stored for the bytes, or `nil`; `hash` is `WordTypeTable.hash` of them.
  @inline(__always) func find(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Range<Int32>? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    let tag = UInt32(truncatingIfNeeded: hash >> 32)
    let lengthPlusOne = UInt32(range.count + 1)
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let entry = slots[slot]
        if entry.keyLengthPlusOne == 0 { return nil }
        if entry.tag == tag, entry.keyLengthPlusOne == lengthPlusOne,
          sameBytes(Int(entry.keyStart), bytes, range)
        {
          return entry.lower..<entry.upper
        }
        slot = (slot + 1) & mask
      }
    }
  }

  @inline(__always) private func sameBytes(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    arena.withUnsafeBufferPointer { arena in
      var k = 0
      let length = range.count
      while k < length {
        if arena[start + k] != bytes[range.lowerBound + k] { return false }
        k += 1
      }
      return true
    }
  }

  /// Stores new bytes (not present) with their value.
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, value: Range<Int32>) {
    if (count + 1) * 2 > slots.count { grow() }
    let entry = Slot(
      tag: UInt32(truncatingIfNeeded: hash >> 32), keyStart: UInt32(arena.count), keyLengthPlusOne: UInt32(range.count + 1),
      lower: value.lowerBound, upper: value.upperBound)
    arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    place(entry, hash: hash)
    count += 1
  }

  /// Forgets every type (to bound memory on very large, very varied corpora).
  mutating func removeAll() {
    arena.removeAll(keepingCapacity: true)
    for i in slots.indices { slots[i] = Slot() }
    count = 0
  }

  private mutating func place(_ entry: Slot, hash: UInt64) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot].keyLengthPlusOne != 0 { slot = (slot + 1) & mask }
    slots[slot] = entry
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: old.count * 2)
    mask = slots.count - 1
    let arena = self.arena
    arena.withUnsafeBufferPointer { bytes in
      for entry in old where entry.keyLengthPlusOne != 0 {
        let start = Int(entry.keyStart)
        place(entry, hash: Self.hash(bytes, start..<(start + Int(entry.keyLengthPlusOne) - 1)))
      }
    }
  }
}
