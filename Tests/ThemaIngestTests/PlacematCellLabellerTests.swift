import Foundation
import Testing

@testable import ThemaIngest

/// Placemat notes kept as text get their cells as segment attributes, as a placemat table's rows do.
@Suite("Placemat cell labels as attributes")
struct PlacematCellLabellerTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpora/mli/placemat")

  static let notes = """
    GROEP A

    Omgaan met het werk – klas
    - Laat leerlingen meedenken over de opzet van een les.
    - Probeert een nieuwe werkvorm uit.

    Omgaan met anderen – buiten de organisatie
    (leeg)

    Midden van de placemat
    Samen leren blijft het doel.
    """

  static func labelled(_ text: String) throws -> [Segment] {
    var segments = try Readers.read(Data(text.utf8), name: "placemat.txt").segments
    var labeller = PlacematCellLabeller()
    for index in segments.indices { labeller.label(&segments[index]) }
    return segments
  }

  @Test func statementsUnderALabelGetItsDimensionContextAndSubgroup() throws {
    let segments = try Self.labelled(Self.notes)
    let statements = segments.filter { $0.text.hasPrefix("Laat") || $0.text.hasPrefix("Probeert") }
    #expect(statements.count == 2)
    for statement in statements {
      #expect(
        statement.attributes == ["dimension": "Omgaan met het werk", "context": "klas", "subgroup": "GROEP A"])
    }
    let label = try #require(segments.first { $0.text == "Omgaan met het werk – klas" })
    #expect(label.attributes == [PlacematCellLabeller.labelAttribute: "yes"])
    let empty = try #require(segments.first { $0.text == "(leeg)" })
    #expect(empty.attributes == [PlacematCellLabeller.labelAttribute: "empty"])
    // Another heading closes the cell: what follows it is no statement of a cell.
    let middle = try #require(segments.first { $0.text.hasPrefix("Samen leren") })
    #expect(middle.attributes["dimension"] == nil && middle.attributes["context"] == nil)
  }

  @Test func attributesTheSegmentHasWin() {
    var labeller = PlacematCellLabeller()
    var label: [String: String] = [:]
    labeller.label(text: "Omgaan met het werk – team", isHeading: true, attributes: &label)
    var own = ["context": "klas"]
    labeller.label(text: "Een uitspraak.", isHeading: false, attributes: &own)
    #expect(own == ["context": "klas", "dimension": "Omgaan met het werk"])
  }

  @Test func aLongOrFinishedLineWithADashIsAStatementNotALabel() {
    var labeller = PlacematCellLabeller()
    var label: [String: String] = [:]
    labeller.label(text: "Omgaan met zichzelf – team", isHeading: true, attributes: &label)
    var sentence: [String: String] = [:]
    labeller.label(text: "Reflecteert – ook na de les – op het eigen werk.", isHeading: false, attributes: &sentence)
    #expect(sentence["dimension"] == "Omgaan met zichzelf" && sentence[PlacematCellLabeller.labelAttribute] == nil)
    #expect(PlacematCellLabeller.cell("werk — klas")! == ("werk", "klas"))
    #expect(PlacematCellLabeller.cell("Vraag: wat doet een afgestudeerde?") == nil)
  }

  /// The sample corpus has the same placemat twice: as notes (text) and as a table. Every statement in
  /// both gets the same context and a dimension naming the table's.
  @Test func theNotesAndTheTableOfTheSampleCorpusAgree() throws {
    let text = try Data(contentsOf: Self.corpus.appendingPathComponent("placemat-studiedag-2019-05.txt"))
    let notes = try Self.labelled(String(decoding: text, as: UTF8.self))
    let table = try PlacematReader().read(
      Data(contentsOf: Self.corpus.appendingPathComponent("placemat-tabel.csv")), name: "placemat-tabel.csv")
    var compared = 0
    for row in table.segments {
      guard let statement = notes.first(where: { $0.text == row.text }) else { continue }
      compared += 1
      #expect(statement.attributes["context"] == row.attributes["context"], "\(row.text)")
      let dimension = try #require(statement.attributes["dimension"])
      let tableDimension = try #require(row.attributes["dimension"])
      #expect(dimension.hasSuffix(" " + tableDimension), "\(dimension) / \(tableDimension)")
      #expect(statement.attributes["subgroup"]?.lowercased() == row.attributes["subgroup"]?.lowercased())
    }
    #expect(compared >= 40, "the sample placemat's statements are in both files")
  }
}
