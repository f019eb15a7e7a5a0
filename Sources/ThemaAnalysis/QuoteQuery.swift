/// Every quote for one concept (with its descendants) in the segments a filter selects: what opens a
/// matrix cell (`thema quotes --concept innoveren --where programme=Fontys`).
///
/// ```swift
/// let result = try QuoteQuery(concept: "innoveren", filter: try SegmentFilter(parsing: ["programme=Fontys"]))
///   .run(on: data)
/// result.quotes.count
/// ```
public struct QuoteQuery: Sendable {
  /// How quotes are ordered.
  public enum Order: String, Sendable, Codable, CaseIterable {
    /// Document and segment order.
    case document
    /// Best first (see `AnalysisData.quoteScore`).
    case best
  }

  public var concept: String
  public var filter: SegmentFilter
  public var order: Order
  /// At most this many quotes (nil: all).
  public var limit: Int?

  public init(
    concept: String, filter: SegmentFilter = SegmentFilter(), order: Order = .document,
    limit: Int? = nil
  ) {
    self.concept = concept
    self.filter = filter
    self.order = order
    self.limit = limit
  }

  /// The result: the concept, the filter, how many segments there were, and the quotes.
  public struct Result: Sendable, Codable {
    public var conceptId: String
    public var conceptLabel: String
    public var filter: String
    public var scope: ResolvedScope
    public var codebook: String
    /// Coded segments found (before the limit).
    public var total: Int
    public var quotes: [Quote]
  }

  public func run(on data: AnalysisData) throws -> Result {
    guard let node = data.concepts.index(of: concept) else {
      throw AnalysisError.conceptNotFound(concept, codebook: data.codebook.name)
    }
    for condition in filter.conditions {
      let values = data.values(of: condition.attribute)
      if !values.contains(condition.value) {
        throw AnalysisError.valueNotFound(
          attribute: condition.attribute, value: condition.value, available: values)
      }
    }
    let subtree = node..<data.concepts.nodes[node].subtreeEnd
    var found: [Int] = []
    for (index, segment) in data.segments.enumerated()
    where segment.codings.contains(where: { subtree.contains(data.codings[$0].concept) })
      && filter.matches(data, segment: index)
    {
      found.append(index)
    }
    if order == .best {
      let scores = Dictionary(
        uniqueKeysWithValues: found.map { ($0, data.quoteScore(segment: $0, node: node)) })
      found.sort { scores[$0]! > scores[$1]! || (scores[$0]! == scores[$1]! && $0 < $1) }
    }
    let shown = limit.map { Array(found.prefix($0)) } ?? found
    let conceptNode = data.concepts.nodes[node]
    return Result(
      conceptId: conceptNode.id, conceptLabel: conceptNode.label, filter: filter.description,
      scope: data.scope, codebook: data.codebook.name, total: found.count,
      quotes: shown.map { data.quote(segment: $0, node: node) })
  }
}
