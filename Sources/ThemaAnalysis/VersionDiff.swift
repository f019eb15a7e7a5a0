/// What changed between two values of an attribute — typically two versions of one profile
/// (`thema diff --by version 2006 2019`): concepts gained, lost and shifted in weight, with quotes from
/// both sides.
///
/// Weight is the share of the side's segments coded with the concept. A concept "shifted" when it occurs
/// on both sides and its share changed by at least `shiftThreshold` in log₂ ratio (1 = doubled or halved).
///
/// ```swift
/// let diff = try VersionDiff(data: data, attribute: "version", from: "2006", to: "2019",
///                            filter: try SegmentFilter(parsing: ["programme=MLI"]))
/// diff.gained.map(\.label)
/// ```
public struct VersionDiff: Sendable, Codable {
  /// How a concept changed.
  public enum Change: String, Sendable, Codable, CaseIterable {
    case gained, lost, shifted, stable
  }

  /// One concept on both sides.
  public struct Item: Sendable, Codable, Hashable {
    public var conceptId: String
    public var label: String
    public var depth: Int
    public var change: Change
    /// Coded segments and share on side A ("from") and side B ("to").
    public var countA: Int
    public var shareA: Double
    public var countB: Int
    public var shareB: Double
    /// B against A (B as the group, A as the others): G², p, Fisher, log ratio (positive: more in B).
    public var comparison: GroupComparison
    public var quotesA: [Quote]
    public var quotesB: [Quote]
  }

  public var attribute: String
  public var from: String
  public var to: String
  public var filter: String
  public var depth: Int?
  public var codebook: CodebookInfo
  public var scope: ResolvedScope
  public var segmentsA: Int
  public var segmentsB: Int
  public var shiftThreshold: Double
  /// Every concept present on either side, in codebook order.
  public var items: [Item]
  public var warnings: [String]

  public var gained: [Item] { items.filter { $0.change == .gained } }
  public var lost: [Item] { items.filter { $0.change == .lost } }
  /// Shifted concepts, largest shift first.
  public var shifted: [Item] {
    items.filter { $0.change == .shifted }.sorted {
      abs($0.comparison.logRatio) > abs($1.comparison.logRatio)
    }
  }

  public init(
    data: AnalysisData, attribute: String, from a: String, to b: String,
    filter: SegmentFilter = SegmentFilter(), depth: Int? = nil, quotesPerSide: Int = 2,
    shiftThreshold: Double = 1
  ) throws {
    let grouping = try Grouping(data, by: [attribute], filter: filter)
    guard let ga = grouping.index(of: a) else {
      throw AnalysisError.valueNotFound(attribute: attribute, value: a, available: grouping.labels)
    }
    guard let gb = grouping.index(of: b) else {
      throw AnalysisError.valueNotFound(attribute: attribute, value: b, available: grouping.labels)
    }
    let counts = ConceptCounts(data, grouping: grouping)
    let best = BestQuotes(data, grouping: grouping, perCell: quotesPerSide)
    self.attribute = attribute
    from = grouping.labels[ga]
    to = grouping.labels[gb]
    self.filter = filter.description
    self.depth = depth
    codebook = data.codebook
    scope = data.scope
    segmentsA = grouping.segmentCounts[ga]
    segmentsB = grouping.segmentCounts[gb]
    self.shiftThreshold = shiftThreshold
    var items: [Item] = []
    for node in data.concepts.rowIndices(depth: depth) {
      let ca = counts.segments[node][ga]
      let cb = counts.segments[node][gb]
      guard ca + cb > 0 else { continue }
      let comparison = GroupComparison(
        groupCount: cb, groupSize: segmentsB, otherCount: ca, otherSize: segmentsA)
      let change: Change =
        ca == 0 ? .gained : cb == 0 ? .lost
        : abs(comparison.logRatio) >= shiftThreshold ? .shifted : .stable
      let concept = data.concepts.nodes[node]
      items.append(
        Item(
          conceptId: concept.id, label: concept.label, depth: concept.depth, change: change,
          countA: ca, shareA: segmentsA == 0 ? 0 : Double(ca) / Double(segmentsA),
          countB: cb, shareB: segmentsB == 0 ? 0 : Double(cb) / Double(segmentsB),
          comparison: comparison,
          quotesA: best.segments(node: node, group: ga).map { data.quote(segment: $0, node: node) },
          quotesB: best.segments(node: node, group: gb).map { data.quote(segment: $0, node: node) }))
    }
    self.items = items
    var warnings = data.warnings
    if items.contains(where: \.comparison.smallCounts) {
      warnings.append(Distinctiveness.smallCountsWarning)
    }
    self.warnings = warnings
  }
}
