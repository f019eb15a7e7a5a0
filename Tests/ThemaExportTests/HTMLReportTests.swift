import Foundation
import Testing

@testable import ThemaAnalysis
@testable import ThemaExport

@Suite("The HTML report")
struct HTMLReportTests {
  static func report() throws -> AnalysisReport {
    try AnalysisReport(
      data: SampleData.make(), by: ["programme"], projectPath: "demo.sqlite",
      generated: Date(timeIntervalSince1970: 1_764_000_000))
  }

  @Test("--unassigned: a (no programme) column in the matrix and levels, not among the compared programmes")
  func unassignedColumn() throws {
    let report = try AnalysisReport(
      data: SampleData.make(), by: ["programme"], projectPath: "demo.sqlite", unassigned: true)
    #expect(report.matrix.columns.map(\.label) == ["Alfa", "Beta", "Gamma", "(no programme)"])
    #expect(report.levels.columns.last?.label == "(no programme)")
    #expect(report.distinctiveness.groups.map(\.group) == ["Alfa", "Beta", "Gamma"])
    // The placemat session's two coded segments (ontwerpen, leren) are in the column.
    let ontwerpen = report.data.concepts.index(of: "ontwerpen")!
    #expect(report.html().contains("data-q=\"\(ontwerpen):3\""))
    let plain = try Self.report()
    #expect(!plain.matrix.columns.contains { $0.label == "(no programme)" })
  }

  @Test func contentAndSelfContainment() throws {
    let report = try Self.report()
    let html = report.html()
    // Meta: project hash, codebook, scope, date.
    #expect(html.contains(String(repeating: "f", count: 64)))
    #expect(html.contains("mli-thema 1.0"))
    #expect(html.contains("accepted+suggested"))
    #expect(html.contains("2025-11-24T"))
    // The heat map cell Innoveren × Alfa with its quote key and value.
    let innoveren = report.data.concepts.index(of: "innoveren")!
    #expect(html.contains("data-q=\"\(innoveren):0\" data-segments=\"2\""))
    // Sections.
    for anchor in ["matrix", "shared", "levels", "placemat", "versions", "cooccurrence", "codebook"] {
      #expect(html.contains("<section id=\"\(anchor)\""), "section \(anchor)")
    }
    #expect(html.contains("Omgaan met het werk"))  // placemat row
    #expect(html.contains("programme=Alfa: version 2006 → 2019"))
    #expect(html.contains("Vernieuwen van onderwijs"))  // a definition from the codebook
    // Nothing external: no linked scripts, styles, fonts or images.
    for forbidden in ["<script src", "<link", "@import", "url(", "http://", "https://", "<img"] {
      #expect(!html.contains(forbidden), "found \(forbidden)")
    }
    #expect(html.contains("@media print"))
    // Quote text is escaped in the page and cannot close the data script block.
    #expect(html.contains("&lt;team&gt;"))
    #expect(html.components(separatedBy: "</script>").count == 3)  // the data block and the script
  }

  @Test func quoteDataHasScalarOffsets() throws {
    let report = try Self.report()
    let json = report.quoteJSON()
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    let quotes = object["quotes"] as! [String: [[String: Any]]]
    let leren = report.data.concepts.index(of: "leren")!
    let alfa = quotes["\(leren):0"]!
    #expect(alfa.count == 1)
    #expect(alfa[0]["d"] as? String == "profielen/alfa-2019.md")
    #expect((alfa[0]["t"] as? String)?.contains("</script>") == true)
    // "Onderzoek & leren": "leren" is scalars 12..<17.
    #expect(alfa[0]["m"] as? [[Int]] == [[12, 17, 12, 17]])
    #expect((object["totals"] as! [String: Int])["\(leren):0"] == 1)
  }

  @Test func writesBothFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-report-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = try Self.report().write(to: folder)
    #expect(FileManager.default.fileExists(atPath: files.html.path))
    #expect(try Data(contentsOf: files.xlsx).prefix(2) == Data("PK".utf8))
  }
}
