import Foundation
import Testing

@testable import ThemaIngest

// MARK: - A whole PDF-to-text export in Windows-1252 with CRLF

@Suite struct ExportedMinutesTests {
  /// Minutes of a (made-up) programme meeting as a PDF-to-text export: running header, page numbers,
  /// form feeds, hyphenation across a page, bullets, a numbered heading and a tab table.
  static let pages = [
    """
    Verslag programmaoverleg MLI – concept
    VERSLAG PROGRAMMAOVERLEG FONTYS

    2.1 Positionering
    De opleiding bespreekt hoe de MLI-opgeleiden zich in de school positioneren.
    Volgens de docenten gaat het vooral om informeel leiderschap in het team en om
    de rol die de leraar kiest bij vernieuwingen in het primaire proces van het onder-

    - 1 -
    """,
    """
    Verslag programmaoverleg MLI – concept
    wijs. Daarover verschillen de meningen binnen de Leren & Innoveren-
    werkgroep nog.
    • kennis- en leertheorieën meer zichtbaar maken
    \to\tin de beroepsopdrachten
    • een café-avond voor alumni organiseren (€ 250)

    - 2 -
    """,
    """
    Verslag programmaoverleg MLI – concept
    Actie\tWie\tWanneer
    Profiel aanpassen\tInge\tjuni
    Enquête uitzetten\tRob\tseptember

    - 3 -
    """,
  ]

  static var text: String {
    pages.joined(separator: "\u{0C}").replacingOccurrences(of: "\n", with: "\r\n")
  }

  static var cp1252: Data {
    Data(
      text.unicodeScalars.map { scalar in
        UInt8(Windows1252.table.firstIndex(of: scalar.value)!)
      })
  }

  @Test func readsAsTheResearcherWouldExpect() throws {
    let data = Self.cp1252
    let doc = try PlainTextReader().read(data, name: "verslag-fontys.txt")
    #expect(doc.encoding == .windows1252)
    let texts = doc.segments.map(\.text)
    #expect(
      texts == [
        "VERSLAG PROGRAMMAOVERLEG FONTYS",
        "2.1 Positionering",
        "De opleiding bespreekt hoe de MLI-opgeleiden zich in de school positioneren. "
          + "Volgens de docenten gaat het vooral om informeel leiderschap in het team en om "
          + "de rol die de leraar kiest bij vernieuwingen in het primaire proces van het onderwijs. "
          + "Daarover verschillen de meningen binnen de Leren & Innoveren-werkgroep nog.",
        "kennis- en leertheorieën meer zichtbaar maken",
        "in de beroepsopdrachten",
        "een café-avond voor alumni organiseren (€ 250)",
        "Actie | Wie | Wanneer",
        "Profiel aanpassen | Inge | juni",
        "Enquête uitzetten | Rob | september",
      ])
    #expect(doc.segments.map(\.listLevel)[3...5] == [0, 1, 0])
    #expect(
      doc.segments[2].headingPath == ["VERSLAG PROGRAMMAOVERLEG FONTYS", "2.1 Positionering"])
    #expect(
      doc.segments[8].attributes == [
        "Actie": "Enquête uitzetten", "Wie": "Rob", "Wanneer": "september",
      ])
    #expect(doc.warnings.contains { $0.contains("Windows-1252") })
    #expect(doc.warnings.contains { $0.contains("3 page-number line") })
    #expect(doc.warnings.contains { $0.contains("Verslag programmaoverleg MLI – concept") })
    try checkInvariants(doc, original: data)
  }

  @Test func theSameTextInUTF8GivesTheSameSegmentsWithOtherByteOffsets() throws {
    let latin = try PlainTextReader().read(Self.cp1252, name: "a.txt")
    let utf8Data = Data(Self.text.utf8)
    let utf8 = try PlainTextReader().read(utf8Data, name: "a.txt")
    #expect(utf8.encoding == .utf8)
    #expect(utf8.segments.map(\.text) == latin.segments.map(\.text))
    #expect(utf8.segments.map(\.start) == latin.segments.map(\.start))
    #expect(utf8.segments.map(\.byteStart) != latin.segments.map(\.byteStart))
    try checkInvariants(utf8, original: utf8Data)
  }
}
