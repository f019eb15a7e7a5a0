import Foundation
import Testing

@testable import ThemaAnalysis

/// Shared/distinctive, versions, co-occurrence, quotes and the placemat grid on `Fixture.standard()`
/// (hand counts in MatrixTests).
@Suite("Comparisons, quotes and placemat")
struct ComparisonTests {
  func data() throws -> (Fixture, AnalysisData) {
    let fixture = try Fixture.standard()
    return (fixture, try AnalysisData.load(from: fixture.project, scope: .includeSuggestions))
  }

  @Test func sharedAndDistinctive() throws {
    let (_, data) = try data()
    let result = try Distinctiveness(data: data, by: ["programme"])
    #expect(result.commonCore.map(\.conceptId) == ["innoveren", "onderzoeken", "leren", "reflecteren", "niveau"])
    #expect(result.onlyOneGroup.map(\.conceptId) == ["ontwerpen", "micro", "meso"])
    let a = result.groups[0]
    #expect(a.group == "A")
    #expect(a.onlyHere == ["Ontwerpen", "Micro"])
    // A: Ontwerpen 1 of 3 against 0 of 3 → over-represented, small counts, Fisher p = 1.
    let ontwerpen = a.overRepresented.first { $0.conceptId == "ontwerpen" }!
    #expect(ontwerpen.comparison.groupCount == 1 && ontwerpen.comparison.otherCount == 0)
    #expect(ontwerpen.comparison.smallCounts)
    #expect(abs(ontwerpen.comparison.fisherP! - 1) < 1e-12)
    #expect(ontwerpen.quotes.first?.text == "Wij ontwerpen lessen en onderzoeken de praktijk.")
    let b = result.groups[1]
    #expect(b.overRepresented.first?.conceptId == "meso")
    #expect(b.underRepresented.contains { $0.conceptId == "ontwerpen" })
    #expect(result.warnings.contains(Distinctiveness.smallCountsWarning))
  }

  @Test func versionDiff() throws {
    let (_, data) = try data()
    let diff = try VersionDiff(data: data, attribute: "version", from: "1", to: "2")
    #expect(diff.segmentsA == 5 && diff.segmentsB == 1)
    #expect(diff.lost.map(\.conceptId) == ["innoveren", "ontwerpen", "onderzoeken", "micro"])
    #expect(diff.gained.isEmpty)
    #expect(Set(diff.shifted.map(\.conceptId)) == ["leren", "reflecteren", "niveau", "meso"])
    let leren = diff.items.first { $0.conceptId == "leren" }!
    #expect(leren.countA == 1 && leren.countB == 1)
    #expect(abs(leren.comparison.logRatio - log2(5)) < 1e-12)
    #expect(leren.quotesA.map(\.document) == ["a.md"])
    #expect(leren.quotesB.map(\.document) == ["c.md"])
    #expect(throws: AnalysisError.self) {
      try VersionDiff(data: data, attribute: "version", from: "1", to: "9")
    }
  }

  @Test func cooccurrenceBySegmentAndWindow() throws {
    let (_, data) = try data()
    let leaves = Cooccurrence(data: data)
    #expect(leaves.units == 7)
    func index(_ c: Cooccurrence, _ id: String) -> Int { c.concepts.firstIndex { $0.conceptId == id }! }
    let (o, z) = (index(leaves, "ontwerpen"), index(leaves, "onderzoeken"))
    #expect(leaves.counts[o][z] == 1)
    #expect(leaves.counts[z][z] == 3)
    #expect(abs(leaves.jaccard[o][z] - 0.25) < 1e-12)
    let themes = Cooccurrence(data: data, depth: 1)
    #expect(themes.concepts.map(\.conceptId) == ["innoveren", "leren", "niveau"])
    #expect(themes.counts == [[4, 0, 1], [0, 2, 2], [1, 2, 3]])
    #expect(abs(themes.jaccard[1][2] - 2.0 / 3) < 1e-12)
    #expect(themes.pairs.first.map { [$0.a, $0.b] } == ["Leren", "Niveau"])
    let windows = Cooccurrence(data: data, window: 2, depth: 1)
    #expect(windows.units == 5)
    #expect(windows.counts[0][2] == 2 && windows.counts[1][2] == 3 && windows.counts[0][1] == 1)
  }

  @Test func quotesCarryOffsets() throws {
    let (fixture, data) = try data()
    let result = try QuoteQuery(concept: "Innoveren", filter: try SegmentFilter(parsing: ["programme=B"]))
      .run(on: data)
    #expect(result.total == 2)
    let first = result.quotes[0]
    #expect(first.document == "b.md")
    #expect(first.segmentOrdinal == 0)
    #expect(first.matches.count == 1)
    // "Het teäm onderzoekt samen.": scalars 9..<19 (the ä is one scalar, two bytes).
    #expect(first.matches[0].start == 9 && first.matches[0].end == 19)
    #expect(first.matches[0].matchedText == "onderzoekt")
    #expect(first.matches[0].originalStart == fixture.segmentStarts["b0"]! + 9)
    // The rejected second match in b1 is not shown.
    #expect(result.quotes[1].matches.map(\.matchedText) == ["Onderzoek"])
    #expect(throws: AnalysisError.conceptNotFound("nope", codebook: "mli-test")) {
      try QuoteQuery(concept: "nope").run(on: data)
    }
    #expect(throws: AnalysisError.self) {
      try QuoteQuery(concept: "leren", filter: try SegmentFilter(parsing: ["programme=Z"])).run(on: data)
    }
  }

  @Test func placematGridFromHeadings() throws {
    let fixture = try Fixture()
    try fixture.addCodebook(
      "pm", concepts: [("innoveren", "Innoveren", nil, nil), ("ontwerpen", "Ontwerpen", "innoveren", nil),
                       ("samenwerken", "Samenwerken", nil, nil)])
    // As in the placemat notes: a subgroup heading, then cell labels (a plain line or a heading).
    try fixture.addDocument(
      "placemat.txt", attributes: ["type": "placemat"],
      segments: [
        .init(key: "h0", text: "Groep A", kind: "heading", headings: ["Groep A"]),
        .init(key: "l1", text: "Omgaan met het werk – klas", headings: ["Groep A"]),
        .init(key: "s1", text: "Ontwerpt lessen.", headings: ["Groep A"]),
        .init(key: "s2", text: "Ontwerpt toetsen samen.", headings: ["Groep A"]),
        .init(key: "h2", text: "Omgaan met anderen – team", kind: "heading", headings: ["Groep A", "Omgaan met anderen – team"]),
        .init(key: "s3", text: "Werkt samen met collega's.", headings: ["Groep A", "Omgaan met anderen – team"]),
        .init(key: "s4", text: "(leeg)", headings: ["Groep A", "Omgaan met anderen – team"]),
        .init(key: "s5", text: "Eigen cel.", attributes: ["dimension": "Omgaan met zichzelf", "context": "klas"]),
      ])
    try fixture.code("s1", "ontwerpen", form: "Ontwerpt")
    try fixture.code("s2", "ontwerpen", form: "Ontwerpt")
    try fixture.code("s2", "samenwerken", form: "samen")
    try fixture.code("s3", "samenwerken", form: "samen")
    let data = try AnalysisData.load(from: fixture.project)
    let grid = PlacematGrid(data: data, depth: 1)
    #expect(grid.rows == ["Omgaan met het werk", "Omgaan met anderen", "Omgaan met zichzelf"])
    #expect(grid.columns == ["klas", "team"])
    #expect(grid.cells[0][0].statements == 2)
    #expect(grid.cells[0][0].concepts.map { [$0.label, "\($0.statements)"] } == [["Innoveren", "2"], ["Samenwerken", "1"]])
    // "(leeg)" marks an empty cell: not a statement.
    #expect(grid.cells[1][1].statements == 1 && grid.cells[1][1].codedStatements == 1)
    #expect(data.value("subgroup", segment: 2) == "Groep A")
    #expect(data.value("subgroup", segment: 5) == "Groep A")
    #expect(data.value("context", segment: 1) == nil)  // the label itself
    #expect(data.segments[1].attributes[AnalysisData.placematLabelAttribute] == "yes")
    #expect(grid.cells[2][0].statements == 1)
    #expect(grid.cells[0][1].statements == 0)
  }
}
