/// The concepts of one codebook as a tree in reading order (pre-order, siblings by `ordinal`).
///
/// A node's descendants are the nodes right after it up to `subtreeEnd`, so a row that stands for a
/// concept "collapsed" at some depth aggregates exactly `index..<subtreeEnd`.
///
/// ```swift
/// let tree = ConceptTree(concepts: [
///   .init(id: "leren", label: "Leren", parentId: nil, ordinal: 0),
///   .init(id: "reflecteren", label: "Reflecteren", parentId: "leren", ordinal: 0),
/// ])
/// tree.nodes[1].depth              // 1
/// tree.rows(depth: 1).map(\.id)    // ["leren"]
/// ```
public struct ConceptTree: Sendable, Codable, Hashable {
  /// A concept as stored in table `concept`.
  public struct Concept: Sendable, Codable, Hashable {
    public var id: String
    public var label: String
    public var parentId: String?
    public var dimension: String?
    public var definition: String?
    public var ordinal: Int

    public init(
      id: String, label: String, parentId: String?, dimension: String? = nil,
      definition: String? = nil, ordinal: Int
    ) {
      self.id = id
      self.label = label
      self.parentId = parentId
      self.dimension = dimension
      self.definition = definition
      self.ordinal = ordinal
    }
  }

  /// One concept in the tree.
  public struct Node: Sendable, Codable, Hashable {
    public var id: String
    public var label: String
    public var dimension: String?
    public var definition: String?
    /// 0 for a top-level concept (a theme), 1 for its children, …
    public var depth: Int
    /// Index of the parent node, nil at the top.
    public var parent: Int?
    /// End (exclusive) of this node's subtree in `nodes`.
    public var subtreeEnd: Int
    /// The node's own index in `nodes`.
    public var index: Int
    /// Whether the node has children.
    public var hasChildren: Bool { subtreeEnd > index + 1 }
  }

  /// Every concept, parents before their children.
  public private(set) var nodes: [Node] = []
  /// Problems found while building the tree (unknown parents, cycles); such concepts become top-level.
  public private(set) var warnings: [String] = []
  private var indexById: [String: Int] = [:]

  public init(concepts: [Concept]) {
    let ids = Set(concepts.map(\.id))
    var children: [String?: [Concept]] = [:]
    for concept in concepts {
      var parent = concept.parentId
      if let p = parent, !ids.contains(p) || p == concept.id {
        warnings.append("concept '\(concept.id)' names an unknown parent '\(p)'; shown at the top")
        parent = nil
      }
      children[parent, default: []].append(concept)
    }
    for key in children.keys {
      children[key]!.sort { ($0.ordinal, $0.id) < ($1.ordinal, $1.id) }
    }
    func visit(_ concept: Concept, depth: Int, parent: Int?) {
      guard indexById[concept.id] == nil else { return }
      let index = nodes.count
      indexById[concept.id] = index
      nodes.append(
        Node(
          id: concept.id, label: concept.label, dimension: concept.dimension,
          definition: concept.definition, depth: depth, parent: parent, subtreeEnd: index + 1, index: index))
      for child in children[concept.id] ?? [] { visit(child, depth: depth + 1, parent: index) }
      nodes[index].subtreeEnd = nodes.count
    }
    for root in children[nil] ?? [] { visit(root, depth: 0, parent: nil) }
    // Concepts only reachable through a cycle: put them at the top so nothing is dropped.
    for concept in concepts where indexById[concept.id] == nil {
      warnings.append("concept '\(concept.id)' is part of a parent cycle; shown at the top")
      visit(concept, depth: 0, parent: nil)
    }
  }

  /// The node index of a concept id, or of a label (case-insensitive) when no id matches.
  public func index(of key: String) -> Int? {
    if let index = indexById[key] { return index }
    let lowered = key.lowercased()
    return nodes.firstIndex { $0.label.lowercased() == lowered || $0.id.lowercased() == lowered }
  }

  /// The node itself and its ancestors, innermost first.
  public func ancestry(of index: Int) -> [Int] {
    var chain = [index]
    var current = nodes[index].parent
    while let p = current {
      chain.append(p)
      current = nodes[p].parent
    }
    return chain
  }

  /// Node indices shown when the tree is collapsed below `depth` levels (nil: every node).
  public func rowIndices(depth: Int?) -> [Int] {
    nodes.indices.filter { depth == nil || nodes[$0].depth < depth! }
  }

  /// Nodes shown when collapsed below `depth` levels.
  public func rows(depth: Int?) -> [Node] { rowIndices(depth: depth).map { nodes[$0] } }

  /// Node indices whose `dimension` equals `dimension` (case-insensitive).
  public func indices(inDimension dimension: String) -> [Int] {
    let lowered = dimension.lowercased()
    return nodes.indices.filter { nodes[$0].dimension?.lowercased() == lowered }
  }
}
