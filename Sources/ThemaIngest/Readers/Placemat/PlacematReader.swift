import Foundation

/// Reads placemat-session notes kept as a table with the columns group, dimension, context and statement
/// (Dutch headers too: groep, dimensie, context, uitspraak): each statement becomes a segment with the
/// attributes `group`, `dimension` and `context`.
///
/// The table may be a CSV file (`,`, `;` or tab), a Markdown pipe table, or a table in a Word .docx
/// (recognised by its ZIP signature). Rows without a statement are skipped with a warning; a table
/// without a statement column is an error.
///
/// ```swift
/// let document = try PlacematReader().read(data, name: "placemat-studiedag.csv")
/// document.segments[0].attributes["dimension"]   // "werk"
/// ```
public struct PlacematReader: DocumentReader {
  public init() {}

  public func read(_ data: Data, name: String) throws -> IngestedDocument {
    if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try readDocx(data, name: name) }
    let decoded = try TextDecoder.decode(data, name: name)
    let isMarkdown = name.lowercased().hasSuffix(".md") || name.lowercased().hasSuffix(".markdown")
    let table: DelimitedTable
    if isMarkdown || !name.lowercased().hasSuffix(".csv"), let markdown = DelimitedTable.markdown(decoded.utf8) {
      table = markdown
    } else {
      table = DelimitedTable.csv(decoded.utf8, delimiter: DelimitedTable.delimiter(decoded.utf8))
    }
    guard let header = table.rows.first,
      let columns = PlacematColumns(headers: header.map { DelimitedTable.string(of: $0, in: decoded) })
    else {
      throw IngestError.invalid(
        file: name, reason: "no placemat table found: the first row needs a column 'statement' (or 'uitspraak'), with group, dimension and context")
    }
    var segments: [Segment] = []
    var warnings = decoded.warnings
    for (number, row) in table.rows.enumerated().dropFirst() {
      let cells = row.map { DelimitedTable.string(of: $0, in: decoded) }
      guard columns.statement < row.count, let cell = DelimitedTable.text(of: row[columns.statement], in: decoded) else {
        warnings.append("\(name): row \(number + 1) has no statement; skipped.")
        continue
      }
      segments.append(
        Segment(
          kind: .tableRow, text: cell.text, start: cell.start, end: cell.end,
          byteStart: decoded.byteOffset(ofScalar: cell.start), byteEnd: decoded.byteOffset(ofScalar: cell.end),
          map: cell.map, attributes: columns.attributes(cells)))
    }
    return IngestedDocument(format: .placemat, encoding: decoded.encoding, segments: segments, warnings: warnings)
  }

  /// Placemat tables inside a Word document: every table whose first row has a statement column.
  private func readDocx(_ data: Data, name: String) throws -> IngestedDocument {
    let (tables, docxWarnings) = try DocxReader.tables(data, name: name)
    var warnings = docxWarnings
    var segments: [Segment] = []
    var found = false
    for rows in tables {
      guard let header = rows.first, let columns = PlacematColumns(headers: header.cells.map(\.text)) else { continue }
      found = true
      for (number, row) in rows.enumerated().dropFirst() {
        guard columns.statement < row.cells.count, !row.cells[columns.statement].text.isEmpty else {
          warnings.append("\(name): table row \(number + 1) has no statement; skipped.")
          continue
        }
        var segment = row.cells[columns.statement]
        segment.attributes = columns.attributes(row.cells.map(\.text))
        segments.append(segment)
      }
    }
    guard found else {
      throw IngestError.invalid(file: name, reason: "no table with a 'statement' (or 'uitspraak') column in the document")
    }
    return IngestedDocument(format: .placemat, encoding: nil, segments: segments, warnings: warnings)
  }

  /// Whether a CSV file's first line names the four placemat columns (automatic detection).
  public static func hasPlacematHeader(_ data: Data) -> Bool {
    guard let decoded = try? TextDecoder.decode(data.prefix(4096), name: "") else { return false }
    let table = DelimitedTable.csv(decoded.utf8, delimiter: DelimitedTable.delimiter(decoded.utf8))
    guard let header = table.rows.first else { return false }
    return PlacematColumns(headers: header.map { DelimitedTable.string(of: $0, in: decoded) })?.isComplete ?? false
  }
}
