import Foundation
import Testing

@testable import ThemaAnalysis

/// Invariants over many random in-memory projects (seeded, so a failure can be replayed): the total
/// column is the sum of the groups, a parent row never counts fewer segments than a child nor more than
/// all its children together, shares stay within 0…1, every cell opens into exactly as many quotes as it
/// counts, and co-occurrence is symmetric with Jaccard within 0…1.
@Suite("Matrix invariants on random projects")
struct InvariantTests {
  struct Generator {
    var state: UInt64
    mutating func below(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(max(1, n)))
    }
  }

  static func randomData(seed: UInt64) -> AnalysisData {
    var random = Generator(state: seed)
    var concepts: [ConceptTree.Concept] = []
    let count = 3 + random.below(10)
    for i in 0..<count {
      let parent = i == 0 || random.below(3) == 0 ? nil : "k\(random.below(i))"
      concepts.append(.init(id: "k\(i)", label: "Begrip \(i)", parentId: parent, ordinal: i))
    }
    let tree = ConceptTree(concepts: concepts)
    var documents: [AnalysisDocument] = []
    var segments: [AnalysisSegment] = []
    var codings: [AnalysisCoding] = []
    for d in 0..<(1 + random.below(8)) {
      let first = segments.count
      for ordinal in 0..<(1 + random.below(6)) {
        let text = "woord een twee drie vier vijf zes"
        let firstCoding = codings.count
        for _ in 0..<random.below(4) {
          let start = random.below(20)
          codings.append(
            AnalysisCoding(
              id: Int64(codings.count), segment: segments.count, concept: random.below(tree.nodes.count),
              start: start, end: start + 4, originalStart: start, originalEnd: start + 4, matchedForm: nil,
              status: "suggested", origin: "auto"))
        }
        segments.append(
          AnalysisSegment(
            id: Int64(segments.count), document: d, ordinal: ordinal, kind: "paragraph", headingPath: [],
            text: text, start: 0, end: 33, attributes: random.below(5) == 0 ? [:] : ["spreker": "S\(random.below(3))"],
            wordCount: 7, codings: firstCoding..<codings.count))
      }
      documents.append(
        AnalysisDocument(
          id: Int64(d), name: "doc\(d)", attributes: ["programme": "P\(random.below(4))"], version: 1,
          sha256: "", wordCount: 7 * (segments.count - first), segments: first..<segments.count))
    }
    return AnalysisData(
      codebook: CodebookInfo(id: 1, name: "r", version: "1", language: "nl", sha256: "", sourcePath: ""),
      concepts: tree, scope: ResolvedScope(resolved: .acceptedAndSuggested, note: ""), documents: documents,
      segments: segments, codings: codings, projectHash: "", warnings: [])
  }

  @Test(arguments: 1...60) func invariantsHold(seed: Int) throws {
    let data = Self.randomData(seed: UInt64(seed))
    for keys in [["programme"], ["spreker"], ["programme", "spreker"]] {
      let matrix = try ConceptMatrix(data: data, by: keys)
      let grouped = matrix.columns.map(\.segments).reduce(0, +)
      #expect(grouped + matrix.ungroupedSegments == data.segments.count)
      for (r, row) in matrix.rows.enumerated() {
        #expect(matrix.cells[r].map(\.segments).reduce(0, +) == matrix.totals[r].segments)
        #expect(matrix.cells[r].allSatisfy { $0.share >= 0 && $0.share <= 1 && $0.documents <= $0.segments })
        let children = matrix.rows.indices.filter { data.concepts.nodes[matrix.rows[$0].node].parent == row.node }
        for g in matrix.columns.indices where !children.isEmpty {
          let childCounts = children.map { matrix.cells[$0][g].segments }
          #expect(matrix.cells[r][g].segments >= childCounts.max()!)
        }
        for (g, column) in matrix.columns.enumerated() where keys == ["programme"] {
          let quotes = try QuoteQuery(
            concept: row.conceptId, filter: SegmentFilter([.init(attribute: "programme", value: column.label)])
          ).run(on: data)
          #expect(quotes.total == matrix.cells[r][g].segments)
        }
      }
    }
    let co = Cooccurrence(data: data, window: 1 + seed % 3)
    for i in co.concepts.indices {
      for j in co.concepts.indices {
        #expect(co.counts[i][j] == co.counts[j][i])
        #expect(co.counts[i][j] <= min(co.counts[i][i], co.counts[j][j]))
        #expect(co.jaccard[i][j] >= 0 && co.jaccard[i][j] <= 1)
      }
    }
  }
}
