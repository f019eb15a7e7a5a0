/// What all groups share and what distinguishes each: the common core (concepts present in every group),
/// concepts present in only one group, and per group the concepts over- and under-represented against
/// all other groups together (G², Fisher's exact test where expected counts are below 5, %DIFF and log
/// ratio), each over-represented concept with its best quotes.
///
/// ```swift
/// let result = try Distinctiveness(data: data, by: ["programme"], depth: 2)
/// result.commonCore.map(\.label)
/// result.groups[0].overRepresented.first?.comparison.g2
/// ```
public struct Distinctiveness: Sendable, Codable {
  /// A concept with the groups it occurs in.
  public struct ConceptPresence: Sendable, Codable, Hashable {
    public var conceptId: String
    public var label: String
    public var depth: Int
    /// Groups with at least one coded segment.
    public var groups: [String]
    /// Coded segments over all groups.
    public var segments: Int
  }

  /// One concept in one group against the others.
  public struct Item: Sendable, Codable, Hashable {
    public var conceptId: String
    public var label: String
    public var depth: Int
    public var comparison: GroupComparison
    /// Whether the reported p (Fisher's where counts are small, else G²'s) is below `alpha`.
    public var significant: Bool
    /// The best quotes from this group (over-represented items only).
    public var quotes: [Quote]
  }

  /// The ranking of one group.
  public struct GroupRanking: Sendable, Codable {
    public var group: String
    public var segments: Int
    public var documents: Int
    /// Concepts only this group has.
    public var onlyHere: [String]
    /// Over-represented concepts, highest G² first.
    public var overRepresented: [Item]
    /// Under-represented concepts (present elsewhere, rarer or absent here), highest G² first.
    public var underRepresented: [Item]
  }

  public var groupedBy: [String]
  public var depth: Int?
  public var codebook: CodebookInfo
  public var scope: ResolvedScope
  public var filter: String
  /// Significance level for `Item.significant`.
  public var alpha: Double
  /// Concepts present in every group.
  public var commonCore: [ConceptPresence]
  /// Concepts present in exactly one group.
  public var onlyOneGroup: [ConceptPresence]
  public var groups: [GroupRanking]
  public var warnings: [String]

  /// The standing warning about small counts, added when any item has an expected count below 5.
  public static let smallCountsWarning =
    "Small counts: where an expected count is below 5, Fisher's exact p is reported instead of G²'s, "
    + "and such differences carry little weight — read the quotes before drawing conclusions."

  public init(
    data: AnalysisData, by keys: [String], depth: Int? = nil, filter: SegmentFilter = SegmentFilter(),
    limit: Int = 10, quotesPerItem: Int = 2, alpha: Double = 0.05
  ) throws {
    let grouping = try Grouping(data, by: keys, filter: filter)
    let counts = ConceptCounts(data, grouping: grouping)
    let best = BestQuotes(data, grouping: grouping, perCell: quotesPerItem)
    self.init(
      data: data, grouping: grouping, counts: counts, best: best, depth: depth, filter: filter,
      limit: limit, alpha: alpha)
  }

  public init(
    data: AnalysisData, grouping: Grouping, counts: ConceptCounts, best: BestQuotes, depth: Int?,
    filter: SegmentFilter, limit: Int = 10, alpha: Double = 0.05
  ) {
    groupedBy = grouping.keys
    self.depth = depth
    codebook = data.codebook
    scope = data.scope
    self.filter = filter.description
    self.alpha = alpha
    let nodes = data.concepts.rowIndices(depth: depth)
    let groupCount = grouping.labels.count
    let allSegments = grouping.segmentCounts.reduce(0, +)
    var common: [ConceptPresence] = []
    var only: [ConceptPresence] = []
    var onlyHere = Array(repeating: [String](), count: groupCount)
    for node in nodes {
      let present = (0..<groupCount).filter { counts.segments[node][$0] > 0 }
      let concept = data.concepts.nodes[node]
      let presence = ConceptPresence(
        conceptId: concept.id, label: concept.label, depth: concept.depth,
        groups: present.map { grouping.labels[$0] }, segments: counts.totalSegments[node])
      if groupCount > 0 && present.count == groupCount { common.append(presence) }
      if present.count == 1 && groupCount > 1 {
        only.append(presence)
        onlyHere[present[0]].append(concept.label)
      }
    }
    commonCore = common
    onlyOneGroup = only
    var anySmall = false
    groups = (0..<groupCount).map { g in
      var over: [Item] = []
      var under: [Item] = []
      for node in nodes where counts.totalSegments[node] > 0 {
        let a = counts.segments[node][g]
        let comparison = GroupComparison(
          groupCount: a, groupSize: grouping.segmentCounts[g],
          otherCount: counts.totalSegments[node] - a,
          otherSize: allSegments - grouping.segmentCounts[g])
        let concept = data.concepts.nodes[node]
        var item = Item(
          conceptId: concept.id, label: concept.label, depth: concept.depth, comparison: comparison,
          significant: comparison.reportedP < alpha, quotes: [])
        switch comparison.direction {
        case "over":
          item.quotes = best.segments(node: node, group: g).map { data.quote(segment: $0, node: node) }
          over.append(item)
        case "under": under.append(item)
        default: continue
        }
      }
      let rank: (Item, Item) -> Bool = {
        ($0.comparison.g2, -$0.depth) > ($1.comparison.g2, -$1.depth)
      }
      over.sort(by: rank)
      under.sort(by: rank)
      over = Array(over.prefix(limit))
      under = Array(under.prefix(limit))
      if (over + under).contains(where: \.comparison.smallCounts) { anySmall = true }
      return GroupRanking(
        group: grouping.labels[g], segments: grouping.segmentCounts[g],
        documents: grouping.documentCounts[g], onlyHere: onlyHere[g], overRepresented: over,
        underRepresented: under)
    }
    var warnings = data.warnings
    if anySmall { warnings.append(Self.smallCountsWarning) }
    if grouping.ungroupedSegments > 0 {
      warnings.append(
        "\(grouping.ungroupedSegments) segment(s) have no value for \(grouping.keys.joined(separator: "/")) and are left out")
    }
    if groupCount < 2 { warnings.append("fewer than two groups: nothing to compare") }
    self.warnings = warnings
  }
}
