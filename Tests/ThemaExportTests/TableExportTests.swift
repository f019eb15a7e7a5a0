import Foundation
import Testing

@testable import ThemaAnalysis
@testable import ThemaExport

@Suite("Tables: terminal, CSV, Markdown")
struct TableExportTests {
  let data = SampleData.make()

  @Test func matrixValuesInEveryFormat() throws {
    let matrix = try ConceptMatrix(data: data, by: ["programme"], depth: 1)
    #expect(matrix.columns.map(\.label) == ["Alfa", "Beta", "Gamma"])
    #expect(matrix.cells.map { $0.map(\.segments) } == [[2, 1, 0], [1, 1, 1], [1, 1, 1]])
    let table = DataTable.matrix(matrix)
    #expect(table.headers == ["concept_id", "concept", "depth", "Alfa", "Beta", "Gamma", "all"])
    let csv = String(decoding: try table.csv(), as: UTF8.self)
    let lines = csv.split(separator: "\n").map(String.init)
    #expect(lines[0] == "concept_id,concept,depth,Alfa,Beta,Gamma,all")
    #expect(lines[1] == "innoveren,Innoveren,0,2,1,0,3")
    #expect(lines.count == 4)
    let share = String(decoding: try DataTable.matrix(matrix, measure: .share).csv(), as: UTF8.self)
    // Alfa has 3 segments, 2 coded with Innoveren.
    #expect(share.contains("innoveren,Innoveren,0,0.666667,0.500000,0.000000,0.500000"))
    let markdown = DataTable.matrix(matrix, compact: true).markdown()
    #expect(markdown.contains("| Innoveren + | 2 | 1 | 0 | 3 |"))
    #expect(markdown.contains("| --- | ---: | ---: | ---: | ---: |"))
  }

  @Test func csvQuotesFields() throws {
    var table = DataTable(title: "t", headers: ["a", "b"])
    table.rows = [[.text("x, \"y\""), .text("regel\nnieuw")]]
    let csv = String(decoding: try table.csv(), as: UTF8.self)
    #expect(csv == "a,b\n\"x, \"\"y\"\"\",\"regel\nnieuw\"\n")
  }

  @Test func terminalTablesFit100Columns() throws {
    var table = DataTable(title: "wide", headers: ["concept"] + (1...20).map { "Programma nummer \($0)" })
    table.rows = (0..<5).map { r in [.text("Een nogal lang concept \(r)")] + (1...20).map { .integer($0 * 1000 + r) } }
    let text = table.terminal(width: 100)
    for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
    // Split into pages, each repeating the label column; every value still appears.
    #expect(text.contains("page 2 of"))
    for value in [1000, 20004] { #expect(text.contains("\(value)")) }
    let matrix = try ConceptMatrix(data: data, by: ["programme"])
    for line in DataTable.matrix(matrix, compact: true).terminal().split(separator: "\n") {
      #expect(line.count <= 100)
    }
  }

  @Test func otherTables() throws {
    let result = try Distinctiveness(data: data, by: ["programme"])
    let distinctive = DataTable.distinctive(result)
    #expect(distinctive.headers.contains("g2") && distinctive.headers.contains("fisher_p"))
    #expect(!distinctive.rows.isEmpty)
    let shared = DataTable.shared(result)
    #expect(shared.rows.contains { $0[1] == .text("leren") && $0[0] == .text("common core") })
    let quotes = try QuoteQuery(concept: "leren").run(on: data)
    let quoteTable = DataTable.quotes(quotes)
    #expect(quoteTable.rows.count == 4)
    #expect(quoteTable.rows[0][10] == .text("leren"))
    let placemat = DataTable.placemat(PlacematGrid(data: data, depth: 1))
    #expect(placemat.rows.first?[0] == .text("Omgaan met het werk"))
  }
}
