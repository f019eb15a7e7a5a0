/// An open-addressing hash table from word bytes (as written, case-sensitive) to a value range (the word
/// type's hits in the matcher's flat hit array).
///
/// The matcher meets every token of the corpus here, so the lookup must not allocate: keys are hashed
/// and compared as bytes. (Hand-written: `Dictionary<String, Int>` would need a `String` per token, which
/// costs more than the whole rest of the scan.) A slot holds a key of up to 16 bytes itself, with its
/// hash tag and value, so looking up a word touches one cache line; longer keys are kept in an arena.
/// `touch(_:)` lets the matcher start loading the slots of a whole segment's tokens before it looks
/// them up, so that the cache misses of rare words overlap.
struct WordTypeTable {
  /// A key's bytes packed for hashing and comparing: up to 16 bytes in two little-endian words.
  struct Key {
    var range: Range<Int>
    var word0: UInt64
    var word1: UInt64
    var hash: UInt64
  }

  /// One slot: `keyLengthPlusOne == 0` marks an empty slot. A key longer than 16 bytes keeps its arena
  /// offset in `word0`.
  private struct Slot {
    var word0: UInt64 = 0
    var word1: UInt64 = 0
    var tag: UInt32 = 0
    var keyLengthPlusOne: UInt32 = 0
    var lower: Int32 = 0
    var upper: Int32 = 0
  }

  private var arena: [UInt8] = []
  private var slots: [Slot]
  private var mask: Int
  /// Number of keys stored.
  private(set) var count = 0

  init(capacity: Int = 1 << 14) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
  }

  /// Bytes held by the arena (for memory bounds).
  var arenaBytes: Int { arena.count }

  // MARK: - Keys

  /// The packed key of `bytes[range]` with its hash.
  @inline(__always) static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Key {
    let count = range.count
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
    guard count > 0, let base = bytes.baseAddress else {
      return Key(range: range, word0: 0, word1: 0, hash: shortHash(0, 0, 0))
    }
    let raw = UnsafeRawPointer(base + range.lowerBound)
    if count <= 16 {
      var word0: UInt64
      var word1: UInt64 = 0
      if range.lowerBound + 16 <= bytes.count {
        // Whole words, then the bytes past the key masked off.
        word0 = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        word1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        if count < 8 {
          word0 &= (1 << UInt64(count * 8)) - 1
          word1 = 0
        } else if count < 16 {
          word1 &= (1 << UInt64((count - 8) * 8)) - 1
        }
      } else {
        word0 = 0
        for k in 0..<min(count, 8) { word0 |= UInt64(raw.load(fromByteOffset: k, as: UInt8.self)) << UInt64(k * 8) }
        if count > 8 {
          for k in 8..<count { word1 |= UInt64(raw.load(fromByteOffset: k, as: UInt8.self)) << UInt64((k - 8) * 8) }
        }
      }
      return Key(range: range, word0: word0, word1: word1, hash: shortHash(count, word0, word1))
    }
    var offset = 0
    while offset + 8 <= count {
      h = mix(h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < count {
      tail |= UInt64(raw.load(fromByteOffset: offset, as: UInt8.self)) << shift
      shift += 8
      offset += 1
    }
    return Key(range: range, word0: 0, word1: 0, hash: mix(mix(h ^ tail)))
  }

  /// The hash of a key of at most 16 bytes, from its packed words.
  @inline(__always) private static func shortHash(_ count: Int, _ word0: UInt64, _ word1: UInt64) -> UInt64 {
    mix(mix(0x9E37_79B9_7F4A_7C15 ^ UInt64(count) ^ word0) ^ word1)
  }

  @inline(__always) private static func mix(_ x: UInt64) -> UInt64 {
    let product = x.multipliedFullWidth(by: 0xA076_1D64_78BD_642F)
    return product.high ^ product.low
  }

  // MARK: - Lookup

  /// Reads the slot where `hash` starts probing, so that its cache line is on its way when `find` needs
  /// it; returns a value to keep the read from being optimised away.
  @inline(__always) func touch(_ hash: UInt64) -> UInt32 {
    slots.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: hash) & mask].tag }
  }

  /// The value stored for the key (cut from `bytes`), or `nil`.
  @inline(__always) func find(_ key: Key, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int32>? {
    var slot = Int(truncatingIfNeeded: key.hash) & mask
    let tag = UInt32(truncatingIfNeeded: key.hash >> 32)
    let lengthPlusOne = UInt32(key.range.count + 1)
    let short = key.range.count <= 16
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let entry = slots[slot]
        if entry.keyLengthPlusOne == 0 { return nil }
        if entry.tag == tag, entry.keyLengthPlusOne == lengthPlusOne {
          if short {
            if entry.word0 == key.word0 && entry.word1 == key.word1 { return entry.lower..<entry.upper }
          } else if sameBytes(Int(entry.word0), bytes, key.range) {
            return entry.lower..<entry.upper
          }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  private func sameBytes(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
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

  // MARK: - Changing

  /// Stores a new key (not present, cut from `bytes`) with its value.
  mutating func insert(_ key: Key, in bytes: UnsafeBufferPointer<UInt8>, value: Range<Int32>) {
    if (count + 1) * 2 > slots.count { grow() }
    var entry = Slot(
      word0: key.word0, word1: key.word1, tag: UInt32(truncatingIfNeeded: key.hash >> 32),
      keyLengthPlusOne: UInt32(key.range.count + 1), lower: value.lowerBound, upper: value.upperBound)
    if key.range.count > 16 {
      entry.word0 = UInt64(arena.count)
      arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[key.range]))
    }
    place(entry, hash: key.hash)
    count += 1
  }

  /// Forgets every key (to bound memory on very large, very varied corpora).
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

  /// Doubles the slots; every key's hash is computed again from its bytes.
  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: old.count * 2)
    mask = slots.count - 1
    let arena = self.arena
    for entry in old where entry.keyLengthPlusOne != 0 {
      let length = Int(entry.keyLengthPlusOne) - 1
      let hash: UInt64
      if length <= 16 {
        hash = Self.shortHash(length, entry.word0, entry.word1)
      } else {
        let start = Int(entry.word0)
        hash = arena.withUnsafeBufferPointer { Self.key($0, start..<(start + length)).hash }
      }
      place(entry, hash: hash)
    }
  }
}
