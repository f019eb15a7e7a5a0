import Foundation

/// What a matrix cell shows.
public enum MatrixMeasure: String, Sendable, Codable, CaseIterable {
  /// Coded segments (a segment counts once per row, however many matches it holds).
  case segments
  /// Documents with at least one coded segment.
  case documents
  /// Coded segments as a share (0…1) of the group's segments.
  case share
  /// Codings (matches) per 1,000 words of the group.
  case density
  /// 1 when the concept occurs in the group, else 0.
  case presence
}

/// Concepts (rows, a tree collapsible to any depth) by the values of one or more attributes (columns).
///
/// Every cell carries all measures; `measure` says which one a table shows. A row aggregates its
/// concept's descendants, counting each segment once.
///
/// ```swift
/// let matrix = try ConceptMatrix(data: data, by: ["programme"], depth: 1, measure: .share)
/// matrix.cells[0][2].segments
/// ```
public struct ConceptMatrix: Sendable, Codable {
  /// A concept row.
  public struct Row: Sendable, Codable, Hashable {
    public var conceptId: String
    public var label: String
    /// 0 for a theme, 1 for a concept below it, …
    public var depth: Int
    /// Whether the concept has children (folded into this row when they are not shown).
    public var hasChildren: Bool
    public var dimension: String?
    /// Index in `AnalysisData.concepts.nodes`.
    public var node: Int
  }

  /// A group column.
  public struct Column: Sendable, Codable, Hashable {
    /// The values, joined with " · " for a combination.
    public var label: String
    public var segments: Int
    public var documents: Int
    public var words: Int
  }

  /// One cell: every measure.
  public struct Cell: Sendable, Codable, Hashable {
    public var segments: Int
    public var documents: Int
    public var codings: Int
    /// segments / the group's segments (0 when the group is empty).
    public var share: Double
    /// codings per 1,000 words of the group.
    public var density: Double
    public var present: Bool

    /// The value of one measure.
    public func value(_ measure: MatrixMeasure) -> Double {
      switch measure {
      case .segments: Double(segments)
      case .documents: Double(documents)
      case .share: share
      case .density: density
      case .presence: present ? 1 : 0
      }
    }

    /// The measure as text: counts as integers, share as a percentage, density with one decimal.
    public func formatted(_ measure: MatrixMeasure) -> String {
      switch measure {
      case .segments: "\(segments)"
      case .documents: "\(documents)"
      case .share: String(format: "%.1f%%", share * 100)
      case .density: String(format: "%.1f", density)
      case .presence: present ? "x" : "·"
      }
    }
  }

  public var groupedBy: [String]
  public var measure: MatrixMeasure
  /// Rows shown down to this depth (nil: all).
  public var depth: Int?
  public var codebook: CodebookInfo
  public var scope: ResolvedScope
  /// The `--where` filter, as text.
  public var filter: String
  public var rows: [Row]
  public var columns: [Column]
  /// `cells[row][column]`.
  public var cells: [[Cell]]
  /// Per row, all groups together.
  public var totals: [Cell]
  /// The column for all groups together.
  public var totalColumn: Column
  /// Segments outside every group (missing attribute), reported not dropped.
  public var ungroupedSegments: Int
  public var warnings: [String]

  /// Builds the matrix. `rowNodes` picks rows other than the collapsed tree (used by the levels view).
  /// With `unassigned`, the segments without a value for `keys` are a last column, "(no programme)",
  /// instead of being left out (and named in a warning).
  public init(
    data: AnalysisData, by keys: [String], depth: Int? = nil, measure: MatrixMeasure = .segments,
    filter: SegmentFilter = SegmentFilter(), rowNodes: [Int]? = nil, unassigned: Bool = false
  ) throws {
    let grouping = try Grouping(
      data, by: keys, filter: filter, unassigned: unassigned ? Self.unassignedLabel(keys) : nil)
    let counts = ConceptCounts(data, grouping: grouping)
    self.init(
      data: data, grouping: grouping, counts: counts, depth: depth, measure: measure, filter: filter,
      rowNodes: rowNodes)
  }

  /// The label of the column of segments without a value: "(no programme)", "(no programme/version)".
  public static func unassignedLabel(_ keys: [String]) -> String { "(no \(keys.joined(separator: "/")))" }

  /// Builds the matrix from counts already made (the report reuses them for several views).
  public init(
    data: AnalysisData, grouping: Grouping, counts: ConceptCounts, depth: Int?,
    measure: MatrixMeasure, filter: SegmentFilter, rowNodes: [Int]? = nil
  ) {
    groupedBy = grouping.keys
    self.measure = measure
    self.depth = depth
    codebook = data.codebook
    scope = data.scope
    self.filter = filter.description
    let nodes = rowNodes ?? data.concepts.rowIndices(depth: depth)
    rows = nodes.map { index in
      let node = data.concepts.nodes[index]
      return Row(
        conceptId: node.id, label: node.label, depth: node.depth, hasChildren: node.hasChildren,
        dimension: node.dimension, node: index)
    }
    columns = grouping.labels.indices.map { g in
      Column(
        label: grouping.labels[g], segments: grouping.segmentCounts[g],
        documents: grouping.documentCounts[g], words: grouping.wordCounts[g])
    }
    let allSegments = grouping.segmentCounts.reduce(0, +)
    let allWords = grouping.wordCounts.reduce(0, +)
    totalColumn = Column(
      label: "all", segments: allSegments, documents: grouping.documentCounts.reduce(0, +),
      words: allWords)
    cells = nodes.map { node in
      grouping.labels.indices.map { g in
        Self.cell(
          segments: counts.segments[node][g], documents: counts.documents[node][g],
          codings: counts.codings[node][g], groupSegments: grouping.segmentCounts[g],
          groupWords: grouping.wordCounts[g])
      }
    }
    totals = nodes.map { node in
      Self.cell(
        segments: counts.totalSegments[node], documents: counts.totalDocuments[node],
        codings: counts.totalCodings[node], groupSegments: allSegments, groupWords: allWords)
    }
    ungroupedSegments = grouping.ungroupedSegments
    var warnings = data.warnings
    if let extra = grouping.unassignedGroup {
      warnings.append(
        "\(grouping.ungroupedSegments) segment(s) have no value for \(grouping.keys.joined(separator: "/")): "
          + "column \(grouping.labels[extra])")
    } else if grouping.ungroupedSegments > 0 {
      warnings.append(
        "\(grouping.ungroupedSegments) segment(s) have no value for \(grouping.keys.joined(separator: "/")) and are "
          + "in no column (--unassigned shows them)")
    }
    if grouping.labels.isEmpty {
      let present = Set(data.documents.flatMap(\.attributes.keys)).sorted()
      warnings.append(
        "no segment has a value for \(grouping.keys.joined(separator: "/")): every cell is empty; "
          + (present.isEmpty
            ? "the documents have no attributes (give them some with a manifest or 'thema add --attr KEY=VALUE'), or compare by document, kind, heading or speaker with --by"
            : "the documents' attributes are \(present.joined(separator: ", ")); compare by one of them (or by document, kind, heading, speaker) with --by"))
    }
    self.warnings = warnings
  }

  static func cell(segments: Int, documents: Int, codings: Int, groupSegments: Int, groupWords: Int)
    -> Cell
  {
    Cell(
      segments: segments, documents: documents, codings: codings,
      share: groupSegments == 0 ? 0 : Double(segments) / Double(groupSegments),
      density: groupWords == 0 ? 0 : Double(codings) * 1000 / Double(groupWords),
      present: segments > 0)
  }
}
