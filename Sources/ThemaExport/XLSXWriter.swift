import Foundation
import ZIPFoundation

/// Writes `DataTable`s as an XLSX workbook: one sheet per table, the header row bold and frozen,
/// numbers as numbers (percentages as fractions with a percent format), text as inline strings.
///
/// The SpreadsheetML is the minimal set of parts Excel and LibreOffice need (`[Content_Types].xml`,
/// `_rels/.rels`, `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`, `xl/styles.xml`,
/// `xl/worksheets/sheetN.xml`), written by hand: no listed package writes XLSX; ZIPFoundation builds
/// the container.
///
/// ```swift
/// try XLSXWriter(sheets: [DataTable.matrix(matrix)]).write(to: URL(fileURLWithPath: "matrix.xlsx"))
/// ```
public struct XLSXWriter: Sendable {
  public var sheets: [DataTable]

  /// Longest text a cell may hold (Excel's limit); longer texts are cut and end in "…".
  public static let maximumCellText = 32_767

  public init(sheets: [DataTable]) { self.sheets = sheets }

  // MARK: - Container

  /// The workbook's bytes.
  public func data() throws -> Data {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for (path, xml) in parts() {
        let bytes = Data(xml.utf8)
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(bytes.count),
          compressionMethod: .deflate,
          provider: { position, size in
            bytes.subdata(in: Int(position)..<(Int(position) + size))
          })
      }
      guard let data = archive.data else {
        throw ExportError.cannotBuildWorkbook(reason: "the archive has no data")
      }
      return data
    } catch let error as ExportError {
      throw error
    } catch {
      throw ExportError.cannotBuildWorkbook(reason: "\(error)")
    }
  }

  /// Writes the workbook to `url`.
  public func write(to url: URL) throws {
    let bytes = try data()
    do {
      try bytes.write(to: url, options: .atomic)
    } catch {
      throw ExportError.cannotWrite(path: url.path, reason: error.localizedDescription)
    }
  }

  // MARK: - Parts

  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  /// Every part's path and XML, in the order they are stored.
  public func parts() -> [(path: String, xml: String)] {
    let names = Self.sheetNames(sheets.map(\.title))
    var result: [(String, String)] = []
    var types = Self.header
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    for index in sheets.indices {
      types +=
        "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    types += "</Types>"
    result.append(("[Content_Types].xml", types))
    result.append(
      (
        "_rels/.rels",
        Self.header
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"\(Self.relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>"
      ))
    var workbook = Self.header
      + "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\"><sheets>"
    var relationships = Self.header
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for (index, name) in names.enumerated() {
      workbook += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
      relationships +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    workbook += "</sheets></workbook>"
    relationships +=
      "<Relationship Id=\"rId\(names.count + 1)\" Type=\"\(Self.relationshipNamespace)/styles\" Target=\"styles.xml\"/></Relationships>"
    result.append(("xl/workbook.xml", workbook))
    result.append(("xl/_rels/workbook.xml.rels", relationships))
    result.append(("xl/styles.xml", Self.styles))
    for (index, sheet) in sheets.enumerated() {
      result.append(("xl/worksheets/sheet\(index + 1).xml", Self.worksheet(sheet)))
    }
    return result
  }

  /// Cell styles: 0 plain, 1 bold header, 2 percent 0.0%, 3 "0.0", 4 "0.00", 5 "0.000", 6 "0.0000".
  static let styles =
    header + "<styleSheet xmlns=\"\(mainNamespace)\">"
    + "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"0.0\"/>"
    + "<numFmt numFmtId=\"166\" formatCode=\"0.000\"/><numFmt numFmtId=\"167\" formatCode=\"0.0000\"/></numFmts>"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"7\">"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    + "<xf numFmtId=\"167\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"

  static func worksheet(_ table: DataTable) -> String {
    var xml = header
    xml.reserveCapacity(64 + table.rows.count * table.headers.count * 24)
    xml += "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
    let lastColumn = columnName(max(0, table.headers.count - 1))
    xml += "<dimension ref=\"A1:\(lastColumn)\(table.rows.count + 1)\"/>"
    xml += "<sheetViews><sheetView workbookViewId=\"0\">"
    xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
    xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
    xml += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
    for (index, header) in table.headers.enumerated() {
      let longest = ([header.count] + table.rows.prefix(200).map { index < $0.count ? $0[index].text().count : 0 }).max() ?? 8
      let width = min(60, max(8, longest + 2))
      xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
    }
    xml += "</cols><sheetData>"
    xml += "<row r=\"1\">"
    for (column, header) in table.headers.enumerated() {
      xml += inlineString(header, reference: "\(columnName(column))1", style: 1)
    }
    xml += "</row>"
    for (index, row) in table.rows.enumerated() {
      let r = index + 2
      xml += "<row r=\"\(r)\">"
      for (column, value) in row.enumerated() {
        let reference = "\(columnName(column))\(r)"
        switch value {
        case .text(let text): xml += inlineString(text, reference: reference, style: 0)
        case .integer(let n): xml += "<c r=\"\(reference)\"><v>\(n)</v></c>"
        case .decimal(let x, let digits):
          guard x.isFinite else { continue }
          let style = [0: 0, 1: 3, 2: 4, 3: 5][digits] ?? 6
          xml += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(x)</v></c>"
        case .percent(let x):
          guard x.isFinite else { continue }
          xml += "<c r=\"\(reference)\" s=\"2\"><v>\(x)</v></c>"
        case .empty: continue
        }
      }
      xml += "</row>"
    }
    xml += "</sheetData></worksheet>"
    return xml
  }

  static func inlineString(_ text: String, reference: String, style: Int) -> String {
    var text = text
    if text.count > maximumCellText { text = String(text.prefix(maximumCellText - 1)) + "…" }
    let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
    return "<c r=\"\(reference)\" t=\"inlineStr\"\(styleAttribute)><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
  }

  /// A, B, …, Z, AA, AB, … for a 0-based column.
  static func columnName(_ index: Int) -> String {
    var n = index + 1
    var name = ""
    while n > 0 {
      let remainder = (n - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      n = (n - 1) / 26
    }
    return name
  }

  /// Sheet names as Excel allows them: at most 31 characters, none of `[]:*?/\`, unique (case-blind).
  static func sheetNames(_ titles: [String]) -> [String] {
    var used = Set<String>()
    return titles.map { title in
      var base = String(title.map { "[]:*?/\\".contains($0) ? "-" : $0 })
        .trimmingCharacters(in: CharacterSet(charactersIn: "' "))
      if base.isEmpty { base = "Sheet" }
      base = String(base.prefix(31))
      var name = base
      var counter = 2
      while used.contains(name.lowercased()) {
        let suffix = " (\(counter))"
        name = String(base.prefix(31 - suffix.count)) + suffix
        counter += 1
      }
      used.insert(name.lowercased())
      return name
    }
  }
}
