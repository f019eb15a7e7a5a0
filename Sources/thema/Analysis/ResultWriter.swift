import Foundation
import ThemaAnalysis
import ThemaExport

/// Writes a command's result in the chosen format: terminal text, CSV (the first table), Markdown
/// (every table), XLSX (every table as a sheet) or JSON (the full result).
enum ResultWriter {
  static func write<T: Encodable>(
    _ value: T, tables: [DataTable], terminal: (() -> String)? = nil, options: ResultOutputOptions
  ) throws {
    let data: Data
    switch options.resolved {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.dateEncodingStrategy = .iso8601
      data = try encoder.encode(value) + Data("\n".utf8)
    case .csv:
      data = try tables.first?.csv() ?? Data()
    case .md:
      data = Data(tables.map { $0.markdown() }.joined(separator: "\n").utf8)
    case .xlsx:
      let url = URL(fileURLWithPath: options.out!)
      try XLSXWriter(sheets: tables).write(to: url)
      Output.warn("Wrote \(url.path) (\(tables.count) sheet\(tables.count == 1 ? "" : "s")).")
      return
    case .table:
      let text = terminal?() ?? tables.map { "\($0.title)\n\n" + $0.terminal(width: Output.tableWidth()) }.joined(separator: "\n\n")
      data = Data((text + "\n").utf8)
    }
    if let out = options.out {
      do {
        try data.write(to: URL(fileURLWithPath: out), options: .atomic)
      } catch {
        throw ExportError.cannotWrite(path: out, reason: error.localizedDescription)
      }
      Output.warn("Wrote \(out).")
    } else {
      Output.bytes(data)
    }
  }

  /// A quote for the terminal: the text with matches in [brackets], and where it is.
  static func quoteLines(_ quote: Quote, indent: String = "  ", label: String = "") -> [String] {
    let scalars = Array(quote.text.unicodeScalars)
    var text = ""
    var position = 0
    for match in quote.matches.sorted(by: { $0.start < $1.start }) where match.start >= position {
      let start = min(match.start, scalars.count)
      let end = min(max(match.end, start), scalars.count)
      text += String(String.UnicodeScalarView(scalars[position..<start]))
      text += "[" + String(String.UnicodeScalarView(scalars[start..<end])) + "]"
      position = end
    }
    text += String(String.UnicodeScalarView(scalars[position...]))
    let spans = quote.matches.map { "\($0.originalStart)–\($0.originalEnd)" }.joined(separator: ", ")
    let hanging = indent + String(repeating: " ", count: label.count)
    var lines = wrap("“" + text + "”", indent: hanging)
    if !label.isEmpty, !lines.isEmpty { lines[0] = indent + label + lines[0].dropFirst(hanging.count) }
    return lines
      + wrap(
        "— \(quote.document) v\(quote.documentVersion), segment \(quote.segmentOrdinal + 1) (chars \(quote.segmentStart)–\(quote.segmentEnd)); match \(spans)",
        indent: hanging + "  ")
  }

  /// Breaks text into lines of at most 100 columns (see `TextTable.wrap`).
  static func wrap(_ text: String, indent: String) -> [String] {
    TextTable.wrap(text, indent: indent, width: 100)
  }
}
