// MARK: - AnchorAutomaton

/// Whether a byte string contains any of a set of byte strings, in one pass over it: an Aho–Corasick
/// automaton, compiled to a table of 256 transitions per state.
///
/// Hand-written: none of the packages this project may use offers multi-pattern search, and testing
/// each of a hundred anchors with its own substring search would read every segment a hundred times.
///
/// ```swift
/// let automaton = AnchorAutomaton(["innov", "pilot"].map { Array($0.utf8) })
/// automaton.containsAny(Array("een pilotproject".utf8))   // true
/// ```
struct AnchorAutomaton: Sendable {
  /// `next[state << 8 | byte]`: the state after reading `byte`.
  private var next: [Int32]
  /// Whether an anchor ends in the state (itself or through its suffixes).
  private var accepting: [Bool]
  /// Whether an anchor is empty (then every text contains one).
  let containsEmpty: Bool

  /// An automaton for `anchors`.
  init(_ anchors: [[UInt8]]) {
    containsEmpty = anchors.contains { $0.isEmpty }
    // The trie: state 0 is the root; -1 is "no edge yet".
    var goto: [Int32] = Array(repeating: -1, count: 256)
    var accepting = [false]
    for anchor in anchors where !anchor.isEmpty {
      var state = 0
      for byte in anchor {
        let slot = state << 8 | Int(byte)
        if goto[slot] < 0 {
          goto[slot] = Int32(accepting.count)
          accepting.append(false)
          goto += Array(repeating: -1, count: 256)
        }
        state = Int(goto[slot])
      }
      accepting[state] = true
    }
    // Breadth first: each missing edge goes where the longest proper suffix's edge goes.
    var fail = Array(repeating: 0, count: accepting.count)
    var queue: [Int] = []
    for byte in 0..<256 {
      if goto[byte] < 0 {
        goto[byte] = 0
      } else {
        queue.append(Int(goto[byte]))
      }
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      accepting[state] = accepting[state] || accepting[fail[state]]
      for byte in 0..<256 {
        let slot = state << 8 | byte
        let target = goto[slot]
        let fallback = goto[fail[state] << 8 | byte]
        if target < 0 {
          goto[slot] = fallback
        } else {
          fail[Int(target)] = Int(fallback)
          queue.append(Int(target))
        }
      }
    }
    next = goto
    self.accepting = accepting
  }

  /// Whether `bytes` contain one of the anchors.
  func containsAny(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if containsEmpty { return true }
    return next.withUnsafeBufferPointer { table in
      accepting.withUnsafeBufferPointer { accepting in
        var state = 0
        for byte in bytes {
          state = Int(table[state << 8 | Int(byte)])
          if accepting[state] { return true }
        }
        return false
      }
    }
  }

  /// Whether `bytes` contain one of the anchors.
  func containsAny(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { containsAny($0) }
  }
}
