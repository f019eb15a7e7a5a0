import Foundation
import Testing

@testable import ThemaAnalysis

/// Hand counts for `Fixture.standard()` (accepted + suggested; the rejected coding never counts):
///
/// | concept      | A segs (docs) | B segs (docs) | codings A / B |
/// |--------------|---------------|---------------|---------------|
/// | Innoveren    | 1 (1)         | 2 (1)         | 2 / 2         |
/// |  Ontwerpen   | 1             | 0             |               |
/// |  Onderzoeken | 1             | 2 (1)         | 1 / 2         |
/// | Leren        | 1             | 1 (1)         |               |
/// | Niveau       | 1             | 2 (2)         |               |
/// |  Micro / Meso| 1 / 0         | 0 / 2         |               |
///
/// A has 3 segments and 7 + 6 + 3 = 16 words; B has 3 segments and 4 + 5 + 4 = 13 words; d.md has no
/// programme (1 ungrouped segment).
@Suite("Concept matrices")
struct MatrixTests {
  func load(_ scope: CodingScopeRequest = .includeSuggestions) throws -> (Fixture, AnalysisData) {
    let fixture = try Fixture.standard()
    return (fixture, try AnalysisData.load(from: fixture.project, scope: scope))
  }

  func row(_ matrix: ConceptMatrix, _ id: String) -> Int {
    matrix.rows.firstIndex { $0.conceptId == id }!
  }

  @Test func loadsCurrentSegmentsWordsAndCodings() throws {
    let (_, data) = try load()
    #expect(data.documents.map(\.name) == ["a.md", "b.md", "c.md", "d.md"])
    #expect(data.segments.count == 7)
    #expect(data.documents.map(\.wordCount) == [16, 9, 4, 4])
    #expect(data.codings.count == 10)  // 11 minus the rejected one
    #expect(data.codebook.name == "mli-test")
    #expect(data.value("speaker", segment: 3) == "R1")
    #expect(data.projectHash.count == 64)
  }

  @Test func automaticScopeFollowsReview() throws {
    let (fixture, data) = try load(.automatic)
    // The fixture holds accepted and rejected codings: reviewed, so only accepted ones count.
    #expect(data.scope.resolved == .accepted)
    #expect(data.codings.count == 2)
    try fixture.project.database.write { db in
      try db.execute(sql: "UPDATE coding SET status = 'suggested'")
    }
    let fresh = try AnalysisData.load(from: fixture.project)
    #expect(fresh.scope.resolved == .acceptedAndSuggested)
    #expect(fresh.scope.note.contains("nothing has been reviewed"))
    #expect(fresh.codings.count == 11)
  }

  @Test func anAttributeNoSegmentHasSaysWhichAttributesThereAre() throws {
    let (_, data) = try load()
    let matrix = try ConceptMatrix(data: data, by: ["opleiding"])
    #expect(matrix.columns.isEmpty)
    let warning = try #require(matrix.warnings.first { $0.hasPrefix("no segment has a value for opleiding") })
    #expect(warning.contains("the documents' attributes are "), "\(warning)")
    #expect(warning.contains("programme"), "\(warning)")
  }

  /// d.md has no programme: with `unassigned` it is a last column and counts in "all".
  @Test func theSegmentsWithoutAValueCanBeAColumn() throws {
    let (_, data) = try load()
    let plain = try ConceptMatrix(data: data, by: ["programme"])
    #expect(plain.warnings.contains { $0.contains("in no column (--unassigned shows them)") })
    let matrix = try ConceptMatrix(data: data, by: ["programme"], unassigned: true)
    #expect(matrix.columns.map(\.label) == ["A", "B", "(no programme)"])
    #expect(matrix.columns.map(\.segments) == [3, 3, 1])
    #expect(matrix.totalColumn.segments == data.segments.count)
    #expect(matrix.ungroupedSegments == 1)
    #expect(matrix.warnings.contains { $0.contains("column (no programme)") })
    let innoveren = row(matrix, "innoveren")
    #expect(matrix.cells[innoveren].map(\.segments) == [1, 2, 1])
    #expect(matrix.totals[innoveren].segments == 4)
    #expect(plain.totals[row(plain, "innoveren")].segments == 3)
    // A filter still leaves its segments out of every column, the extra one too.
    let filtered = try ConceptMatrix(
      data: data, by: ["programme"], filter: SegmentFilter([.init(attribute: "version", value: "1")]), unassigned: true)
    #expect(filtered.columns.map(\.label) == ["A", "B"])
    // No segment without a value: no extra column.
    let byDocument = try ConceptMatrix(data: data, by: ["document"], unassigned: true)
    #expect(!byDocument.columns.map(\.label).contains("(no document)"))
  }

  @Test func segmentsDocumentsShareDensity() throws {
    let (_, data) = try load()
    let matrix = try ConceptMatrix(data: data, by: ["programme"])
    #expect(matrix.columns.map(\.label) == ["A", "B"])
    #expect(matrix.columns.map(\.words) == [16, 13])
    #expect(matrix.ungroupedSegments == 1)
    let innoveren = matrix.cells[row(matrix, "innoveren")]
    #expect(innoveren.map(\.segments) == [1, 2])
    #expect(innoveren.map(\.documents) == [1, 1])
    #expect(innoveren.map(\.codings) == [2, 2])
    #expect(abs(innoveren[0].share - 1.0 / 3) < 1e-12)
    #expect(abs(innoveren[1].density - 2000.0 / 13) < 1e-9)
    #expect(matrix.totals[row(matrix, "innoveren")].segments == 3)
    #expect(matrix.totals[row(matrix, "innoveren")].documents == 2)
    #expect(matrix.cells[row(matrix, "niveau")].map(\.documents) == [1, 2])
    #expect(matrix.cells[row(matrix, "macro")].map(\.present) == [false, false])
    #expect(matrix.cells[row(matrix, "ontwerpen")].map(\.present) == [true, false])
    #expect(matrix.warnings.contains { $0.contains("1 segment(s)") })
  }

  @Test func collapsingKeepsParentCounts() throws {
    let (_, data) = try load()
    let full = try ConceptMatrix(data: data, by: ["programme"])
    let themes = try ConceptMatrix(data: data, by: ["programme"], depth: 1)
    #expect(themes.rows.map(\.conceptId) == ["innoveren", "leren", "niveau"])
    #expect(full.rows.count == 9)
    for (index, row) in themes.rows.enumerated() {
      #expect(themes.cells[index] == full.cells[self.row(full, row.conceptId)])
    }
    // A parent never counts fewer segments than any child, and at most the sum of its children.
    for (index, row) in full.rows.enumerated() where row.hasChildren {
      let children = full.rows.indices.filter { data.concepts.nodes[full.rows[$0].node].parent == row.node }
      for g in full.columns.indices {
        let childCounts = children.map { full.cells[$0][g].segments }
        #expect(full.cells[index][g].segments >= (childCounts.max() ?? 0))
        #expect(full.cells[index][g].segments <= childCounts.reduce(0, +))
      }
    }
  }

  @Test func acceptedOnly() throws {
    let (_, data) = try load(.acceptedOnly)
    let matrix = try ConceptMatrix(data: data, by: ["programme"], depth: 1)
    #expect(matrix.scope.resolved == .accepted)
    #expect(matrix.cells.map { $0.map(\.segments) } == [[1, 0], [0, 0], [0, 1]])
  }

  @Test func segmentAttributesAndCombinations() throws {
    let (_, data) = try load()
    let speakers = try ConceptMatrix(data: data, by: ["speaker"], depth: 1)
    #expect(speakers.columns.map(\.label) == ["R1", "R2"])
    #expect(speakers.cells[0].map(\.segments) == [1, 1])
    #expect(speakers.ungroupedSegments == 5)
    let combined = try ConceptMatrix(data: data, by: ["programme", "version"], depth: 1)
    #expect(combined.columns.map(\.label) == ["A · 1", "B · 1", "B · 2"])
    #expect(combined.cells[1].map(\.segments) == [1, 0, 1])  // Leren
    let filtered = try ConceptMatrix(
      data: data, by: ["version"], depth: 1, filter: try SegmentFilter(parsing: ["programme=B"]))
    #expect(filtered.columns.map(\.label) == ["1", "2"])
    #expect(filtered.cells[0].map(\.segments) == [2, 0])
  }

  @Test func levelsMatrix() throws {
    let (_, data) = try load()
    let levels = try ConceptMatrix.levels(data: data, by: ["programme"])
    #expect(levels.rows.map(\.label) == ["Micro", "Meso", "Macro"])
    #expect(levels.cells.map { $0.map(\.segments) } == [[1, 0], [0, 2], [0, 0]])
  }

  @Test func wordCounter() {
    #expect(WordCounter.count("Het team – met 12 collega's – innoveert.") == 6)
    #expect(WordCounter.count("praktijk-gericht onderwijs") == 2)
    #expect(WordCounter.count("") == 0)
    #expect(WordCounter.count("Één café, één idee") == 4)
    #expect(WordCounter.count("collega’s en e-mail - niet 'los'") == 5)
    #expect(WordCounter.count("-- ' --") == 0)
    #expect(WordCounter.count("Ünïcode-woord") == 1)
  }

  @Test func badInputsAreNamed() throws {
    let (_, data) = try load()
    #expect(throws: AnalysisError.badFilter("programme")) { try SegmentFilter(parsing: ["programme"]) }
    #expect(throws: AnalysisError.noGrouping) { try ConceptMatrix(data: data, by: []) }
    let empty = try Fixture()
    #expect(throws: AnalysisError.noCodebook(project: empty.project.path)) {
      try AnalysisData.load(from: empty.project)
    }
  }
}
