import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Where a list or a labelled line ends

@Suite struct ParagraphBoundaryTests {
  /// A wrapped export: lines about 78 characters wide, so the wrap width is known.
  static let wrapped = """
    Het team bespreekt de resultaten van de eerste cyclus van het onderzoek naar
    het gezamenlijke profiel. Een afgestudeerde formuleert de volgende stappen:
    1. formuleert samen met betrokkenen een praktijkvraag voor de eigen school;
    2. deelt de uitkomsten zo dat collega's er iets mee kunnen.
    Ontwerpen wordt vaak vergeten. Ruud vindt dat afgestudeerden niet alleen
    moeten onderzoeken wat er is, maar ook moeten ontwerpen wat er nog niet is.
    """

  @Test func aCapitalisedLineAfterAFinishedItemStartsAParagraph() throws {
    let segs = try segments(Self.wrapped)
    let item = try #require(segs.first { $0.text.hasPrefix("deelt de uitkomsten") })
    #expect(item.kind == .listItem)
    #expect(item.text.hasSuffix("er iets mee kunnen."))
    let after = try #require(segs.first { $0.text.hasPrefix("Ontwerpen wordt") })
    #expect(after.kind == .paragraph)
    #expect(after.text.hasSuffix("wat er nog niet is."))
  }

  @Test func anIndentedOrLowerCaseContinuationStaysInTheItem() throws {
    let text = """
      Het team bespreekt de resultaten van de eerste cyclus van het onderzoek naar
      het gezamenlijke profiel. De groepen noemen drie kenmerken van leiderschap:
      • onderzoekend: vragen stellen en gegevens verzamelen voordat er besloten
         Wordt door het team;
      • ondernemend: kansen zien en initiatief nemen, ook buiten de eigen sectie
      en buiten de school.
      """
    let segs = try segments(text)
    let items = segs.filter { $0.kind == .listItem }
    #expect(items.count == 2)
    #expect(items.first?.text.hasSuffix("Wordt door het team;") == true)
    #expect(items.last?.text.hasSuffix("en buiten de school.") == true)
  }

  @Test func aOneWordLabelStartsANewLine() throws {
    let text = """
      Het team bespreekt de resultaten van de eerste cyclus van het onderzoek naar
      Aanwezig: Marloes (voorzitter), Hakan, Ingrid, Kees, Nadia, Ruud (verslag) en
      Afwezig: Esther
      """
    let segs = try segments(text)
    #expect(segs.contains { $0.text == "Afwezig: Esther" })
  }

  @Test func aColonInsideASentenceAtALineStartDoesNotSplit() throws {
    let text = """
      Het team bespreekt de resultaten van de eerste cyclus van het onderzoek en
      De vraag was: hoe maken we het onderzoek zichtbaar voor de hele school?
      """
    let segs = try segments(text)
    #expect(segs.count == 1)
    #expect(segs.first?.text.contains("onderzoek en De vraag was: hoe") == true)
  }
}
