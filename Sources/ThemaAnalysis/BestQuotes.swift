/// The best few quotes for every (concept node, group) cell, found in one pass over the codings.
///
/// ```swift
/// let best = BestQuotes(data, grouping: grouping, perCell: 3)
/// best.segments(node: 4, group: 1)    // segment indices, best first
/// ```
public struct BestQuotes: Sendable {
  private var table: [[[(score: (Int, Int, Int), segment: Int)]]]
  public let perCell: Int

  public init(_ data: AnalysisData, grouping: Grouping, perCell: Int = 3) {
    self.perCell = perCell
    let groupCount = grouping.labels.count
    table = Array(
      repeating: Array(repeating: [], count: groupCount), count: data.concepts.nodes.count)
    let ancestry = data.concepts.nodes.indices.map { data.concepts.ancestry(of: $0) }
    var stamp = Array(repeating: -1, count: data.concepts.nodes.count)
    guard perCell > 0 else { return }
    for index in data.segments.indices {
      let range = data.segments[index].codings
      guard let g = grouping.group[index], !range.isEmpty else { continue }
      for c in range {
        for node in ancestry[data.codings[c].concept] where stamp[node] != index {
          stamp[node] = index
          let score = data.quoteScore(segment: index, node: node)
          var list = table[node][g]
          if list.count == perCell, let last = list.last, !(score > last.score) { continue }
          let position = list.firstIndex { score > $0.score } ?? list.count
          list.insert((score, index), at: position)
          if list.count > perCell { list.removeLast() }
          table[node][g] = list
        }
      }
    }
  }

  /// Segment indices of the best quotes for `node` in `group`, best first.
  public func segments(node: Int, group: Int) -> [Int] { table[node][group].map(\.segment) }
}
