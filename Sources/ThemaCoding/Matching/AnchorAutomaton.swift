import ThemaLanguage

// MARK: - AnchorAutomaton

/// Which kinds of anchors a text contains once folded with `TextFold`, in one pass over its UTF-8 bytes:
/// an Aho–Corasick automaton compiled to a table with one column per byte class (each byte that occurs
/// in an anchor is a class, every other byte is class 0), so that the table of a few thousand states
/// stays in the processor's cache. Reading a byte folds it as it goes: a capital takes its lower-case
/// letter's class, a hyphen or apostrophe leaves the state as it is. Each anchor has a kind (a bit); the
/// answer is the union of the kinds found.
///
/// Hand-written: none of the packages this project may use offers multi-pattern search, and testing
/// each of a hundred anchors with its own substring search would read every segment a hundred times.
///
/// ```swift
/// let automaton = AnchorAutomaton([(Array("innov".utf8), 1), (Array("pilot".utf8), 2)])
/// automaton.kinds(in: "Een Pilotproject")   // 2
/// ```
struct AnchorAutomaton: Sendable {
  /// `next[offset + class]`, where a state's offset is its number × `classCount`: the offset of the state
  /// after reading a byte of that class, or `-offset - 1` when an anchor ends in that state.
  private var next: [Int32]
  /// The class of each byte as read from the text (ASCII folded); -1 for a byte folding removes.
  private var readClass: [Int32]
  /// The class of each folded byte.
  private var foldedClass: [Int32]
  private var classCount: Int
  /// The kinds of the anchors that end in the state (itself or through its suffixes).
  private var accepting: [UInt8]
  /// The kinds of the empty anchors (every text contains them).
  private let emptyKinds: UInt8
  /// The kind reported for an ellipsis hyphen (0: not looked for).
  private let ellipsisKind: UInt8
  /// All kinds: a scan stops when it has found them.
  private let allKinds: UInt8

  /// An automaton for `anchors` (folded byte strings), each with its kind. With `ellipsisKind`, a hyphen
  /// after a letter or digit and before none (the first half of "kennis- en leertheorieën", which the
  /// matcher joins with the next word), or a `‐`/`‑`, counts as that kind too.
  init(_ anchors: [(bytes: [UInt8], kind: UInt8)], ellipsisKind: UInt8 = 0) {
    emptyKinds = anchors.filter { $0.bytes.isEmpty }.reduce(0) { $0 | $1.kind }
    allKinds = anchors.reduce(ellipsisKind) { $0 | $1.kind }
    self.ellipsisKind = ellipsisKind
    // Byte classes: 0 for bytes in no anchor, then one per byte used.
    var foldedClass = [Int32](repeating: 0, count: 256)
    var classCount = 1
    for (anchor, _) in anchors {
      for byte in anchor where foldedClass[Int(byte)] == 0 {
        foldedClass[Int(byte)] = Int32(classCount)
        classCount += 1
      }
    }
    var readClass = foldedClass
    for byte in UInt8(0)..<0x80 {
      readClass[Int(byte)] = TextFold.ascii(byte).map { foldedClass[Int($0)] } ?? -1
    }
    // The trie: state 0 is the root; -1 is "no edge yet".
    let width = classCount
    var goto: [Int32] = Array(repeating: -1, count: width)
    var accepting: [UInt8] = [0]
    for (anchor, kind) in anchors where !anchor.isEmpty {
      var state = 0
      for byte in anchor {
        let slot = state * width + Int(foldedClass[Int(byte)])
        if goto[slot] < 0 {
          goto[slot] = Int32(accepting.count)
          accepting.append(0)
          goto += Array(repeating: -1, count: width)
        }
        state = Int(goto[slot])
      }
      accepting[state] |= kind
    }
    // Breadth first: each missing edge goes where the longest proper suffix's edge goes.
    var fail = Array(repeating: 0, count: accepting.count)
    var queue: [Int] = []
    for column in 0..<width {
      if goto[column] < 0 {
        goto[column] = 0
      } else {
        queue.append(Int(goto[column]))
      }
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      accepting[state] |= accepting[fail[state]]
      for column in 0..<width {
        let slot = state * width + column
        let target = goto[slot]
        let fallback = goto[fail[state] * width + column]
        if target < 0 {
          goto[slot] = fallback
        } else {
          fail[Int(target)] = Int(fallback)
          queue.append(Int(target))
        }
      }
    }
    // Offsets instead of state numbers, negative where an anchor ends (read without a second lookup).
    next = goto.map { target in
      let offset = target * Int32(width)
      return accepting[Int(target)] != 0 ? -offset - 1 : offset
    }
    self.readClass = readClass
    self.foldedClass = foldedClass
    self.classCount = classCount
    self.accepting = accepting
  }

  /// The kinds of the anchors that the folded form of the UTF-8 `text` contains (and `ellipsisKind`).
  func kinds(in text: UnsafeBufferPointer<UInt8>) -> UInt8 {
    var found = emptyKinds
    guard found != allKinds else { return found }
    var scratch: [UInt8] = []
    let width = classCount
    return next.withUnsafeBufferPointer { table in
      readClass.withUnsafeBufferPointer { readClass in
        var offset = 0
        var index = 0
        let count = text.count
        /// Moves along `column`; false when the scan can stop (every kind found).
        @inline(__always) func step(_ column: Int) -> Bool {
          let target = Int(table[offset + column])
          guard target < 0 else {
            offset = target
            return true
          }
          offset = -target - 1
          found |= accepting[offset / width]
          return found != allKinds
        }
        while index < count {
          let byte = text[index]
          if byte < 0x80 {
            let column = Int(readClass[Int(byte)])
            if column >= 0 {
              guard step(column) else { return found }
            } else if ellipsisKind != 0, Self.isEllipsisHyphen(at: index, in: text) {
              found |= ellipsisKind
              if found == allKinds { return found }
            }
            index += 1
          } else {
            // Other letters: fold the scalar, then read its folded bytes.
            let end = min(count, index + TextFold.sequenceLength(lead: byte))
            if byte == 0xE2, ellipsisKind != 0, end - index == 3, text[index + 1] == 0x80,
              text[index + 2] == 0x90 || text[index + 2] == 0x91
            {
              found |= ellipsisKind
              if found == allKinds { return found }
            }
            scratch.removeAll(keepingCapacity: true)
            TextFold.append(folding: UnsafeBufferPointer(rebasing: text[index..<end]), to: &scratch)
            for folded in scratch {
              guard step(Int(foldedClass[Int(folded)])) else { return found }
            }
            index = end
          }
        }
        return found
      }
    }
  }

  /// Whether `text[index]` is a hyphen after a letter or digit and before none (or at the end): a superset
  /// of the tokenizer's trailing hyphens, the first half of an ellipsis ("kennis- en").
  @inline(__always) static func isEllipsisHyphen(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    @inline(__always) func isWordByte(_ byte: UInt8) -> Bool {
      byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
    return text[index] == 0x2D && index > 0 && isWordByte(text[index - 1])
      && (index + 1 == text.count || !isWordByte(text[index + 1]))
  }

  /// The kinds of the anchors that the folded form of `text` contains.
  func kinds(in text: String) -> UInt8 {
    var text = text
    return text.withUTF8 { kinds(in: $0) }
  }
}
