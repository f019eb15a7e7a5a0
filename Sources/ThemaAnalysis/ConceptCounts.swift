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
    var segments = Array(repeating: Array(repeating: 0, count: groupCount), count: nodeCount)
    var documents = segments
    var codings = segments
    var totalSegments = Array(repeating: 0, count: nodeCount)
    var totalDocuments = totalSegments
    var totalCodings = totalSegments
    let ancestry = data.concepts.nodes.indices.map { data.concepts.ancestry(of: $0) }
    var segmentStamp = Array(repeating: -1, count: nodeCount)
    var documentStamp = Array(repeating: -1, count: nodeCount * max(groupCount, 1))
    var totalDocumentStamp = Array(repeating: -1, count: nodeCount)
    for (index, segment) in data.segments.enumerated() {
      guard let g = grouping.group[index], !segment.codings.isEmpty else { continue }
      for c in segment.codings {
        for node in ancestry[data.codings[c].concept] {
          codings[node][g] += 1
          totalCodings[node] += 1
          guard segmentStamp[node] != index else { continue }
          segmentStamp[node] = index
          segments[node][g] += 1
          totalSegments[node] += 1
          if documentStamp[node * groupCount + g] != segment.document {
            documentStamp[node * groupCount + g] = segment.document
            documents[node][g] += 1
          }
          if totalDocumentStamp[node] != segment.document {
            totalDocumentStamp[node] = segment.document
            totalDocuments[node] += 1
          }
        }
      }
    }
    self.segments = segments
    self.documents = documents
    self.codings = codings
    self.totalSegments = totalSegments
    self.totalDocuments = totalDocuments
    self.totalCodings = totalCodings
  }
}
