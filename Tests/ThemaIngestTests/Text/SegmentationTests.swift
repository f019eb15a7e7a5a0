import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Paragraphs, headings, tables

@Suite struct SegmentationTests {
  @Test func brokenLinesInsideASentenceAreRejoined() throws {
    let text = """
      De werkgroep bespreekt hoe leraren met een masteropleiding het onderwijs
      vernieuwen. Daarbij gaat het vooral om de samenwerking in het team en om
      de verbinding met de praktijk.
      """
    let segs = try segments(text)
    #expect(segs.count == 1)
    #expect(segs.first?.text.contains("onderwijs vernieuwen. Daarbij") == true)
    try checkInvariants(try document(text), original: Data(text.utf8))
  }

  @Test func blankLinesSeparateParagraphs() throws {
    let text = "Eerste alinea over leren in het team.\n\nTweede alinea over innoveren.\n"
    #expect(try segments(text).map(\.kind) == [.paragraph, .paragraph])
  }

  @Test func shortLinesWithoutWrappingStaySeparate() throws {
    // Word exports: one paragraph per line, no blank lines; labels are not joined.
    let text = "Aanwezig: Marije, Henk\nAfwezig: Joost\nNotulist: Fatima\n"
    #expect(try segments(text).map(\.text) == ["Aanwezig: Marije, Henk", "Afwezig: Joost", "Notulist: Fatima"])
  }

  @Test func headingsByFormBuildThePath() throws {
    let text = """
      VERSLAG OVERLEG MLI

      2 Thema's
      2.1 Leren
      Het team leert van elkaar door samen lessen te ontwerpen.

      2.2 Innoveren
      Vernieuwing begint in de klas.
      """
    let segs = try segments(text)
    #expect(segs.map(\.kind) == [.heading, .heading, .heading, .paragraph, .heading, .paragraph])
    #expect(segs[3].headingPath == ["VERSLAG OVERLEG MLI", "2 Thema's", "2.1 Leren"])
    #expect(segs[5].headingPath == ["VERSLAG OVERLEG MLI", "2 Thema's", "2.2 Innoveren"])
    #expect(segs[4].headingPath.last == "2.2 Innoveren")
  }

  @Test func shortLineFollowedByAParagraphIsAHeading() throws {
    let text = """
      Onderzoekend vermogen

      De deelnemers vinden dat leraren hun eigen praktijk moeten kunnen onderzoeken.
      """
    let segs = try segments(text)
    #expect(segs.map(\.kind) == [.heading, .paragraph])
    #expect(segs[1].headingPath == ["Onderzoekend vermogen"])
  }

  @Test(arguments: [
    "Aanwezig: iedereen\n\nDe vergadering begint om negen uur met een korte terugblik.",
    "Geen bijzonderheden.\n\nDe vergadering begint om negen uur met een korte terugblik.",
    "De werkgroep heeft\nbesloten om de bijeenkomst te verplaatsen naar een later moment.",
    "Onderzoekend vermogen\n\nkort",
  ])
  func linesThatAreNotShortHeadings(text: String) throws {
    #expect(try segments(text).allSatisfy { $0.kind != .heading })
  }

  @Test(arguments: ["LEREN IN HET TEAM", "2.1 Leren", "3 Innoveren", "## Leren"])
  func headingForms(line: String) throws {
    let segs = try segments("\(line)\nde groep bespreekt dit punt niet verder.")
    #expect(segs.first?.kind == .heading)
  }

  @Test(arguments: ["MLI-opgeleiden doen mee", "2019 was een goed jaar.", "1.5 uur overleg", "OK"])
  func notHeadingForms(line: String) throws {
    let segs = try segments("\(line)\nde groep bespreekt dit punt niet verder.")
    #expect(segs.first?.kind != .heading)
  }

  @Test func underlinedHeading() throws {
    let segs = try segments("Besluiten\n=========\n\nHet team besluit door te gaan.\n")
    #expect(segs.map(\.kind) == [.heading, .paragraph])
    #expect(segs[0].text == "Besluiten")
  }

  @Test func tabSeparatedTableRowsCarryTheirColumnHeaders() throws {
    let text = "Actie\tWie\tWanneer\nProfiel herschrijven\tHenk\tapril\nEnquête sturen\tMarije\t\n"
    let segs = try segments(text)
    #expect(segs.map(\.kind) == [.tableRow, .tableRow, .tableRow])
    #expect(segs[1].text == "Profiel herschrijven | Henk | april")
    #expect(segs[1].attributes == ["Actie": "Profiel herschrijven", "Wie": "Henk", "Wanneer": "april"])
    #expect(segs[2].attributes == ["Actie": "Enquête sturen", "Wie": "Marije"])
    try checkInvariants(try document(text), original: Data(text.utf8))
  }

  @Test func aSingleTabbedLineIsNotATable() throws {
    let segs = try segments("Datum:\t12 maart 2019\n\nHet overleg vindt plaats in Zwolle.")
    #expect(segs.allSatisfy { $0.kind == .paragraph })
  }

  @Test func segmentsKnowTheirOriginalRange() throws {
    let text = "Eerste alinea.\n\n• Tweede punt\n"
    let doc = try document(text)
    let decoded = try TextDecoder.decode(Data(text.utf8), name: "x")
    #expect(doc.segments.map { decoded.slice($0.start..<$0.end) } == ["Eerste alinea.", "• Tweede punt"])
  }

  @Test func emptyDocumentHasNoSegments() throws {
    #expect(try segments("").isEmpty)
    #expect(try segments("\n\n  \r\n").isEmpty)
  }
}
