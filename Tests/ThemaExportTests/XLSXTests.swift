import Foundation
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import ThemaAnalysis
@testable import ThemaExport

@Suite("XLSX workbooks")
struct XLSXTests {
  /// Reads every entry of a ZIP into memory.
  static func entries(_ data: Data) throws -> [String: Data] {
    let archive = try Archive(data: data, accessMode: .read)
    var result: [String: Data] = [:]
    for entry in archive {
      var bytes = Data()
      _ = try archive.extract(entry) { bytes.append($0) }
      result[entry.path] = bytes
    }
    return result
  }

  /// Collects elements and their attributes, failing on any XML error.
  final class Collector: NSObject, XMLParserDelegate {
    var elements: [(String, [String: String])] = []
    var text = ""
    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) { elements.append((name, attributes)) }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
  }

  static func parse(_ data: Data) -> Collector? {
    let parser = XMLParser(data: data)
    let collector = Collector()
    parser.delegate = collector
    return parser.parse() ? collector : nil
  }

  @Test func structureIsValid() throws {
    let data = SampleData.make()
    let report = try AnalysisReport(data: data, by: ["programme"], projectPath: "p.sqlite")
    let bytes = try report.workbook().data()
    let entries = try Self.entries(bytes)
    for required in [
      "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ] {
      #expect(entries[required] != nil, "missing \(required)")
    }
    // Every part is well-formed XML.
    for (path, part) in entries {
      #expect(Self.parse(part) != nil, "\(path) is not well-formed")
    }
    let workbook = Self.parse(entries["xl/workbook.xml"]!)!
    let sheets = workbook.elements.filter { $0.0 == "sheet" }.map { $0.1["name"]! }
    #expect(sheets.first == "Matrix segments")
    #expect(sheets.contains("Levels") && sheets.contains("Codebook") && sheets.contains("Distinctive"))
    #expect(Set(sheets.map { $0.lowercased() }).count == sheets.count)
    #expect(sheets.allSatisfy { $0.count <= 31 })
    // Every sheet is declared in the content types and the relationships.
    let types = String(decoding: entries["[Content_Types].xml"]!, as: UTF8.self)
    let relationships = String(decoding: entries["xl/_rels/workbook.xml.rels"]!, as: UTF8.self)
    for index in 1...sheets.count {
      #expect(types.contains("/xl/worksheets/sheet\(index).xml"))
      #expect(relationships.contains("worksheets/sheet\(index).xml"))
      #expect(entries["xl/worksheets/sheet\(index).xml"] != nil)
    }
    // Sheet 1: frozen header, numbers as numbers.
    let sheet = Self.parse(entries["xl/worksheets/sheet1.xml"]!)!
    let pane = sheet.elements.first { $0.0 == "pane" }?.1
    #expect(pane?["state"] == "frozen" && pane?["ySplit"] == "1" && pane?["topLeftCell"] == "A2")
    let cells = sheet.elements.filter { $0.0 == "c" }.map(\.1)
    let d2 = cells.first { $0["r"] == "D2" }  // Innoveren × Alfa
    #expect(d2 != nil && d2?["t"] == nil)
    let xml = String(decoding: entries["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
    #expect(xml.contains("<c r=\"D2\"><v>2</v></c>"))
    #expect(xml.contains("<c r=\"A1\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">concept_id</t></is></c>"))
    // Share sheet: a fraction with the percent style.
    let shareXML = String(decoding: entries["xl/worksheets/sheet3.xml"]!, as: UTF8.self)
    #expect(shareXML.contains("<c r=\"D2\" s=\"2\"><v>0.6666666666666666</v></c>"))
  }

  @Test func escapesAndNames() throws {
    var table = DataTable(title: "Versions programme=A/B: x?", headers: ["tekst"])
    table.rows = [[.text("a & b <c> \u{1} \"d\"")]]
    let writer = XLSXWriter(sheets: [table, table])
    let names = XLSXWriter.sheetNames(writer.sheets.map(\.title))
    #expect(names == ["Versions programme=A-B- x-", "Versions programme=A-B- x- (2)"])
    let entries = try Self.entries(try writer.data())
    let sheet = Self.parse(entries["xl/worksheets/sheet1.xml"]!)
    #expect(sheet?.text.contains("a & b <c>  \"d\"") == true)
    #expect(XLSXWriter.columnName(0) == "A" && XLSXWriter.columnName(25) == "Z" && XLSXWriter.columnName(26) == "AA")
    #expect(XLSXWriter.columnName(701) == "ZZ" && XLSXWriter.columnName(702) == "AAA")
  }

  /// Converts the workbook with LibreOffice when it is installed; otherwise the test is skipped and says
  /// why (the XML checks above run everywhere).
  @Test(.enabled(if: Self.soffice != nil, "LibreOffice (soffice) is not installed on this machine"))
  func opensInLibreOffice() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = SampleData.make()
    let report = try AnalysisReport(data: data, by: ["programme"], projectPath: "p.sqlite")
    let xlsx = folder.appendingPathComponent("report.xlsx")
    try report.workbook().write(to: xlsx)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.soffice!)
    process.arguments = [
      "--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to", "csv",
      "--outdir", folder.path, xlsx.path,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let csv = try String(contentsOf: folder.appendingPathComponent("report.csv"), encoding: .utf8)
    #expect(csv.contains("innoveren,Innoveren,0,2,1,0,3"))
  }

  static let soffice: String? = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }
}
