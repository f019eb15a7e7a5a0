import Foundation

/// Tables in text (CSV with `,`, `;` or tab, and Markdown pipe tables), each cell with its text and its
/// place in the decoded original.
///
/// Handwritten rather than CSV.swift because the segments need every cell's offsets in the original so
/// that quotes can be traced, which CSV.swift does not report; the CSV grammar (RFC 4180: quoted fields
/// with `""` escapes and line breaks) is small.
struct DelimitedTable {
  /// One cell: the UTF-8 range of its content in the decoded text, and whether it was quoted.
  struct Cell {
    var range: Range<Int>
    var quoted: Bool
  }

  var rows: [[Cell]]

  // MARK: - CSV

  /// The delimiter of a CSV file: the one of `,`, `;`, tab that occurs most in the first line.
  static func delimiter(_ utf8: [UInt8]) -> UInt8 {
    let firstLine = utf8.prefix { $0 != 0x0A && $0 != 0x0D }
    let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]
    return candidates.max { a, b in firstLine.count(where: { $0 == a }) < firstLine.count(where: { $0 == b }) }!
  }

  /// Splits CSV into rows of cells (RFC 4180). Blank lines are skipped.
  static func csv(_ utf8: [UInt8], delimiter: UInt8) -> DelimitedTable {
    var rows: [[Cell]] = []
    var row: [Cell] = []
    var i = 0
    let n = utf8.count
    let quote = UInt8(ascii: "\"")
    while i <= n {
      // One field.
      var cell: Cell
      if i < n, utf8[i] == quote {
        let start = i + 1
        var j = start
        while j < n {
          if utf8[j] == quote {
            if j + 1 < n, utf8[j + 1] == quote {
              j += 2
              continue
            }
            break
          }
          j += 1
        }
        cell = Cell(range: start..<min(j, n), quoted: true)
        i = min(j + 1, n)
        while i < n, utf8[i] != delimiter, utf8[i] != 0x0A, utf8[i] != 0x0D { i += 1 }  // stray text after the quote
      } else {
        let start = i
        while i < n, utf8[i] != delimiter, utf8[i] != 0x0A, utf8[i] != 0x0D { i += 1 }
        cell = Cell(range: start..<i, quoted: false)
      }
      row.append(cell)
      if i < n, utf8[i] == delimiter {
        i += 1
        continue
      }
      // End of a record.
      if !(row.count == 1 && row[0].range.isEmpty) { rows.append(row) }
      row = []
      if i < n, utf8[i] == 0x0D { i += 1 }
      if i < n, utf8[i] == 0x0A { i += 1 }
      if i >= n { break }
    }
    return DelimitedTable(rows: rows)
  }

  // MARK: - Markdown

  /// The pipe tables of a Markdown text, concatenated: header row, separator row (`|---|`), data rows.
  /// Returns the header row first; `nil` when there is no pipe table.
  static func markdown(_ utf8: [UInt8]) -> DelimitedTable? {
    let lines = TranscriptReader.lines(utf8)
    var rows: [[Cell]] = []
    var index = 0
    while index < lines.count {
      let cells = pipeCells(utf8, lines[index])
      guard let header = cells, index + 1 < lines.count, let separator = pipeCells(utf8, lines[index + 1]),
        separator.allSatisfy({ utf8[$0.range].allSatisfy { [UInt8(ascii: "-"), UInt8(ascii: ":"), 0x20].contains($0) } })
      else {
        index += 1
        continue
      }
      if rows.isEmpty { rows.append(header) }
      index += 2
      while index < lines.count, let cells = pipeCells(utf8, lines[index]) {
        rows.append(cells)
        index += 1
      }
    }
    return rows.isEmpty ? nil : DelimitedTable(rows: rows)
  }

  /// The cells of a `| a | b |` line (trimmed ranges), `nil` when the line is not a table row.
  static func pipeCells(_ utf8: [UInt8], _ line: Range<Int>) -> [Cell]? {
    var lo = line.lowerBound
    var hi = line.upperBound
    while lo < hi, utf8[lo] == 0x20 || utf8[lo] == 0x09 { lo += 1 }
    while hi > lo, utf8[hi - 1] == 0x20 || utf8[hi - 1] == 0x09 { hi -= 1 }
    guard lo < hi, utf8[lo] == UInt8(ascii: "|") else { return nil }
    lo += 1
    if hi > lo, utf8[hi - 1] == UInt8(ascii: "|"), utf8[hi - 2] != UInt8(ascii: "\\") { hi -= 1 }
    var cells: [Cell] = []
    var start = lo
    var i = lo
    while i <= hi {
      if i == hi || (utf8[i] == UInt8(ascii: "|") && utf8[i - 1] != UInt8(ascii: "\\")) {
        var a = start
        var b = i
        while a < b, utf8[a] == 0x20 || utf8[a] == 0x09 { a += 1 }
        while b > a, utf8[b - 1] == 0x20 || utf8[b - 1] == 0x09 { b -= 1 }
        cells.append(Cell(range: a..<b, quoted: false))
        start = i + 1
      }
      i += 1
    }
    return cells
  }

  // MARK: - Cell text

  /// The text of a cell (quotes unescaped) and a segment-ready map.
  static func text(of cell: Cell, in decoded: DecodedText) -> (text: String, map: OffsetMap, start: Int, end: Int)? {
    var lo = cell.range.lowerBound
    var hi = cell.range.upperBound
    let utf8 = decoded.utf8
    while lo < hi, utf8[lo] == 0x20 || utf8[lo] == 0x09 || utf8[lo] == 0x0A || utf8[lo] == 0x0D { lo += 1 }
    while hi > lo, utf8[hi - 1] == 0x20 || utf8[hi - 1] == 0x09 || utf8[hi - 1] == 0x0A || utf8[hi - 1] == 0x0D {
      hi -= 1
    }
    guard lo < hi else { return nil }
    var scalars = String.UnicodeScalarView()
    var map = OffsetMap()
    var runStart = lo
    var i = lo
    func flush(_ end: Int) {
      guard end > runStart else { return }
      let s = decoded.index.scalarOffset(ofUTF8: runStart)
      let e = decoded.index.scalarOffset(ofUTF8: end)
      scalars.append(contentsOf: String(decoding: utf8[runStart..<end], as: UTF8.self).unicodeScalars)
      map.appendVerbatim(originalStart: s, length: e - s)
    }
    while i < hi {
      if cell.quoted, utf8[i] == UInt8(ascii: "\""), i + 1 < hi, utf8[i + 1] == UInt8(ascii: "\"") {
        flush(i)
        let s = decoded.index.scalarOffset(ofUTF8: i)
        scalars.append("\"")
        map.appendReplacement(viewLength: 1, original: s..<(s + 2))
        i += 2
        runStart = i
        continue
      }
      i += 1
    }
    flush(hi)
    let start = decoded.index.scalarOffset(ofUTF8: lo)
    let end = decoded.index.scalarOffset(ofUTF8: hi)
    return (String(scalars), map, start, end)
  }

  /// The plain string of a cell (for headers and attributes).
  static func string(of cell: Cell, in decoded: DecodedText) -> String {
    text(of: cell, in: decoded)?.text ?? ""
  }
}
