import Foundation
import Testing

@testable import ThemaIngest

@Suite struct DocxReaderTests {
  @Test func readsHeadingsListsTablesAndNotes() throws {
    let document = try DocxReader().read(try DocxFixtures.minutes(), name: "verslag.docx")
    let segments = document.segments
    let headings = segments.filter { $0.kind == .heading }
    #expect(headings.map(\.text) == [
      "Verslag programmaoverleg", "Opening", "Leren en innoveren", "Werkplekleren", "Eigen kop",
      "Kop via overzichtsniveau",
    ])
    #expect(headings[3].headingPath == ["Leren en innoveren", "Werkplekleren"])
    let opening = segments.first { $0.text.hasPrefix("De voorzitter") }
    #expect(opening?.text == "De voorzitter opent de vergadering & heet iedereen welkom.")
    #expect(opening?.headingPath == ["Opening"])
    #expect(opening?.part == "word/document.xml")

    let tracked = segments.first { $0.text.hasPrefix("Docenten") }
    #expect(tracked?.text == "Docenten onderzoeken hun eigen praktijk.")
    #expect(tracked?.notes == ["Opmerking (Marije): Graag een voorbeeld toevoegen.", "Zie het opleidingsprofiel van 2006."])
    #expect(tracked?.headingPath == ["Leren en innoveren", "Werkplekleren"])

    let items = segments.filter { $0.kind == .listItem }
    #expect(items.map(\.text) == ["Eerste punt", "Subpunt", "Tweede punt", "Stap een", "Stap twee", "Stap twee a"])
    #expect(items.map(\.marker) == ["•", "o", "•", "1.", "2.", "a)"])
    #expect(items.map(\.listLevel) == [0, 1, 0, 0, 0, 1])

    #expect(segments.contains { $0.text == "Kolom\twaarde\ntweede regel" })

    let rows = segments.filter { $0.kind == .tableRow }
    #expect(rows.map(\.text) == ["Maand | Activiteit | Wie", "september | Startbijeenkomst | Team", "oktober | Intervisie | "])
    #expect(rows[0].attributes == ["header": "true"])
    #expect(rows[1].attributes == ["Maand": "september", "Activiteit": "Startbijeenkomst", "Wie": "Team"])
    #expect(rows[2].attributes["Wie"] == "")
    #expect(segments.last?.text == "Slot")
  }

  @Test func offsetsTraceIntoDocumentXML() throws {
    let document = try DocxReader().read(try DocxFixtures.minutes(), name: "verslag.docx")
    let xml = Data(DocxFixtures.document.utf8)
    TraceCheck.verify(document.segments.filter { $0.kind != .tableRow }, original: xml)
    let tracked = document.segments.first { $0.text.hasPrefix("Docenten") }!
    let range = tracked.map.originalRange(ofView: 9..<20)  // "onderzoeken"
    let scalars = Array(DocxFixtures.document.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[range])) == "onderzoeken")
  }

  @Test func missingDocumentPartIsAClearError() throws {
    let data = try DocxPackage.zip([("[Content_Types].xml", Data(DocxPackage.contentTypes.utf8))])
    #expect {
      try DocxReader().read(data, name: "leeg.docx")
    } throws: { error in
      guard case .invalid(let file, let reason) = error as? IngestError else { return false }
      return file == "leeg.docx" && reason.contains("word/document.xml")
    }
  }

  @Test func pathTraversalEntryIsRefused() throws {
    let data = try DocxPackage.make(document: DocxFixtures.document, extra: [("../../etc/x", Data("x".utf8))])
    #expect {
      try DocxReader().read(data, name: "aanval.docx")
    } throws: { error in
      guard case .unsafe(let file, let reason) = error as? IngestError else { return false }
      return file == "aanval.docx" && reason.contains("../../etc/x")
    }
  }

  @Test func zipBombIsRefused() throws {
    let zeros = Data(count: 20 << 20)
    let data = try DocxPackage.make(document: DocxFixtures.document, extra: [("word/media/image1.bin", zeros)])
    #expect(data.count < 1 << 20)
    #expect {
      try DocxReader().read(data, name: "bom.docx")
    } throws: { error in
      guard case .unsafe(_, let reason) = error as? IngestError else { return false }
      return reason.contains("compression ratio")
    }
  }

  @Test func notAZipIsInvalid() {
    #expect(throws: IngestError.self) { try DocxReader().read(Data("geen zip".utf8), name: "nep.docx") }
  }

  @Test func malformedDocumentXMLNamesPartLineAndColumn() throws {
    let broken = String(DocxFixtures.document.dropLast(30))
    let data = try DocxPackage.make(document: broken)
    #expect {
      try DocxReader().read(data, name: "kapot.docx")
    } throws: { error in
      guard case .malformed(let file, let line, _, _) = error as? IngestError else { return false }
      return file == "kapot.docx (word/document.xml)" && line >= 1
    }
  }

  @Test func worksWithoutStylesOrNumbering() throws {
    let document = try DocxReader().read(try DocxPackage.make(document: DocxFixtures.document), name: "kaal.docx")
    // Without styles.xml the style ids still say "Kop1"/"Kop2"; list items get a bullet.
    #expect(document.segments.filter { $0.kind == .heading }.map(\.text).contains("Opening"))
    #expect(document.segments.contains { $0.kind == .listItem && $0.marker == "•" })
  }
}
