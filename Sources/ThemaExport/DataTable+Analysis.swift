import Foundation
import ThemaAnalysis

// MARK: - Tables of the analyses
//
// The column names below are the documented CSV/XLSX columns (README, "CSV columns").

extension DataTable {
  /// The matrix: `concept_id, concept, depth, <one column per group>, all` with the chosen measure
  /// (`compact`: one indented `concept` column instead, for terminals and Markdown).
  public static func matrix(
    _ matrix: ConceptMatrix, measure: MatrixMeasure? = nil, compact: Bool = false,
    title: String? = nil
  ) -> DataTable {
    let measure = measure ?? matrix.measure
    let labels = compact ? ["concept"] : ["concept_id", "concept", "depth"]
    var table = DataTable(
      title: title ?? "Matrix (\(measure.rawValue))",
      headers: labels + matrix.columns.map(\.label) + ["all"], labelColumns: labels.count)
    for (index, row) in matrix.rows.enumerated() {
      let label: [TableValue] =
        compact
        ? [.text(String(repeating: "  ", count: row.depth) + row.label + (row.hasChildren && matrix.depth != nil && row.depth == matrix.depth! - 1 ? " +" : ""))]
        : [.text(row.conceptId), .text(row.label), .integer(row.depth)]
      table.rows.append(label + (matrix.cells[index] + [matrix.totals[index]]).map { value($0, measure) })
    }
    let columnSizes = matrix.columns.map { "\($0.label) \($0.segments)" }.joined(separator: ", ")
    table.notes = [
      "Rows: codebook \(matrix.codebook.name) \(matrix.codebook.version); columns: \(matrix.groupedBy.joined(separator: " · ")); cells: \(describe(measure)).",
      "Codings counted: \(matrix.scope.resolved.rawValue) — \(matrix.scope.note).",
      "Segments per column: \(columnSizes.isEmpty ? "none" : columnSizes); filter: \(matrix.filter).",
    ] + (compact && matrix.rows.contains { $0.hasChildren && matrix.depth != nil && $0.depth == matrix.depth! - 1 } ? ["'+': the row folds in the concepts below it."] : []) + matrix.warnings
    return table
  }

  static func value(_ cell: ConceptMatrix.Cell, _ measure: MatrixMeasure) -> TableValue {
    switch measure {
    case .segments: .integer(cell.segments)
    case .documents: .integer(cell.documents)
    case .share: .percent(cell.share)
    case .density: .decimal(cell.density, digits: 2)
    case .presence: .integer(cell.present ? 1 : 0)
    }
  }

  /// What a measure counts, in a sentence fragment.
  public static func describe(_ measure: MatrixMeasure) -> String {
    switch measure {
    case .segments: "coded segments (each segment once per row)"
    case .documents: "documents with a coded segment"
    case .share: "coded segments as a share of the column's segments"
    case .density: "codings per 1,000 words"
    case .presence: "presence (1 = occurs)"
    }
  }

  /// Per group, the distinctive concepts: `group, direction, concept_id, concept, depth, count,
  /// group_segments, other_count, other_segments, share, other_share, g2, p, fisher_p, percent_diff,
  /// log_ratio, small_counts, significant, quote, quote_document, quote_segment`.
  public static func distinctive(_ result: Distinctiveness) -> DataTable {
    var table = DataTable(
      title: "Distinctive",
      headers: [
        "group", "direction", "concept_id", "concept", "depth", "count", "group_segments",
        "other_count", "other_segments", "share", "other_share", "g2", "p", "fisher_p",
        "percent_diff", "log_ratio", "small_counts", "significant", "quote", "quote_document",
        "quote_segment",
      ], labelColumns: 4)
    for group in result.groups {
      for item in group.overRepresented + group.underRepresented {
        let c = item.comparison
        let quote = item.quotes.first
        table.rows.append([
          .text(group.group), .text(c.direction), .text(item.conceptId), .text(item.label),
          .integer(item.depth), .integer(c.groupCount), .integer(c.groupSize), .integer(c.otherCount),
          .integer(c.otherSize),
          .percent(c.groupSize == 0 ? 0 : Double(c.groupCount) / Double(c.groupSize)),
          .percent(c.otherSize == 0 ? 0 : Double(c.otherCount) / Double(c.otherSize)),
          .decimal(c.g2, digits: 3), .decimal(c.p, digits: 4),
          c.fisherP.map { .decimal($0, digits: 4) } ?? .empty,
          c.percentDiff.map { .decimal($0, digits: 1) } ?? .empty, .decimal(c.logRatio, digits: 2),
          .text(c.smallCounts ? "yes" : "no"), .text(item.significant ? "yes" : "no"),
          quote.map { .text($0.text) } ?? .empty, quote.map { .text($0.document) } ?? .empty,
          quote.map { .integer($0.segmentOrdinal) } ?? .empty,
        ])
      }
    }
    table.notes = ["Codings counted: \(result.scope.resolved.rawValue) — \(result.scope.note)."] + result.warnings
    return table
  }

  /// The common core and the concepts of one group only: `kind, concept_id, concept, depth, segments,
  /// groups`.
  public static func shared(_ result: Distinctiveness) -> DataTable {
    var table = DataTable(
      title: "Shared", headers: ["kind", "concept_id", "concept", "depth", "segments", "groups"],
      labelColumns: 3)
    for item in result.commonCore {
      table.rows.append([
        .text("common core"), .text(item.conceptId), .text(item.label), .integer(item.depth),
        .integer(item.segments), .text(item.groups.joined(separator: "; ")),
      ])
    }
    for item in result.onlyOneGroup {
      table.rows.append([
        .text("one group only"), .text(item.conceptId), .text(item.label), .integer(item.depth),
        .integer(item.segments), .text(item.groups.joined(separator: "; ")),
      ])
    }
    return table
  }

  /// The versions diff: `change, concept_id, concept, depth, count_a, share_a, count_b, share_b,
  /// log_ratio, g2, p, fisher_p, quote_a, quote_b`.
  public static func diff(_ diff: VersionDiff) -> DataTable {
    var table = DataTable(
      title: "Versions \(diff.from)–\(diff.to)",
      headers: [
        "change", "concept_id", "concept", "depth", "count_a", "share_a", "count_b", "share_b",
        "log_ratio", "g2", "p", "fisher_p", "quote_a", "quote_b",
      ], labelColumns: 3)
    let ordered = diff.gained + diff.lost + diff.shifted + diff.items.filter { $0.change == .stable }
    for item in ordered {
      let c = item.comparison
      table.rows.append([
        .text(item.change.rawValue), .text(item.conceptId), .text(item.label), .integer(item.depth),
        .integer(item.countA), .percent(item.shareA), .integer(item.countB), .percent(item.shareB),
        .decimal(c.logRatio, digits: 2), .decimal(c.g2, digits: 3), .decimal(c.p, digits: 4),
        c.fisherP.map { .decimal($0, digits: 4) } ?? .empty,
        item.quotesA.first.map { .text($0.text) } ?? .empty,
        item.quotesB.first.map { .text($0.text) } ?? .empty,
      ])
    }
    table.notes = [
      "A = \(diff.attribute) \(diff.from) (\(diff.segmentsA) segments), B = \(diff.attribute) \(diff.to) (\(diff.segmentsB) segments); filter: \(diff.filter).",
      "Shifted: occurs in both with |log₂ ratio| ≥ \(diff.shiftThreshold); positive log ratio = more weight in B.",
      "Codings counted: \(diff.scope.resolved.rawValue) — \(diff.scope.note).",
    ] + diff.warnings
    return table
  }

  /// Co-occurring pairs: `concept_a, concept_b, count, jaccard, units_a, units_b`.
  public static func cooccurrence(_ co: Cooccurrence, limit: Int? = nil) -> DataTable {
    var table = DataTable(
      title: "Co-occurrence",
      headers: ["concept_a", "concept_b", "count", "jaccard", "units_a", "units_b"], labelColumns: 2)
    let units = Dictionary(co.concepts.map { ($0.label, $0.units) }, uniquingKeysWith: max)
    for pair in limit.map({ Array(co.pairs.prefix($0)) }) ?? co.pairs {
      table.rows.append([
        .text(pair.a), .text(pair.b), .integer(pair.count), .decimal(pair.jaccard, digits: 3),
        .integer(units[pair.a] ?? 0), .integer(units[pair.b] ?? 0),
      ])
    }
    table.notes = [
      "Units: \(co.window == 1 ? "segments" : "windows of \(co.window) consecutive segments") (\(co.units)); filter: \(co.filter).",
      "Codings counted: \(co.scope.resolved.rawValue) — \(co.scope.note).",
    ]
    return table
  }

  /// Quotes: `document, version, segment, segment_start, segment_end, concept_id, match_start,
  /// match_end, original_start, original_end, matched_text, status, text`.
  public static func quotes(_ result: QuoteQuery.Result) -> DataTable {
    var table = DataTable(
      title: "Quotes \(result.conceptLabel)",
      headers: [
        "document", "version", "segment", "segment_start", "segment_end", "concept_id", "match_start",
        "match_end", "original_start", "original_end", "matched_text", "status", "text",
      ], labelColumns: 1)
    for quote in result.quotes {
      for match in quote.matches {
        table.rows.append([
          .text(quote.document), .integer(quote.documentVersion), .integer(quote.segmentOrdinal),
          .integer(quote.segmentStart), .integer(quote.segmentEnd), .text(match.conceptId),
          .integer(match.start), .integer(match.end), .integer(match.originalStart),
          .integer(match.originalEnd), .text(match.matchedText), .text(match.status),
          .text(quote.text),
        ])
      }
    }
    table.notes = [
      "\(result.total) coded segment(s) for \(result.conceptLabel) (with the concepts below it) in \(result.filter); \(result.quotes.count) shown.",
      "Codings counted: \(result.scope.resolved.rawValue) — \(result.scope.note).",
    ]
    return table
  }

  /// The placemat grid: `dimension, context, statements, coded_statements, concepts`.
  public static func placemat(_ grid: PlacematGrid) -> DataTable {
    var table = DataTable(
      title: "Placemat",
      headers: [grid.rowAttribute, grid.columnAttribute, "statements", "coded_statements", "concepts"],
      labelColumns: 2)
    for (r, row) in grid.rows.enumerated() {
      for (c, column) in grid.columns.enumerated() {
        let cell = grid.cells[r][c]
        table.rows.append([
          .text(row), .text(column), .integer(cell.statements), .integer(cell.codedStatements),
          .text(cell.concepts.map { "\($0.label) (\($0.statements))" }.joined(separator: "; ")),
        ])
      }
    }
    if grid.unplaced > 0 {
      table.notes.append("\(grid.unplaced) statement(s) have only one of \(grid.rowAttribute)/\(grid.columnAttribute) and are not placed.")
    }
    return table
  }

  /// The codebook: `concept_id, concept, depth, parent_id, dimension, definition`.
  public static func codebook(_ tree: ConceptTree, info: CodebookInfo) -> DataTable {
    var table = DataTable(
      title: "Codebook",
      headers: ["concept_id", "concept", "depth", "parent_id", "dimension", "definition"],
      labelColumns: 2)
    for node in tree.nodes {
      table.rows.append([
        .text(node.id), .text(node.label), .integer(node.depth),
        node.parent.map { .text(tree.nodes[$0].id) } ?? .empty,
        node.dimension.map { .text($0) } ?? .empty, node.definition.map { .text($0) } ?? .empty,
      ])
    }
    table.notes = ["Codebook \(info.name) version \(info.version) (\(info.language)), SHA-256 \(info.sha256), from \(info.sourcePath)."]
    return table
  }
}
