import Foundation
import Testing

@testable import ThemaIngest

@Suite struct PlacematReaderTests {
  static let csv = """
    groep;dimensie;context;uitspraak
    1;werk;klas;Zet onderzoek in om het eigen onderwijs te verbeteren
    1;anderen;team;"Neemt collega's mee in ""nieuwe"" ideeën;
    ook buiten de eigen sectie"
    2;zelf;buiten de organisatie;Zoekt verbinding met het werkveld
    3;werk;team;
    """

  @Test func csvStatementsCarryTheirCell() throws {
    let data = Data(Self.csv.utf8)
    let document = try PlacematReader().read(data, name: "placemat.csv")
    #expect(document.format == .placemat)
    #expect(document.segments.map(\.text) == [
      "Zet onderzoek in om het eigen onderwijs te verbeteren",
      "Neemt collega's mee in \"nieuwe\" ideeën;\nook buiten de eigen sectie",
      "Zoekt verbinding met het werkveld",
    ])
    #expect(document.segments[1].attributes == ["subgroup": "1", "dimension": "anderen", "context": "team"])
    #expect(document.segments[2].attributes["context"] == "buiten de organisatie")
    #expect(document.warnings.contains { $0.contains("row 5") })
    TraceCheck.verify(document.segments, original: data)
    #expect(Readers.detect(name: "placemat.csv", data: data) == .placemat)
    #expect(Readers.detect(name: "enquete.csv", data: Data("respondent,rol\n1,docent".utf8)) == .text)
  }

  @Test func markdownTable() throws {
    let markdown = """
      # Placemat studiedag

      | Group | Dimension | Context | Statement |
      |-------|-----------|---------|-----------|
      | A | others | classroom | Geeft feedback op lesontwerpen van collega's |
      | B | self | team | Reflecteert op de eigen rol \\| samen met anderen |
      """
    let data = Data(markdown.utf8)
    let document = try PlacematReader().read(data, name: "placemat.md")
    #expect(document.segments.count == 2)
    #expect(document.segments[0].attributes == ["subgroup": "A", "dimension": "others", "context": "classroom"])
    #expect(document.segments[1].text == "Reflecteert op de eigen rol \\| samen met anderen")
    TraceCheck.verify(document.segments, original: data)
  }

  @Test func docxTable() throws {
    let body = "<w:tbl>" + DocxFixtures.row(["Groep", "Dimensie", "Context", "Uitspraak"])
      + DocxFixtures.row(["4", "werk", "binnen de organisatie", "Ontwerpt samen met het team een leerlijn"])
      + "</w:tbl>"
    let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(DocxFixtures.w)><w:body>\(body)</w:body></w:document>"
    let document = try PlacematReader().read(try DocxPackage.make(document: xml), name: "placemat.docx")
    #expect(document.segments.map(\.text) == ["Ontwerpt samen met het team een leerlijn"])
    #expect(document.segments[0].attributes["context"] == "binnen de organisatie")
    #expect(document.segments[0].part == "word/document.xml")
    TraceCheck.verify(document.segments, original: Data(xml.utf8))
  }

  @Test func tableWithoutStatementColumnIsAnError() {
    #expect(throws: IngestError.self) {
      try PlacematReader().read(Data("a,b\n1,2".utf8), name: "x.csv")
    }
  }
}
