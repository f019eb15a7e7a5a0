import ThemaLanguage

// MARK: - AnchorAutomaton

/// Which kinds of anchors a text contains once folded with `TextFold`, in one pass over its UTF-8 bytes:
/// an Aho–Corasick automaton compiled to a table of 256 transitions per state, whose ASCII columns fold
/// as they read (capitals go where lower case goes, a hyphen or apostrophe leaves the state as it is).
/// Each anchor has a kind (a bit); the answer is the union of the kinds found.
///
/// Hand-written: none of the packages this project may use offers multi-pattern search, and testing
/// each of a hundred anchors with its own substring search would read every segment a hundred times.
///
/// ```swift
/// let automaton = AnchorAutomaton([(Array("innov".utf8), 1), (Array("pilot".utf8), 2)])
/// automaton.kinds(in: "Een Pilotproject")   // 2
/// ```
struct AnchorAutomaton: Sendable {
  /// `next[state << 8 | byte]`: the state after reading `byte` (a folded byte; ASCII columns fold).
  private var next: [Int32]
  /// The kinds of the anchors that end in the state (itself or through its suffixes).
  private var accepting: [UInt8]
  /// The kinds of the empty anchors (every text contains them).
  private let emptyKinds: UInt8
  /// All kinds: a scan stops when it has found them.
  private let allKinds: UInt8

  /// An automaton for `anchors` (folded byte strings), each with its kind.
  init(_ anchors: [(bytes: [UInt8], kind: UInt8)]) {
    emptyKinds = anchors.filter { $0.bytes.isEmpty }.reduce(0) { $0 | $1.kind }
    allKinds = anchors.reduce(0) { $0 | $1.kind }
    // The trie: state 0 is the root; -1 is "no edge yet".
    var goto: [Int32] = Array(repeating: -1, count: 256)
    var accepting: [UInt8] = [0]
    for (anchor, kind) in anchors where !anchor.isEmpty {
      var state = 0
      for byte in anchor {
        let slot = state << 8 | Int(byte)
        if goto[slot] < 0 {
          goto[slot] = Int32(accepting.count)
          accepting.append(0)
          goto += Array(repeating: -1, count: 256)
        }
        state = Int(goto[slot])
      }
      accepting[state] |= kind
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
      accepting[state] |= accepting[fail[state]]
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
    // Fold ASCII while reading: a capital takes its lower-case letter's edge; a removed byte stays put.
    for state in 0..<accepting.count {
      for byte in UInt8(0)..<0x80 {
        let slot = state << 8 | Int(byte)
        if let folded = TextFold.ascii(byte) {
          goto[slot] = goto[state << 8 | Int(folded)]
        } else {
          goto[slot] = Int32(state)
        }
      }
    }
    next = goto
    self.accepting = accepting
  }

  /// The kinds of the anchors that the folded form of the UTF-8 `text` contains.
  func kinds(in text: UnsafeBufferPointer<UInt8>) -> UInt8 {
    var found = emptyKinds
    guard found != allKinds else { return found }
    var scratch: [UInt8] = []
    return next.withUnsafeBufferPointer { table in
      accepting.withUnsafeBufferPointer { accepting in
        var state = 0
        var index = 0
        let count = text.count
        while index < count {
          let byte = text[index]
          if byte < 0x80 {
            state = Int(table[state << 8 | Int(byte)])
            index += 1
          } else {
            // Other letters: fold the scalar, then read its folded bytes.
            let end = min(count, index + TextFold.sequenceLength(lead: byte))
            scratch.removeAll(keepingCapacity: true)
            TextFold.append(folding: UnsafeBufferPointer(rebasing: text[index..<end]), to: &scratch)
            for folded in scratch {
              state = Int(table[state << 8 | Int(folded)])
              found |= accepting[state]
            }
            index = end
          }
          let kinds = accepting[state]
          if kinds != 0 {
            found |= kinds
            if found == allKinds { return found }
          }
        }
        return found
      }
    }
  }

  /// The kinds of the anchors that the folded form of `text` contains.
  func kinds(in text: String) -> UInt8 {
    var text = text
    return text.withUTF8 { kinds(in: $0) }
  }
}
