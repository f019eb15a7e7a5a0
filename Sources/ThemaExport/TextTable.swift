/// A plain terminal table that fits a width (100 columns by default) by shortening the widest
/// columns, marking cut cells with "…".
///
/// ```swift
/// var table = TextTable(["document", "segments"], rightAligned: [1])
/// table.append(["verslag.md", "12"])
/// print(table.render())
/// ```
public struct TextTable: Sendable {
  public var headers: [String]
  public var rows: [[String]] = []
  /// Columns aligned right (numbers).
  public var rightAligned: Set<Int> = []
  /// Columns never shortened below their header's width when others can give way (labels).
  public var minimumWidth = 6

  public init(_ headers: [String], rightAligned: Set<Int> = []) {
    self.headers = headers
    self.rightAligned = rightAligned
  }

  public mutating func append(_ row: [String]) { rows.append(row) }

  /// The natural width of each column (its longest cell).
  public var naturalWidths: [Int] {
    headers.indices.map { column in
      ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" })
        .map(\.count).max() ?? 0
    }
  }

  public func render(width: Int = 100) -> String {
    var widths = naturalWidths
    let separators = 2 * (headers.count - 1)
    while widths.reduce(0, +) + separators > width,
      let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > minimumWidth
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

  /// Breaks text into lines of at most `width` columns at spaces, each starting with `indent` (a word
  /// longer than a line is cut).
  ///
  /// ```swift
  /// TextTable.wrap("een lange zin", indent: "  ", width: 30)
  /// ```
  public static func wrap(_ text: String, indent: String, width: Int = 100) -> [String] {
    let room = max(20, width - indent.count)
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      var word = String(word)
      while word.count > room {
        if !line.isEmpty { lines.append(line); line = "" }
        lines.append(String(word.prefix(room)))
        word = String(word.dropFirst(room))
      }
      if line.isEmpty {
        line = word
      } else if line.count + 1 + word.count <= room {
        line += " " + word
      } else {
        lines.append(line)
        line = word
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines.map { indent + $0 }
  }
}
