import Foundation
import ThemaAnalysis

/// Everything the report shows, computed once from the analysis data: the matrix with the best quotes
/// per cell, shared and distinctive concepts, levels, placemat grid, versions diffs, co-occurrence and
/// the codebook. Written as a self-contained HTML page (`html()`) and an XLSX workbook (`workbook()`).
///
/// ```swift
/// let report = try AnalysisReport(data: data, by: ["programme"], projectPath: project.path)
/// let files = try report.write(to: URL(fileURLWithPath: "rapport"))
/// print(files.html.path, files.xlsx.path)
/// ```
public struct AnalysisReport: Sendable {
  public var data: AnalysisData
  public var projectPath: String
  public var generated: Date
  public var groupBy: [String]
  public var depth: Int?
  public var filter: SegmentFilter
  public var matrix: ConceptMatrix
  public var distinctiveness: Distinctiveness
  public var levels: ConceptMatrix
  public var placemat: PlacematGrid
  /// The project's survey report, embedded as the report's last section (and linked from the navigation).
  public var survey: SurveyReport?
  /// One diff per group value that occurs in two or more versions (oldest → newest).
  public var diffs: [VersionDiff]
  public var cooccurrence: Cooccurrence
  /// Best quotes per (concept node, group) for every node shown in the matrix or levels view.
  public var cellQuotes: [String: [Quote]]
  /// Coded segments per (node, group) key, to say "3 of 12".
  public var cellTotals: [String: Int]

  /// The attribute whose values are compared as versions.
  public static let versionAttribute = "version"

  /// The report of `data` compared by `keys`. With `unassigned`, the matrix and levels views get a last
  /// column for the segments without a value for `keys` ("(no programme)"); shared and distinctive
  /// concepts still compare the groups that have one.
  public init(
    data: AnalysisData, by keys: [String], depth: Int? = nil, filter: SegmentFilter = SegmentFilter(),
    projectPath: String, generated: Date = Date(), quotesPerCell: Int = 3, unassigned: Bool = false
  ) throws {
    self.data = data
    self.projectPath = projectPath
    self.generated = generated
    groupBy = keys
    self.depth = depth
    self.filter = filter
    let grouping = try Grouping(
      data, by: keys, filter: filter, unassigned: unassigned ? ConceptMatrix.unassignedLabel(keys) : nil)
    let counts = ConceptCounts(data, grouping: grouping)
    let best = BestQuotes(data, grouping: grouping, perCell: quotesPerCell)
    matrix = ConceptMatrix(
      data: data, grouping: grouping, counts: counts, depth: depth, measure: .segments,
      filter: filter)
    if unassigned {
      // "(no programme)" is no programme: it takes no part in what the programmes share or set apart.
      let compared = try Grouping(data, by: keys, filter: filter)
      distinctiveness = Distinctiveness(
        data: data, grouping: compared, counts: ConceptCounts(data, grouping: compared),
        best: BestQuotes(data, grouping: compared, perCell: quotesPerCell), depth: depth, filter: filter)
    } else {
      distinctiveness = Distinctiveness(
        data: data, grouping: grouping, counts: counts, best: best, depth: depth, filter: filter)
    }
    let levelNodes = ConceptMatrix.levelNodes(data.concepts)
    levels = ConceptMatrix(
      data: data, grouping: grouping, counts: counts, depth: nil, measure: .segments,
      filter: filter, rowNodes: levelNodes)
    if levelNodes.isEmpty {
      levels.warnings.append("No concept has dimension 'level' or is named micro, meso or macro.")
    }
    placemat = PlacematGrid(data: data, depth: 1, filter: filter)
    cooccurrence = Cooccurrence(data: data, window: 1, depth: depth ?? 2, filter: filter)
    diffs = try Self.versionDiffs(data: data, keys: keys, filter: filter, depth: depth)
    var quotes: [String: [Quote]] = [:]
    var totals: [String: Int] = [:]
    let nodes = Set(matrix.rows.map(\.node) + levels.rows.map(\.node))
    for node in nodes {
      for g in grouping.labels.indices where counts.segments[node][g] > 0 {
        let key = "\(node):\(g)"
        quotes[key] = best.segments(node: node, group: g).map { data.quote(segment: $0, node: node) }
        totals[key] = counts.segments[node][g]
      }
    }
    cellQuotes = quotes
    cellTotals = totals
  }

  /// For every value of the first grouping attribute that occurs with two or more versions, the diff of
  /// its oldest and newest version (natural order of the version values).
  static func versionDiffs(
    data: AnalysisData, keys: [String], filter: SegmentFilter, depth: Int?
  ) throws -> [VersionDiff] {
    guard let key = keys.first, key != versionAttribute else { return [] }
    var versions: [String: Set<String>] = [:]
    for index in data.segments.indices where filter.matches(data, segment: index) {
      guard let value = data.value(key, segment: index),
        let version = data.value(versionAttribute, segment: index)
      else { continue }
      versions[value, default: []].insert(version)
    }
    return try versions.keys.sorted().compactMap { value in
      let ordered = versions[value]!.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
      guard ordered.count >= 2 else { return nil }
      var conditions = filter.conditions
      conditions.append(.init(attribute: key, value: value))
      return try VersionDiff(
        data: data, attribute: versionAttribute, from: ordered.first!, to: ordered.last!,
        filter: SegmentFilter(conditions), depth: depth)
    }
  }

  // MARK: - Workbook

  /// The workbook: matrices (segments, documents, share, density), shared, distinctive, levels,
  /// placemat, versions, co-occurrence and codebook sheets.
  public func workbook() -> XLSXWriter {
    var sheets = MatrixMeasure.allCases.filter { $0 != .presence }.map {
      DataTable.matrix(matrix, measure: $0, title: "Matrix \($0.rawValue)")
    }
    sheets.append(DataTable.shared(distinctiveness))
    sheets.append(DataTable.distinctive(distinctiveness))
    sheets.append(DataTable.matrix(levels, measure: .segments, title: "Levels"))
    sheets.append(DataTable.placemat(placemat))
    for diff in diffs {
      var table = DataTable.diff(diff)
      table.title = "Versions \(diff.filter)"
      sheets.append(table)
    }
    sheets.append(DataTable.cooccurrence(cooccurrence))
    sheets.append(DataTable.codebook(data.concepts, info: data.codebook))
    return XLSXWriter(sheets: sheets)
  }

  /// Writes `report.html` and `report.xlsx` into `directory` (created when missing).
  @discardableResult
  public func write(to directory: URL) throws -> (html: URL, xlsx: URL) {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw ExportError.cannotWrite(path: directory.path, reason: error.localizedDescription)
    }
    let html = directory.appendingPathComponent("report.html")
    let xlsx = directory.appendingPathComponent("report.xlsx")
    do {
      try Data(self.html().utf8).write(to: html, options: .atomic)
    } catch {
      throw ExportError.cannotWrite(path: html.path, reason: error.localizedDescription)
    }
    try workbook().write(to: xlsx)
    return (html, xlsx)
  }
}
