/// Counts per concept node and group: coded segments (each segment once per node, a node counting its
/// own codings and its descendants'), documents, and codings. The engine under every matrix.
///
/// ```swift
/// let counts = ConceptCounts(data, grouping: grouping)
/// counts.segments[node][group]
/// ```
public struct ConceptCounts: Sendable {
  /// `segments[node][group]`: segments in the group coded with the node or a descendant.
  public var segments: [[Int]]
  /// `documents[node][group]`: documents with at least one such segment in the group.
  public var documents: [[Int]]
  /// `codings[node][group]`: codings of the node or a descendant in the group.
  public var codings: [[Int]]
  /// Over all groups together (a segment in no group is not counted).
  public var totalSegments: [Int]
  public var totalDocuments: [Int]
  public var totalCodings: [Int]

  public init(_ data: AnalysisData, grouping: Grouping) {
    let nodeCount = data.concepts.nodes.count
    let groupCount = grouping.labels.count
    // Flat node × group counters: nested arrays cost a uniqueness check per increment on the hot path.
    var segments = Array(repeating: 0, count: nodeCount * groupCount)
    var documents = segments
    var codings = segments
    var totalSegments = Array(repeating: 0, count: nodeCount)
    var totalDocuments = totalSegments
    var totalCodings = totalSegments
    let ancestry = data.concepts.nodes.indices.map { data.concepts.ancestry(of: $0) }
    var segmentStamp = Array(repeating: -1, count: nodeCount)
    var documentStamp = Array(repeating: -1, count: nodeCount * max(groupCount, 1))
    var totalDocumentStamp = Array(repeating: -1, count: nodeCount)
    for index in data.segments.indices {
      let range = data.segments[index].codings
      guard let g = grouping.group[index], !range.isEmpty else { continue }
      let document = data.segments[index].document
      for c in range {
        for node in ancestry[data.codings[c].concept] {
          let cell = node * groupCount + g
          codings[cell] += 1
          totalCodings[node] += 1
          guard segmentStamp[node] != index else { continue }
          segmentStamp[node] = index
          segments[cell] += 1
          totalSegments[node] += 1
          if documentStamp[cell] != document {
            documentStamp[cell] = document
            documents[cell] += 1
          }
          if totalDocumentStamp[node] != document {
            totalDocumentStamp[node] = document
            totalDocuments[node] += 1
          }
        }
      }
    }
    func nested(_ flat: [Int]) -> [[Int]] {
      (0..<nodeCount).map { Array(flat[($0 * groupCount)..<(($0 + 1) * groupCount)]) }
    }
    self.segments = nested(segments)
    self.documents = nested(documents)
    self.codings = nested(codings)
    self.totalSegments = totalSegments
    self.totalDocuments = totalDocuments
    self.totalCodings = totalCodings
  }
}
