/// Concept × concept: in how many units both occur, and their Jaccard index (both / either).
///
/// A unit is a segment (`window` 1) or a run of `window` consecutive segments of one document (sliding by
/// one; a document shorter than the window is one unit). Concepts are rolled up to the depth shown: with
/// `depth` 2 a coding of a level-3 concept counts for its level-1 ancestor.
///
/// ```swift
/// let co = try Cooccurrence(data: data, window: 1, depth: 2)
/// co.pairs.first   // the most frequent pair
/// ```
public struct Cooccurrence: Sendable, Codable {
  /// A concept (row and column).
  public struct Concept: Sendable, Codable, Hashable {
    public var conceptId: String
    public var label: String
    public var depth: Int
    /// Units in which it occurs.
    public var units: Int
  }

  /// Two concepts together.
  public struct Pair: Sendable, Codable, Hashable {
    public var a: String
    public var b: String
    /// Units with both.
    public var count: Int
    /// count / units with either.
    public var jaccard: Double
  }

  public var window: Int
  public var depth: Int?
  public var filter: String
  public var codebook: CodebookInfo
  public var scope: ResolvedScope
  /// Units counted.
  public var units: Int
  public var concepts: [Concept]
  /// `counts[i][j]`: units with both (the diagonal: units with concept i).
  public var counts: [[Int]]
  /// `jaccard[i][j]` (1 on the diagonal for a concept that occurs).
  public var jaccard: [[Double]]
  /// Pairs with a count above zero, most frequent first.
  public var pairs: [Pair]

  public init(
    data: AnalysisData, window: Int = 1, depth: Int? = nil, filter: SegmentFilter = SegmentFilter()
  ) {
    let window = max(1, window)
    self.window = window
    self.depth = depth
    self.filter = filter.description
    codebook = data.codebook
    scope = data.scope
    let tree = data.concepts
    // The row each concept rolls up to.
    var target = Array(tree.nodes.indices)
    if let depth {
      for index in tree.nodes.indices {
        var node = index
        while tree.nodes[node].depth > depth - 1, let parent = tree.nodes[node].parent {
          node = parent
        }
        target[index] = node
      }
    }
    let rowNodes = Array(Set(target)).sorted()
    var row = Array(repeating: -1, count: tree.nodes.count)
    for (position, node) in rowNodes.enumerated() { row[node] = position }
    let n = rowNodes.count
    // Concept rows per segment.
    var sets = Array(repeating: [Int](), count: data.segments.count)
    for (index, segment) in data.segments.enumerated() where !segment.codings.isEmpty {
      if !filter.isEmpty && !filter.matches(data, segment: index) { continue }
      var set = Set<Int>()
      for c in segment.codings { set.insert(row[target[data.codings[c].concept]]) }
      sets[index] = set.sorted()
    }
    var counts = Array(repeating: Array(repeating: 0, count: n), count: n)
    var unitCount = 0
    func count(_ members: [Int]) {
      unitCount += 1
      for (i, x) in members.enumerated() {
        counts[x][x] += 1
        for y in members[(i + 1)...] {
          counts[x][y] += 1
          counts[y][x] += 1
        }
      }
    }
    for document in data.documents where !document.segments.isEmpty {
      let range = document.segments
      if window == 1 {
        for index in range { count(sets[index]) }
        continue
      }
      let lastStart = max(range.lowerBound, range.upperBound - window)
      for start in range.lowerBound...lastStart {
        var union = Set<Int>()
        for index in start..<min(start + window, range.upperBound) { union.formUnion(sets[index]) }
        count(union.sorted())
      }
    }
    units = unitCount
    concepts = rowNodes.enumerated().map { position, node in
      Concept(
        conceptId: tree.nodes[node].id, label: tree.nodes[node].label, depth: tree.nodes[node].depth,
        units: counts[position][position])
    }
    jaccard = (0..<n).map { i in
      (0..<n).map { j in
        let either = counts[i][i] + counts[j][j] - counts[i][j]
        return either == 0 ? 0 : Double(counts[i][j]) / Double(either)
      }
    }
    var pairs: [Pair] = []
    for i in 0..<n {
      for j in (i + 1)..<max(i + 1, n) where counts[i][j] > 0 {
        pairs.append(
          Pair(
            a: tree.nodes[rowNodes[i]].label, b: tree.nodes[rowNodes[j]].label, count: counts[i][j],
            jaccard: jaccard[i][j]))
      }
    }
    pairs.sort { ($0.count, $0.jaccard) > ($1.count, $1.jaccard) }
    self.pairs = pairs
    self.counts = counts
  }
}
