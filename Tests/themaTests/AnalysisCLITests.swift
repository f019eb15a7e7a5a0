import Foundation
import Testing

/// The analysis commands on a small generated project (`thema bench matrix` writes it): every number
/// is checked against another view of the same data — a cell against its quotes, CSV against JSON,
/// the total column against the groups.
@Suite("thema matrix, compare, diff, quotes, report")
struct AnalysisCLITests {
  static func project() throws -> (URL, String) {
    let dir = try CLITests.folder()
    let bench = try CLITests.run(
      ["bench", "matrix", "--documents", "42", "--concepts", "20", "--groups", "3",
       "--segments-per-document", "4", "--work-directory", dir.path], in: dir)
    #expect(bench.status == 0, "\(bench.stderr)")
    return (dir, dir.appendingPathComponent("bench.sqlite").path)
  }

  static func json(_ result: CLITests.Result) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any] ?? [:]
  }

  @Test func matrixCellsOpenIntoTheirQuotes() throws {
    let (dir, project) = try Self.project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLITests.run(["matrix", "--project", project, "--json"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let matrix = try Self.json(result)
    let columns = (matrix["columns"] as! [[String: Any]]).map { $0["label"] as! String }
    #expect(columns == ["Programma 00", "Programma 01", "Programma 02"])
    let rows = matrix["rows"] as! [[String: Any]]
    #expect(rows.count == 20)
    let cells = matrix["cells"] as! [[[String: Any]]]
    let totals = matrix["totals"] as! [[String: Any]]
    #expect((matrix["scope"] as? [String: Any])?["resolved"] as? String == "accepted+suggested")
    // Groups partition the segments, so the total column is the sum of the groups.
    for (r, row) in cells.enumerated() {
      #expect(row.map { $0["segments"] as! Int }.reduce(0, +) == totals[r]["segments"] as! Int)
    }
    // A cell's number is the number of quotes behind it.
    let concept = rows[1]["conceptId"] as! String
    let expected = cells[1][2]["segments"] as! Int
    let quotes = try CLITests.run(
      ["quotes", "--project", project, "--concept", concept, "--where", "programme=Programma 02", "--json"],
      in: dir)
    #expect(quotes.status == 0, "\(quotes.stderr)")
    let quoteResult = try Self.json(quotes)
    #expect(quoteResult["total"] as? Int == expected)
    #expect((quoteResult["quotes"] as? [Any])?.count == expected)
    // CSV carries the same numbers.
    let csv = try CLITests.run(["matrix", "--project", project, "--format", "csv"], in: dir)
    let lines = csv.text.split(separator: "\n")
    #expect(lines[0] == "concept_id,concept,depth,Programma 00,Programma 01,Programma 02,all")
    #expect(lines[2].split(separator: ",")[5] == Substring("\(expected)"))
  }

  @Test func terminalOutputFits100Columns() throws {
    let (dir, project) = try Self.project()
    defer { try? FileManager.default.removeItem(at: dir) }
    for arguments in [
      ["matrix", "--measure", "share"], ["matrix", "--depth", "1", "--by", "programme,version"],
      ["compare", "--depth", "2"], ["diff", "2006", "2019"], ["cooccurrence", "--window", "2"],
      ["quotes", "--concept", "micro", "--limit", "3"], ["matrix", "--levels"],
    ] {
      let result = try CLITests.run(arguments + ["--project", project], in: dir)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(!result.text.isEmpty)
      for line in result.text.split(separator: "\n") {
        #expect(line.count <= 100, "\(arguments): \(line)")
      }
    }
  }

  @Test func compareDiffAndReport() throws {
    let (dir, project) = try Self.project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let compare = try Self.json(try CLITests.run(["compare", "--project", project, "--json"], in: dir))
    #expect((compare["groups"] as? [Any])?.count == 3)
    let diff = try Self.json(
      try CLITests.run(["diff", "--by", "version", "2006", "2019", "--project", project, "--json"], in: dir))
    // 42 documents × 4 segments; every 7th document is a 2006 version (6 documents).
    #expect(diff["segmentsA"] as? Int == 24)
    #expect(diff["segmentsB"] as? Int == 144)
    let out = dir.appendingPathComponent("rapport")
    let report = try CLITests.run(["report", "--project", project, "--out", out.path], in: dir)
    #expect(report.status == 0, "\(report.stderr)")
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("Programma 01") && html.contains("id=\"quote-data\""))
    let xlsx = try Data(contentsOf: out.appendingPathComponent("report.xlsx"))
    #expect(xlsx.prefix(2) == Data("PK".utf8))
    let workbook = dir.appendingPathComponent("m.xlsx")
    let export = try CLITests.run(
      ["matrix", "--project", project, "--format", "xlsx", "--out", workbook.path], in: dir)
    #expect(export.status == 0)
    #expect(try Data(contentsOf: workbook).prefix(2) == Data("PK".utf8))
  }

  @Test func mistakesAreExplained() throws {
    let (dir, project) = try Self.project()
    defer { try? FileManager.default.removeItem(at: dir) }
    let concept = try CLITests.run(["quotes", "--project", project, "--concept", "nergens"], in: dir)
    #expect(concept.status == 1)
    #expect(concept.stderr.contains("No concept 'nergens'"))
    let value = try CLITests.run(["diff", "--project", project, "1999", "2019"], in: dir)
    #expect(value.status == 1)
    #expect(value.stderr.contains("No segment has version=1999"))
    let xlsx = try CLITests.run(["matrix", "--project", project, "--format", "xlsx"], in: dir)
    #expect(xlsx.status == 2)
    let empty = try CLITests.run(["matrix", "--project", dir.appendingPathComponent("leeg.sqlite").path], in: dir)
    #expect(empty.status == 1)
  }
}
