/// The placemat view: dimensions of professionality (rows) × contexts (columns), with per cell the
/// number of statements and the concepts coded in them.
///
/// Row and column values come from segment attributes `dimension` and `context` (set by a reader, or
/// derived from the cell labels "Omgaan met het werk – klas" of placemat notes, see
/// `AnalysisData.derivePlacematCells()`). Headings and labels are not statements. Rows and columns keep
/// the order in which the notes first name them.
///
/// ```swift
/// let grid = PlacematGrid(data: data)
/// grid.cells[0][1].statements
/// ```
public struct PlacematGrid: Sendable, Codable {
  /// A concept in a cell.
  public struct ConceptCount: Sendable, Codable, Hashable {
    public var conceptId: String
    public var label: String
    /// Statements in the cell coded with it.
    public var statements: Int
  }

  /// One cell.
  public struct Cell: Sendable, Codable, Hashable {
    /// Statements (non-heading segments) in the cell.
    public var statements: Int
    /// Statements with at least one coding.
    public var codedStatements: Int
    /// Concepts, most statements first.
    public var concepts: [ConceptCount]
  }

  public var rowAttribute: String
  public var columnAttribute: String
  public var depth: Int?
  public var filter: String
  public var rows: [String]
  public var columns: [String]
  /// `cells[row][column]`.
  public var cells: [[Cell]]
  /// Statements with a row value but no column value or the reverse (reported, not placed).
  public var unplaced: Int

  public init(
    data: AnalysisData, rowAttribute: String = "dimension", columnAttribute: String = "context",
    depth: Int? = 2, filter: SegmentFilter = SegmentFilter()
  ) {
    self.rowAttribute = rowAttribute
    self.columnAttribute = columnAttribute
    self.depth = depth
    self.filter = filter.description
    var rows: [String] = []
    var columns: [String] = []
    var placed: [(segment: Int, row: Int, column: Int)] = []
    var unplaced = 0
    for index in data.segments.indices
    where data.segments[index].kind != "heading"
      && data.segments[index].attributes[AnalysisData.placematLabelAttribute] == nil
    {
      if !filter.isEmpty && !filter.matches(data, segment: index) { continue }
      let r = data.value(rowAttribute, segment: index)
      let c = data.value(columnAttribute, segment: index)
      guard let r, let c else {
        if r != nil || c != nil { unplaced += 1 }
        continue
      }
      let ri = rows.firstIndex(of: r) ?? { rows.append(r); return rows.count - 1 }()
      let ci = columns.firstIndex(of: c) ?? { columns.append(c); return columns.count - 1 }()
      placed.append((index, ri, ci))
    }
    let tree = data.concepts
    var target = Array(tree.nodes.indices)
    if let depth {
      for index in tree.nodes.indices {
        var node = index
        while tree.nodes[node].depth > depth - 1, let parent = tree.nodes[node].parent { node = parent }
        target[index] = node
      }
    }
    var statements = Array(repeating: Array(repeating: 0, count: columns.count), count: rows.count)
    var coded = statements
    var conceptCounts = Array(
      repeating: Array(repeating: [Int: Int](), count: columns.count), count: rows.count)
    for (segment, r, c) in placed {
      statements[r][c] += 1
      let codings = data.segments[segment].codings
      if !codings.isEmpty { coded[r][c] += 1 }
      for node in Set(codings.map { target[data.codings[$0].concept] }) {
        conceptCounts[r][c][node, default: 0] += 1
      }
    }
    cells = rows.indices.map { r in
      columns.indices.map { c in
        Cell(
          statements: statements[r][c], codedStatements: coded[r][c],
          concepts: conceptCounts[r][c].sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.map {
            ConceptCount(conceptId: tree.nodes[$0.key].id, label: tree.nodes[$0.key].label, statements: $0.value)
          })
      }
    }
    self.rows = rows
    self.columns = columns
    self.unplaced = unplaced
  }
}
