// MARK: - Levels

extension ConceptMatrix {
  /// Names that mark the level concepts when no concept carries the level dimension.
  public static let levelNames: Set<String> = ["micro", "meso", "macro"]

  /// The concept nodes of the level dimension: concepts whose `dimension` is `dimension`, or, when the
  /// codebook marks none, concepts whose id or label is micro, meso or macro.
  public static func levelNodes(_ tree: ConceptTree, dimension: String = "level") -> [Int] {
    let marked = tree.indices(inDimension: dimension)
    if !marked.isEmpty { return marked }
    return tree.nodes.indices.filter {
      levelNames.contains(tree.nodes[$0].id.lowercased())
        || levelNames.contains(tree.nodes[$0].label.lowercased())
    }
  }

  /// The levels matrix: the level concepts (micro/meso/macro) by the values of `keys` (programme).
  ///
  /// ```swift
  /// let levels = try ConceptMatrix.levels(data: data, by: ["programme"])
  /// ```
  public static func levels(
    data: AnalysisData, by keys: [String], dimension: String = "level",
    measure: MatrixMeasure = .segments, filter: SegmentFilter = SegmentFilter(), unassigned: Bool = false
  ) throws -> ConceptMatrix {
    let nodes = levelNodes(data.concepts, dimension: dimension)
    var matrix = try ConceptMatrix(
      data: data, by: keys, measure: measure, filter: filter, rowNodes: nodes, unassigned: unassigned)
    if nodes.isEmpty {
      matrix.warnings.append(
        "no concept has dimension '\(dimension)' or is named micro, meso or macro: no levels to show")
    }
    return matrix
  }
}
