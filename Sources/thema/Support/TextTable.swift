/// A plain terminal table that fits a width (100 columns by default) by shortening the widest
/// columns, marking cut cells with "…".
struct TextTable {
  var headers: [String]
  var rows: [[String]] = []
  /// Columns aligned right (numbers).
  var rightAligned: Set<Int> = []

  init(_ headers: [String], rightAligned: Set<Int> = []) {
    self.headers = headers
    self.rightAligned = rightAligned
  }

  mutating func append(_ row: [String]) { rows.append(row) }

  func render(width: Int = 100) -> String {
    var widths = headers.indices.map { column in
      ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" })
        .map(\.count).max() ?? 0
    }
    let separators = 2 * (headers.count - 1)
    while widths.reduce(0, +) + separators > width,
      let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6
    {
      widths[widest] -= 1
    }
    func line(_ cells: [String]) -> String {
      cells.indices.map { column in
        var cell = cells[column]
        let w = widths[column]
        if cell.count > w { cell = String(cell.prefix(w - 1)) + "…" }
        let pad = String(repeating: " ", count: w - cell.count)
        if column == cells.count - 1 && !rightAligned.contains(column) { return cell }
        return rightAligned.contains(column) ? pad + cell : cell + pad
      }.joined(separator: "  ")
    }
    var out = [line(headers), line(widths.map { String(repeating: "-", count: $0) })]
    out += rows.map { line($0 + Array(repeating: "", count: max(0, headers.count - $0.count))) }
    return out.joined(separator: "\n")
  }
}
