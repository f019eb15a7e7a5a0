import Foundation
import Testing

/// `thema survey …` on the sample survey, through the built binary.
@Suite("thema survey")
struct SurveyCLITests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpora/mli/survey")

  func project() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thema-survey-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let added = try CLITests.run(
      ["survey", "add", Self.corpus.appendingPathComponent("mli-enquete-a.csv").path, "--mapping",
       Self.corpus.appendingPathComponent("mli-enquete-a.yaml").path], in: directory)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.text.contains("441 respondents"))
    return directory
  }

  @Test func itemsJSONHasTheDocumentedFields() throws {
    let directory = try project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLITests.run(["survey", "items", "--theme", "Kennisbasis", "--json"], in: directory)
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    let items = try #require(object["items"] as? [[String: Any]])
    let first = try #require(items.first)
    for key in ["theme", "item", "sum", "n", "rankBySum", "rankByN", "group"] { #expect(first[key] != nil, "\(key)") }
    #expect(first["item"] as? String == "Verander- en begeleidingskunde")
    #expect(first["sum"] as? Int == 1819)
    #expect(first["n"] as? Int == 283)
  }

  @Test func itemsAsAWorkbookHoldTheNumbersAsNumbers() throws {
    let directory = try project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("items.xlsx")
    let result = try CLITests.run(
      ["survey", "items", "--theme", "Kennisbasis", "--by", "role", "--format", "xlsx", "--out", out.path],
      in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    let unzip = Process()
    unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    unzip.arguments = ["-p", out.path, "xl/worksheets/sheet1.xml"]
    let pipe = Pipe()
    unzip.standardOutput = pipe
    try unzip.run()
    let sheet = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    unzip.waitUntilExit()
    // Σ 1819 and N 283 of "Verander- en begeleidingskunde" are numeric cells, and the header row is frozen.
    #expect(sheet.contains("<v>1819</v>"))
    #expect(sheet.contains("<v>283</v>"))
    #expect(sheet.contains("state=\"frozen\""))
    #expect(try CLITests.run(["survey", "items", "--format", "xlsx"], in: directory).status == 2)
  }

  @Test func reportOnASurveyOnlyProjectWritesTheSurveyPage() throws {
    let directory = try project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("rapport")
    let result = try CLITests.run(["report", "--out", out.path], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("survey only"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("survey.html").path))
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    // Asking for a codebook by name still fails: there is none.
    let named = try CLITests.run(["report", "--out", out.path, "--codebook", "MLI"], in: directory)
    #expect(named.status == 1)
  }

  @Test func commonAndCrosstabCommands() throws {
    let directory = try project()
    defer { try? FileManager.default.removeItem(at: directory) }
    let common = try CLITests.run(["survey", "common", "--by", "programme", "--json"], in: directory)
    #expect(common.status == 0, "\(common.stderr)")
    let reports = try #require(try JSONSerialization.jsonObject(with: common.stdout) as? [[String: Any]])
    #expect(reports.map { ($0["items"] as? [Any])?.count ?? -1 } == [5, 2, 3, 2, 4])
    let printed = directory.appendingPathComponent("tabel2.md")
    try """
      | sector | docent | leidinggevende | lector | alumnus | student | ontwikkelaar | total |
      |---|---|---|---|---|---|---|---|
      | HRD | 2 | 0 | 0 | 8 | 3 | 0 | 12 |
      """.write(to: printed, atomically: true, encoding: .utf8)
    let crosstab = try CLITests.run(["survey", "crosstab", "sector", "role", "--compare-printed", printed.path], in: directory)
    #expect(crosstab.status == 0)
    #expect(crosstab.text.contains("total of HRD: printed 12, data 13"))
  }

  @Test func strictRefusesABadFile() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thema-survey-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("bad.csv")
    try "Respondent,Leren [A],Leren [B]\nR1,1,1\nR2,1,2\n".write(to: file, atomically: true, encoding: .utf8)
    let strict = try CLITests.run(["survey", "add", file.path, "--max", "10", "--strict"], in: directory)
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("row 2 (R1): Leren: rank 1 used twice"))
    let lenient = try CLITests.run(["survey", "add", file.path, "--max", "10"], in: directory)
    #expect(lenient.status == 0)
    #expect(lenient.text.contains("1 respondent,"))
    #expect(lenient.stderr.contains("row 2 (R1)"))
  }
}
