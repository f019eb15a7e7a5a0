// MARK: - SuffixTable

/// The Snowball `among` construct for suffixes: of the listed suffixes that end at a given position,
/// the longest wins, and only it (a failing condition afterwards does not fall back to a shorter one).
///
/// Entries are bucketed by their last Unicode scalar, so a lookup compares only the few suffixes that
/// end in the word's current last letter.
///
/// ```swift
/// let table = SuffixTable<Int>(["s": 1, "es": 2, "ies": 3])
/// let word = Array("ladies".unicodeScalars)
/// table.longestMatch(in: word, endingAt: word.count)  // (start: 3, code: 3)
/// ```
struct SuffixTable<Code: Sendable>: Sendable {
  /// One suffix with the code the stemmer switches on.
  struct Entry: Sendable {
    let scalars: [Unicode.Scalar]
    let code: Code
  }

  // MARK: - Storage

  /// Bucket 0–127: entries whose last scalar is that ASCII value; bucket 128: all others.
  private let buckets: [[Entry]]

  // MARK: - Creating

  /// A table of non-empty suffixes and their codes.
  init(_ pairs: KeyValuePairs<String, Code>) {
    var buckets = [[Entry]](repeating: [], count: 129)
    for (suffix, code) in pairs {
      let scalars = Array(suffix.unicodeScalars)
      precondition(!scalars.isEmpty, "SuffixTable: empty suffix")
      buckets[Self.bucket(of: scalars[scalars.count - 1])].append(Entry(scalars: scalars, code: code))
    }
    // Longest first, so the first entry that matches is the longest.
    self.buckets = buckets.map { $0.sorted { $0.scalars.count > $1.scalars.count } }
  }

  // MARK: - Matching

  /// The longest suffix of `word[0..<end]` in the table: where it starts and its code.
  func longestMatch(in word: [Unicode.Scalar], endingAt end: Int) -> (start: Int, code: Code)? {
    guard end > 0 else { return nil }
    for entry in buckets[Self.bucket(of: word[end - 1])] {
      let count = entry.scalars.count
      guard count <= end else { continue }
      var matches = true
      var index = 0  // bucket 128 mixes last scalars, so the last one is compared too
      while index < count {
        if word[end - 1 - index] != entry.scalars[count - 1 - index] {
          matches = false
          break
        }
        index += 1
      }
      if matches { return (end - count, entry.code) }
    }
    return nil
  }

  @inline(__always)
  private static func bucket(of scalar: Unicode.Scalar) -> Int {
    scalar.value < 128 ? Int(scalar.value) : 128
  }
}
